import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';
import { CORPUS_DIR } from '../graph/corpus.js';

const DATA = new URL('../../examples/data/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'kg-link-cli-'));
const store = join(root, 'store');
const G = 'https://example.org/health-commissions';
afterAll(() => rmSync(root, { recursive: true, force: true }));

const exportNq = async () => (await runKg(['export', '--store', store, '--format', 'nq', '--out', '-'])).stdout;

describe('kg import and kg link (spawned binary)', () => {
  beforeAll(async () => {
    expect((await runKg(['build', CORPUS_DIR, '--store', store, '--quiet'])).code).toBe(0);
  });

  it('imports a mapped CSV, reporting bad rows by line; re-import replaces the graph', async () => {
    const args = [
      'import',
      join(DATA, 'provincial-health-commissions.csv'),
      '--mapping',
      join(DATA, 'provincial-health-commissions.mapping.json'),
      '--store',
      store,
      '--graph',
      G,
    ];
    const first = await runKg(args);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('provincial-health-commissions.csv:11: column "beds_2022"');
    expect(first.stderr).toContain('provincial-health-commissions.csv:12: empty key column "id"');
    expect(first.stderr).toContain('54 quads, 2 bad row(s) skipped');
    const count = (nq: string) => nq.split('\n').filter((l) => l.endsWith(`<${G}> .`)).length;
    expect(count(await exportNq())).toBe(54);
    await runKg(args);
    expect(count(await exportNq())).toBe(54);
  });

  it('refuses a malformed RDF file with its line and column (exit 2), leaving the store as it was', async () => {
    const bad = join(root, 'bad.ttl');
    writeFileSync(bad, '@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "x .\n');
    const run = await runKg(['import', bad, '--store', store]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.ttl at line 3, column \d+/);
  });

  it('proposes links for review, applies the reviewed decisions, and describes the linkset with VoID', async () => {
    const review = join(root, 'review.csv');
    const proposed = await runKg([
      'link',
      '--store',
      store,
      '--target',
      G,
      '--types',
      'institution',
      '--review',
      review,
    ]);
    expect(proposed.code).toBe(0);
    const rows = readFileSync(review, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('decision,score,kind,ours,ours_label,theirs,theirs_label,evidence');
    const accepted = rows.filter((r) => r.startsWith('accept,'));
    expect(accepted.map((r) => r.split(',')[6]).sort()).toEqual([
      '山東省衛生健康委員會',
      '河南省卫生健康委',
      '浙江省卫生健康委员会',
      '甘肃省卫健委',
    ]);
    // The reviewer rejects 河南 and keeps the rest.
    writeFileSync(
      review,
      rows.map((r) => (r.includes('河南省卫生健康委,') ? r.replace(/^accept,/, 'reject,') : r)).join('\n'),
    );
    const applied = await runKg(['link', '--store', store, '--target', G, '--apply', review]);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain('3 link(s)');
    const nq = (await exportNq()).split('\n').filter((l) => l.endsWith(`<${G}/linkset> .`));
    expect(
      nq
        .filter((l) => l.split(' ')[1] === '<http://www.w3.org/2002/07/owl#sameAs>')
        .map((l) => l.split(' ')[2])
        .sort(),
    ).toEqual([`<${G}/gs>`, `<${G}/sd>`, `<${G}/zj>`]);
    expect(nq.join('\n')).toContain(
      `<${G}/linkset> <http://rdfs.org/ns/void#triples> "3"^^<http://www.w3.org/2001/XMLSchema#integer>`,
    );
    expect(nq.join('\n')).toContain(`<${G}/linkset> <http://rdfs.org/ns/void#objectsTarget> <${G}>`);
  });

  it('links administrative divisions by GB/T 2260 code, without labels', async () => {
    const ttl = join(root, 'places.ttl');
    writeFileSync(
      ttl,
      `@prefix schema: <http://schema.org/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://example.org/area/a> a schema:AdministrativeArea ; skos:notation "620000" ; schema:name "Gansu" .
<https://example.org/area/b> a schema:AdministrativeArea ; skos:notation "999999" ; schema:name "甘肃省" .`,
    );
    expect((await runKg(['import', ttl, '--store', store, '--graph', 'https://example.org/areas'])).code).toBe(0);
    const run = await runKg([
      'link',
      '--store',
      store,
      '--target',
      'https://example.org/areas',
      '--types',
      'place',
      '--predicate',
      'exactMatch',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['1.000\t甘肃省\tGansu\tsame GB/T 2260 code 620000']);
  });
  it('kg build, with and without --prune, keeps imported graphs and linksets (issue 8 regression)', async () => {
    const inGraph = (nq: string, g: string) => nq.split('\n').filter((l) => l.endsWith(`<${g}> .`)).length;
    const before = await exportNq();
    expect(inGraph(before, G)).toBe(54);
    expect(inGraph(before, `${G}/linkset`)).toBeGreaterThan(0);
    for (const args of [[], ['--prune']]) {
      const run = await runKg(['build', CORPUS_DIR, '--store', store, ...args]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('5 unchanged, 0 removed');
      const after = await exportNq();
      for (const g of [G, `${G}/linkset`, 'https://example.org/areas'])
        expect(inGraph(after, g)).toBe(inGraph(before, g));
    }
    // kg import / kg link keep the search index the build wrote.
    const manifest = JSON.parse(readFileSync(join(store, 'manifest.json'), 'utf8')) as { search?: unknown };
    expect(manifest.search).toBeDefined();
    expect((await runKg(['search', '健康', '--store', store, '-k', '1'])).stdout).toMatch(/健康/);
    // Imports keep a copy of their file; linksets have none to keep: kg verify passes.
    expect((await runKg(['verify', '--store', store])).code).toBe(0);
  });

  it('kg diffusion and kg echoes print the derived facts of the store', async () => {
    const diffusion = await runKg(['diffusion', '国之大者', '--store', store]);
    expect(diffusion.code).toBe(0);
    expect(diffusion.stdout.split('\n').slice(0, 2)).toEqual([
      '2022-01-27\t中华人民共和国\t+0d\t国之大者',
      '2022-02-17\t甘肃省\t+21d\t国之大者',
    ]);
    expect((await runKg(['diffusion', '不存在的口号', '--store', store])).code).toBe(1);
    const echo = await runKg(['echoes', '--store', store, '--speaker', '郭玉芬', '--json']);
    const rows = echo.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { lagDays: number; later: { clause: string } });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.lagDays === 21)).toBe(true);
    expect(rows.map((r) => r.later.clause)).toContain('全面加强“一老一小”服务供给');
  });

  it('writes fewer links with a higher --min-score: exactly the candidates scoring at least the threshold', async () => {
    const all = join(root, 'all-candidates.csv');
    expect((await runKg(['link', '--store', store, '--target', G, '--review', all])).code).toBe(0);
    const scores = readFileSync(all, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => Number(r.split(',')[1]));
    const atLeast = (min: number) => scores.filter((s) => s >= min).length;
    const linksAt = async (min: number) => {
      const run = await runKg(['link', '--store', store, '--target', G, '--min-score', String(min)]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`${atLeast(min)} link(s) in <${G}/linkset> (of ${scores.length} candidates)`);
      const sameAs = (await exportNq())
        .split('\n')
        .filter((l) => l.endsWith(`<${G}/linkset> .`) && l.split(' ')[1] === '<http://www.w3.org/2002/07/owl#sameAs>');
      return sameAs.length;
    };
    const low = await linksAt(0.5);
    const high = await linksAt(0.9);
    expect(low).toBe(atLeast(0.5));
    expect(high).toBe(atLeast(0.9));
    expect(high).toBeGreaterThan(0);
    expect(high).toBeLessThan(low);
  });
});
