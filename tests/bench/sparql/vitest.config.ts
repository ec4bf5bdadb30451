import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The full SPARQL benchmark (`pnpm bench:sparql`), kept out of the default
// suite: one forked worker with a large heap and `gc()` exposed, so engines are
// measured after a collection rather than during one.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['sparql.bench-run.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true, execArgv: ['--expose-gc', '--max-old-space-size=8192'] } },
  },
});
