import { foldText, SearchIndex } from '@policy-kg/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  corpusPassages,
  evaluate,
  expectFloors,
  expectSoundQuerySet,
  formatRows,
  relevantSets,
} from './eval-harness.js';
import { EVAL_QUERIES } from './queries.js';

describe('retrieval evaluation on examples/corpus (50 paraphrased queries)', () => {
  let index: SearchIndex;
  let relevant: Map<string, Set<string>>;

  beforeAll(async () => {
    index = new SearchIndex();
    await index.add(await corpusPassages());
    relevant = relevantSets(index.values());
  });

  it('has at least 40 queries over all five documents, 4+ Traditional, each answerable, none a substring of its answers', () => {
    expectSoundQuerySet(index, relevant, EVAL_QUERIES, { minQueries: 40, minTraditional: 4 });
  });

  // Target for the default (hybrid): recall@5 ≥ 0.90 and MRR ≥ 0.75. These 50 queries were used
  // for tuning (passages under 40 characters joined to the next one; convex score fusion, dense
  // weight 0.2). Measured: before any tuning hybrid .847/.856/.793 (R@5/R@10/MRR); after that
  // tuning hybrid .894/.909/.845, BM25 .900/.909/.832, dense .758/.776/.689. Then (session 2, judged
  // on the held-out and blind sets, see blind-eval.test.ts): question words cut out of queries,
  // the item's place/speaker indexed with its text, skip-bigrams matched both ways: hybrid
  // .890/.909/.855, BM25 .900/.909/.845, dense .758/.796/.692. Floors sit just below what is
  // reached, so a regression fails.
  it('reaches hybrid R@5 ≥ 0.89, MRR ≥ 0.85 (BM25 0.89 / 0.84, dense 0.75 / 0.69), and reports every mode', async () => {
    const rows = await evaluate(index, relevant);
    console.log(formatRows(`retrieval on ${index.size} passages, ${EVAL_QUERIES.length} queries`, rows));
    expectFloors(rows, {
      hybrid: { r5: 0.89, r10: 0.9, mrr: 0.85 },
      bm25: { r5: 0.89, mrr: 0.84 },
      dense: { r5: 0.75, mrr: 0.69 },
    });
  });

  it('answers each Traditional-script query exactly like its Simplified form', async () => {
    const traditional = EVAL_QUERIES.filter((q) => q.script === 'zh-Hant');
    for (const q of traditional) {
      const simplified = foldText(q.query);
      expect(simplified).not.toBe(q.query);
      const a = (await index.search(q.query, { k: 10 })).map((h) => h.id);
      const b = (await index.search(simplified, { k: 10 })).map((h) => h.id);
      expect(a, q.query).toEqual(b);
    }
  });
});
