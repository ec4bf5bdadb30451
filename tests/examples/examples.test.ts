import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each example runs as a user would (`node examples/<name>.mjs`, against the built packages)
// and must print exactly its checked-in expected output. The outputs follow the extractor: after an
// intended extraction change, regenerate them with `KG_UPDATE_EXAMPLES=1 npx vitest run tests/examples`
// and review the diff.
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
    const expected = new URL(`../../examples/expected/${name}.txt`, import.meta.url);
    if (process.env.KG_UPDATE_EXAMPLES === '1') writeFileSync(expected, run.stdout);
    expect(run.stdout).toBe(readFileSync(expected, 'utf8'));
  });
});
