// The store and the data subcommands through the real `kg` binary (spawned):
// build, incremental rebuild, query, search, who-said, timeline, indicators,
// validate, verify, stats, and their failure modes.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphStore, saveStore } from '@policy-kg/core';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from './kg.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kg-store-e2e-'));
const docs = join(work, 'docs');
const store = join(work, 'store');
const jsonl = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  cpSync(CORPUS, docs, { recursive: true });
  // A binary file in the batch: reported and skipped, the rest built.
  writeFileSync(join(docs, 'broken.txt'), Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  const run = await runKg(['build', docs, '--store', store]);
  expect(run.stderr).toMatch(/skipped .*broken\.txt/);
  expect(run.stderr).toMatch(/5 added, .*1 failed/);
  expect(run.stderr).toMatch(/kg build: indexing \d+ search item\(s\)/); // progress on stderr (one line when piped)
  expect(run.code).toBe(1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kg build: the store directory', () => {
  it('keeps graphs, a search index, source copies and a manifest with hashes and the embedder', () => {
    const manifest = JSON.parse(readFileSync(join(store, 'manifest.json'), 'utf8'));
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.sources).toHaveLength(5);
    expect(manifest.embedder.id).toMatch(/\S/);
    expect(manifest.search.items).toBeGreaterThan(0);
    for (const s of manifest.sources) {
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.stored).toBe(`sources/${s.sha256}`);
    }
    expect(readdirSync(store).sort()).toEqual(
      ['graphs', 'manifest.json', manifest.search.dir, manifest.snapshot.file, 'sources'].sort(),
    );
  });

  it('rebuilding the same input leaves the store byte-identical; a change replaces, --prune removes', async () => {
    rmSync(join(docs, 'broken.txt'));
    const snapshot = () =>
      readdirSync(store, { recursive: true })
        .map(String)
        .sort()
        .map((f) => {
          try {
            return `${f}:${readFileSync(join(store, f)).toString('base64')}`;
          } catch {
            return f;
          }
        })
        .join('\n');
    const before = snapshot();
    const again = await runKg(['build', docs, '--store', store]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 added, 0 replaced, 5 unchanged/);
    expect(snapshot()).toBe(before);

    const [first, second] = readdirSync(docs).sort();
    writeFileSync(join(docs, first as string), `${readFileSync(join(docs, first as string), 'utf8')}\n`);
    rmSync(join(docs, second as string));
    const kept = await runKg(['build', docs, '--store', store]);
    expect(kept.stderr).toMatch(/0 added, 1 replaced, 3 unchanged, 0 removed/);
    expect(JSON.parse(readFileSync(join(store, 'manifest.json'), 'utf8')).sources).toHaveLength(5);
    const pruned = await runKg(['build', docs, '--store', store, '--prune']);
    expect(pruned.stderr).toMatch(/1 removed/);
    expect(JSON.parse(readFileSync(join(store, 'manifest.json'), 'utf8')).sources).toHaveLength(4);
    // Restore the full corpus for the tests below.
    cpSync(CORPUS, docs, { recursive: true });
    const back = await runKg(['build', docs, '--store', store, '--prune']);
    expect(back.stderr).toMatch(/1 added, 1 replaced, 3 unchanged/);
  });
});

