import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI README's program example must run against the built CLI and print
// exactly what the README shows.
const readme = readFileSync(new URL('../../packages/cli/README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] ?? '' }));
const BUILT = fileURLToPath(new URL('../../packages/cli/dist/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-cli-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI README example', () => {
  it('prints the output shown in the README', () => {
    const at = blocks.findIndex((b) => b.lang === 'js');
    const code = blocks[at]?.body ?? '';
    const shown = blocks[at + 1]?.body ?? '';
    expect(code).toContain("from '@policy-kg/cli'");
    expect(shown).toContain('exit code 0');
    writeFileSync(join(dir, 'example.mjs'), code.replace("'@policy-kg/cli'", JSON.stringify(BUILT)));
    const run = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout).toBe(shown);
    expect(run.status).toBe(0);
  });
});
