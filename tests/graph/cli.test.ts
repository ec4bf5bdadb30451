import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';
import { LINKING_DOCS } from './docs.js';

const root = mkdtempSync(join(tmpdir(), 'kg-build-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const input = join(root, 'docs');
mkdirSync(input);
for (const [name, text] of Object.entries(LINKING_DOCS)) writeFileSync(join(input, name), text);
const store = join(root, 'store');

describe('kg build and kg export (spawned binary)', () => {
  it('builds a store, then reports the unchanged documents on a second run', async () => {
    const first = await runKg(['build', input, '--store', store]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('3 added, 0 replaced, 0 unchanged, 0 removed, 0 failed');
    const second = await runKg(['build', input, '--store', store]);
    expect(second.stderr).toContain('0 added, 0 replaced, 3 unchanged');
  });

  it('exports N-Quads to stdout and Turtle, JSON-LD, GraphML, GEXF and CSV to files', async () => {
    const nq = await runKg(['export', '--store', store, '--format', 'nq', '--out', '-']);
    expect(nq.code).toBe(0);
    expect(nq.stdout).toContain('"王建国"@zh-hans');
    for (const format of ['ttl', 'jsonld', 'graphml', 'gexf']) {
      const out = join(root, `graph.${format}`);
      const run = await runKg(['export', '--store', store, '--format', format, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('王建国');
    }
    const csv = await runKg(['export', '--store', store, '--format', 'csv', '--bom', '--out', join(root, 'csv')]);
    expect(csv.code).toBe(0);
    expect(readFileSync(join(root, 'csv', 'posts.csv'), 'utf8').startsWith('\uFEFFofficial,')).toBe(true);
  });

  it('fails with a usage error on an unknown format and a runtime error on a missing store', async () => {
    const bad = await runKg(['export', '--store', store, '--format', 'xlsx', '--out', '-']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown export format "xlsx"');
    const missing = await runKg(['export', '--store', join(root, 'nope'), '--format', 'nq', '--out', '-']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no store at .*nope/);
  });

  it('skips an unreadable file, builds the rest and exits 1', async () => {
    const dir = join(root, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ok.txt'), LINKING_DOCS['gansu-2021.txt'] ?? '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 0]));
    const run = await runKg(['build', dir, '--store', join(root, 'store2')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/skipped .*binary\.txt/);
    expect(run.stderr).toContain('1 added');
  });
});
