// The README quick-start demo (`pnpm demo` runs `node examples/demo.mjs` after the build):
// it builds the corpus into a store and prints the three answers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kg-demo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('examples/demo.mjs', () => {
  it('builds a store and shows who said what, a slogan timeline and search hits', () => {
    const run = spawnSync(process.execPath, ['examples/demo.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', KG_STORE: join(work, 'store') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [built, said, timeline, search] = run.stdout.split(/\n(?=\d\. )/);
    expect(built).toMatch(/Built .*: 5 documents, \d+ quads, \d+ search items/);
    expect(said?.match(/^ {3}\d{4}-\d{2}-\d{2} {2}\S+ \S+:「/gm)?.length).toBeGreaterThan(0);
    expect(said).toMatch(/at \S+/);
    expect(timeline?.match(/^ {3}\d{4} {2}.+ mention\(s\) in \d+ document\(s\)/gm)?.length).toBeGreaterThan(0);
    expect(search?.match(/^ {3}\d\. \[\d\.\d{3}\] /gm)).toHaveLength(3);
  });
});
