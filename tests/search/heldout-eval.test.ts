import { foldText, SearchIndex } from '@policy-kg/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPassages, type EvalRow, evaluate, formatRows, relevantSets } from './eval-harness.js';
import { HELDOUT_QUERIES } from './heldout-queries.js';

describe('retrieval evaluation on held-out queries (30, never tuned on)', () => {
  let index: SearchIndex;
  let relevant: Map<string, Set<string>>;

  beforeAll(async () => {
    index = new SearchIndex();
    await index.add(await corpusPassages());
    relevant = relevantSets(index.values(), HELDOUT_QUERIES);
  });

  it('has 30 queries over all five documents, 4+ Traditional, each answerable, none a substring of its answers', () => {
    expect(HELDOUT_QUERIES.length).toBe(30);
    expect(HELDOUT_QUERIES.filter((q) => q.script === 'zh-Hant').length).toBeGreaterThanOrEqual(4);
    const docs = new Set<string>(); // source files
    for (const q of HELDOUT_QUERIES) {
      const rel = relevant.get(q.query) ?? new Set();
      expect(rel.size, q.query).toBeGreaterThan(0);
      const folded = foldText(q.query).replace(/\s+/g, '');
      for (const id of rel) {
        const it = index.get(id);
        if (it?.doc) docs.add(it.doc.replace(/#.*$/, '')); // one file per source, 001 splits into speeches
        expect(foldText(it?.text ?? ''), q.query).not.toContain(folded);
      }
    }
    expect(docs.size).toBe(5);
  });

  it('reports every mode', async () => {
    const rows = await evaluate(index, relevant, ['bm25', 'dense', 'hybrid'], HELDOUT_QUERIES);
    console.log(formatRows(`held-out retrieval on ${index.size} passages, ${HELDOUT_QUERIES.length} queries`, rows));
    const hybrid = rows.find((r) => r.mode === 'hybrid') as EvalRow;
    expect(hybrid.r5).toBeGreaterThanOrEqual(0);
  });
});
