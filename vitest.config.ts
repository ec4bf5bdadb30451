import { defineConfig } from 'vitest/config';

// One project per package plus the cross-package suites in tests/.
// `source` resolves workspace packages to their TypeScript sources, so unit
// tests never run against a stale build; e2e tests spawn the built `kg`.
const resolve = { conditions: ['source'] };
const ssr = { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } };

export default defineConfig({
  test: {
    projects: [
      { resolve, ssr, test: { name: 'ontology', root: 'packages/ontology', include: ['src/**/*.test.ts'] } },
      {
        resolve,
        ssr,
        test: { name: 'core', root: 'packages/core', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
      },
      { resolve, ssr, test: { name: 'cli', root: 'packages/cli', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      {
        resolve,
        ssr,
        test: { name: 'tests', root: 'tests', include: ['**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
      },
    ],
    benchmark: { include: ['**/*.bench.ts'] },
    coverage: {
      provider: 'v8',
      include: ['packages/core/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.bench.ts'],
      thresholds: { lines: 70 },
    },
  },
});
