import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each example runs as a user would (`node examples/<name>.mjs`, against the built packages)
// and must print exactly its checked-in expected output.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = ['who-said-what', 'slogan-diffusion', 'link-dataset', 'embed-in-app'];

describe('examples', () => {
  it.each(EXAMPLES)('%s prints its expected output', (name) => {
    const run = spawnSync(process.execPath, [`examples/${name}.mjs`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(new URL(`../../examples/expected/${name}.txt`, import.meta.url), 'utf8'));
  });
});
