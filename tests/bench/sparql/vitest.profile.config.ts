import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm bench:sparql:profile`: see profile.bench-run.ts.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['profile.bench-run.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true, execArgv: ['--max-old-space-size=8192'] } },
  },
});
