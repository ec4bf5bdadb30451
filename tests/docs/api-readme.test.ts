import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/api-surface.mjs', import.meta.url));

describe('package READMEs', () => {
  // STYLE.md: "the README lists what is exported". The list is generated from
  // each src/index.ts, so a new export without a README update fails here.
  it('list every exported identifier of their src/index.ts', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
