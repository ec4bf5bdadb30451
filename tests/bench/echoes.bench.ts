/**
 * The echo rule, indexed candidate generation (prefix + positional filter)
 * against the exhaustive comparison of every eligible statement pair (the
 * anchor), on the same store in the same run.
 *
 * `npx vitest bench --run tests/bench/echoes.bench.ts`
 *
 * - `bench` cases: the corpus (74 statements) and 10× generated statements.
 * - Scaling report (KG_BENCH_ECHO_SCALES=1): 1×, 10× and 100× generated
 *   statements, one timed run of each method (the exhaustive one at 100×
 *   takes minutes), printed as a table with the ratio.
 */
import { buildGraph, echoes, type TripleSource } from '@policy-kg/core';
import { bench, describe } from 'vitest';
import { corpusDocs } from '../graph/corpus.js';
import { generateStatementStore } from '../reason/generate-statements.js';

const corpus = buildGraph(corpusDocs()).store;
const STATEMENTS = 74;
const ten = generateStatementStore(STATEMENTS * 10);

const run = (source: TripleSource, method: 'indexed' | 'exhaustive') => {
  let n = 0;
  for (const _ of echoes(source, { method })) n++;
  return n;
};

describe('echoes on the corpus', () => {
  bench('exhaustive (anchor)', () => void run(corpus, 'exhaustive'));
  bench('indexed', () => void run(corpus, 'indexed'));
});

describe('echoes on 10× generated statements', () => {
  bench('exhaustive (anchor)', () => void run(ten, 'exhaustive'), { iterations: 5, time: 0 });
  bench('indexed', () => void run(ten, 'indexed'), { iterations: 5, time: 0 });
});

if (process.env.KG_BENCH_ECHO_SCALES) {
  const rows: string[] = ['| statements | echoes | exhaustive ms | indexed ms | ratio |', '|---|---|---|---|---|'];
  for (const scale of [1, 10, 100]) {
    const store = generateStatementStore(STATEMENTS * scale);
    const time = (method: 'indexed' | 'exhaustive') => {
      const start = performance.now();
      const n = run(store, method);
      return { n, ms: performance.now() - start };
    };
    const indexed = time('indexed');
    const exhaustive = time('exhaustive');
    if (indexed.n !== exhaustive.n) throw new Error(`echo counts differ at ${scale}×: ${indexed.n} vs ${exhaustive.n}`);
    rows.push(
      `| ${STATEMENTS * scale} | ${indexed.n} | ${exhaustive.ms.toFixed(0)} | ${indexed.ms.toFixed(0)} | ${(exhaustive.ms / indexed.ms).toFixed(1)}× |`,
    );
  }
  console.log(rows.join('\n'));
}
