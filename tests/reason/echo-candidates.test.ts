import { buildGraph, diceOf, echoes, type GramBag, similarPairs } from '@policy-kg/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDocs } from '../graph/corpus.js';
import { generateStatementStore } from './generate-statements.js';

const THRESHOLDS = [0.25, 0.35, 0.5, 0.65, 0.8, 1];

describe('indexed echo candidates give exactly the exhaustive comparison', () => {
  it('similarPairs returns every pair at or above the threshold, and only those (random bags)', () => {
    const bag = fc
      .array(
        fc.tuple(
          fc.constantFrom('健康', '中国', '医疗', '改革', '发展', '基层', '服务', '卫生'),
          fc.integer({ min: 1, max: 3 }),
        ),
        {
          maxLength: 6,
        },
      )
      .map((entries): GramBag => new Map(entries));
    fc.assert(
      fc.property(fc.array(bag, { maxLength: 14 }), fc.constantFrom(...THRESHOLDS), (bags, min) => {
        const brute: string[] = [];
        for (let i = 0; i < bags.length; i++)
          for (let j = i + 1; j < bags.length; j++) {
            const d = diceOf(bags[i] as GramBag, bags[j] as GramBag);
            if (d >= min) brute.push(`${i},${j},${d}`);
          }
        const indexed = [...similarPairs(bags, { min })].map(([i, j, d]) => `${i},${j},${d}`);
        expect(indexed.sort()).toEqual(brute.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('on the corpus, at every threshold', () => {
    const { store } = buildGraph(corpusDocs());
    for (const minSimilarity of THRESHOLDS) {
      const exhaustive = [...echoes(store, { minSimilarity, method: 'exhaustive' })];
      expect([...echoes(store, { minSimilarity })]).toEqual(exhaustive);
    }
    expect([...echoes(store, { minSimilarity: 0.25, method: 'exhaustive' })].length).toBeGreaterThan(1);
  });

  it('on 400 generated statements, at every threshold, with the speaker and date filters', () => {
    const store = generateStatementStore(400);
    let total = 0;
    for (const minSimilarity of THRESHOLDS) {
      const exhaustive = [...echoes(store, { minSimilarity, method: 'exhaustive' })];
      total += exhaustive.length;
      expect([...echoes(store, { minSimilarity })]).toEqual(exhaustive);
    }
    expect(total).toBeGreaterThan(50);
    const from = { minSimilarity: 0.5, from: '2022-07-01' };
    expect([...echoes(store, from)]).toEqual([...echoes(store, { ...from, method: 'exhaustive' })]);
  });
});
