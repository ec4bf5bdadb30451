import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm bench:sparql:graphs`: see named-graphs.bench-run.ts. One forked worker with `gc()` exposed.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['named-graphs.bench-run.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true, execArgv: ['--expose-gc', '--max-old-space-size=8192'] } },
  },
});