describe('kg query', () => {
  it('runs SELECT as CSV, reads stdin with -, and explains', async () => {
    const csv = await runKg([
      'query',
      'SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }',
      '--store',
      store,
      '--format',
      'csv',
    ]);
    expect(csv.code).toBe(0);
    const [head, value] = csv.stdout.trim().split(/\r?\n/);
    expect(head).toBe('n');
    expect(Number(value)).toBeGreaterThan(10);
    const piped = await runKg(['query', '-', '--store', store, '--format', 'json'], {
      input: 'ASK { ?s a kg:Official }',
    });
    expect(JSON.parse(piped.stdout).boolean).toBe(true);
    const explain = await runKg(['query', 'SELECT * { ?s a kg:Meeting }', '--store', store, '--explain']);
    expect(explain.code).toBe(0);
    expect(explain.stdout.length).toBeGreaterThan(0);
    const ttl = await runKg([
      'query',
      'CONSTRUCT { ?s a kg:Meeting } WHERE { ?s a kg:Meeting } LIMIT 2',
      '-s',
      store,
      '--format',
      'nt',
    ]);
    expect(ttl.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('exits 2 with one line for a bad query, naming the position', async () => {
    const run = await runKg(['query', 'SELECT ?x WHERE { ?x ?p }', '--store', store]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/syntax error at line 1, column \d+/);
    expect(run.stdout).toBe('');
  });
});

describe('typed commands', () => {
  it('who-said finds a speaker with meeting and source span (jsonl when piped)', async () => {
    const run = await runKg(['who-said', '--speaker', '郭玉芬', '--store', store]);
    expect(run.code).toBe(0);
    const rows = jsonl(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.speaker).toBe('郭玉芬');
      expect(typeof r.quote).toBe('string');
      expect(r.end as number).toBeGreaterThan(r.start as number);
    }
    const none = await runKg(['who-said', '--speaker', '郭玉芬', '--from', '2030', '--store', store]);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    const bad = await runKg(['who-said', '--from', 'yesterday', '--store', store]);
    expect(bad.code).toBe(2);
  });

  it('timeline, indicators and search answer with rows', async () => {
    const tl = await runKg(['timeline', '健康中国', '--by-year', '--store', store, '--format', 'csv']);
    expect(tl.stdout.split(/\r?\n/)[0]).toBe('year,placeName,mentions,documents');
    const ind = await runKg(['indicators', '人均预期寿命', '--store', store, '--format', 'json']);
    const values = JSON.parse(ind.stdout) as Array<{ metric: string; value: number }>;
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v.metric.includes('人均预期寿命') && Number.isFinite(v.value))).toBe(true);
    const hits = jsonl((await runKg(['search', '分级诊疗', '--k', '3', '--store', store])).stdout);
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.rank)).toEqual([1, 2, 3]);
  });

  it('search filters by kind, date range and place, and prints json or a table (issue 5)', async () => {
    const search = async (...args: string[]) => {
      const run = await runKg(['search', ...args, '--store', store]);
      expect(run.code, run.stderr).toBe(0);
      return run.stdout;
    };
    const statements = JSON.parse(await search('基层人才', '--kind', 'statement', '--k', '5', '--format', 'json'));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((h: { kind: string; speaker?: string }) => h.kind === 'statement' && h.speaker)).toBe(true);
    const entities = jsonl(await search('卫生健康委员会', '--kind', 'entity', '--k', '5'));
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.every((h) => ['official', 'institution', 'slogan', 'policy'].includes(h.kind as string))).toBe(
      true,
    );
    const dated = jsonl(await search('疫情防控', '--from', '2023', '--to', '2023-12', '--k', '5'));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((h) => String(h.date).startsWith('2023'))).toBe(true);
    const placed = jsonl(await search('疫情防控', '--place', '杭州', '--k', '5', '--kind', 'passage'));
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((h) => String(h.place).includes('杭州'))).toBe(true);
    const table = await search('疫情防控', '--k', '2', '--format', 'table');
    expect(table.split('\n')[1]).toMatch(/rank .*score .*kind .*text/);
    const bad = await runKg(['search', '疫情防控', '--k', '0', '--store', store]);
    expect(bad.code).toBe(2);
  });

  it('stats counts documents and quads; validate conforms', async () => {
    const stats = jsonl((await runKg(['stats', '--store', store])).stdout);
    expect(stats.find((r) => r.item === 'documents')?.count).toBe(5);
    const ok = await runKg(['validate', '--store', store]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/conforms/);
  });
});

describe('failures', () => {
  it('verify exits 3 when a stored source no longer matches its hash', async () => {
    const copy = join(work, 'tampered');
    cpSync(store, copy, { recursive: true });
    expect((await runKg(['verify', '--store', copy])).code).toBe(0);
    const [victim] = readdirSync(join(copy, 'sources'));
    writeFileSync(join(copy, 'sources', victim as string), 'changed');
    const run = await runKg(['verify', '--store', copy]);
    expect(run.code).toBe(3);
    expect(jsonl(run.stdout)[0]?.kind).toBe('hash-mismatch');
  });

  it('validate exits 3 on a SHACL violation', async () => {
    const bad = new GraphStore();
    const g = DataFactory.namedNode('https://w3id.org/policy-kg/id/graph/e2e-bad');
    bad.replaceGraph(g, [
      DataFactory.quad(
        DataFactory.namedNode('https://w3id.org/policy-kg/id/statement/e2e'),
        DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
        DataFactory.namedNode('https://w3id.org/policy-kg/ontology#Statement'),
      ),
    ]);
    await saveStore(join(work, 'invalid'), bad, [{ path: '/x.txt', sha256: 'a'.repeat(64), graph: g.value }]);
    const run = await runKg(['validate', '--store', join(work, 'invalid')]);
    expect(run.code).toBe(3);
    expect(jsonl(run.stdout).some((r) => String(r.path).endsWith('#speaker'))).toBe(true);
  });

  it('a missing store, a corrupt manifest and a missing --store are one-line errors', async () => {
    const missing = await runKg(['stats', '--store', join(work, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^kg: no store at .*manifest\.json is missing/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);

    const corrupt = join(work, 'corrupt');
    cpSync(store, corrupt, { recursive: true });
    writeFileSync(join(corrupt, 'manifest.json'), '{"formatVersion": 2, "sources": [');
    const broken = await runKg(['who-said', '--store', corrupt]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/corrupt store manifest/);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    const verbose = await runKg(['--verbose', 'who-said', '--store', corrupt]);
    expect(verbose.stderr.split('\n').length).toBeGreaterThan(2);

    const noStore = await runKg(['stats'], { env: { KG_STORE: '' } });
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toMatch(/no store given/);
    const fromEnv = await runKg(['stats', '--format', 'csv'], { env: { KG_STORE: store } });
    expect(fromEnv.code).toBe(0);
  });

  it('every data subcommand shows Chinese examples in --help', async () => {
    for (const cmd of [
      'query',
      'search',
      'who-said',
      'timeline',
      'indicators',
      'validate',
      'verify',
      'stats',
      'build',
    ]) {
      const run = await runKg([cmd, '--help']);
      expect(run.code).toBe(0);
      const examples = run.stdout.split('Examples:')[1] ?? '';
      expect(examples.split('\n').filter((l) => /^\s+(KG_\w+=\S+ )?kg /.test(l)).length).toBeGreaterThanOrEqual(3);
      expect(examples).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
