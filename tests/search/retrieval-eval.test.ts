import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Doc, docPassages, foldText, ingestFile, SearchIndex, type SearchMode } from '@policy-kg/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVAL_QUERIES } from './queries.js';
import { mean, recallAt, reciprocalRank } from './retrieval-metrics.js';

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

interface Row {
  mode: SearchMode;
  r5: number;
  r10: number;
  mrr: number;
}

describe('retrieval evaluation on examples/corpus (50 paraphrased queries)', () => {
  let index: SearchIndex;
  let docs: Doc[];
  const relevant = new Map<string, Set<string>>();

  beforeAll(async () => {
    docs = [];
    for (const f of readdirSync(CORPUS).sort()) docs.push(...(await ingestFile(CORPUS + f)));
    index = new SearchIndex();
    await index.add(docs.flatMap((d) => [...docPassages(d)]));
    for (const q of EVAL_QUERIES) {
      const rel = new Set<string>();
      for (const it of index.values()) if (q.gold.some((g) => it.text.includes(g))) rel.add(it.id);
      relevant.set(q.query, rel);
    }
  });

  it('has at least 40 queries, each with relevant passages, none a substring of its answers', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(EVAL_QUERIES.filter((q) => q.script === 'zh-Hant').length).toBeGreaterThanOrEqual(4);
    for (const q of EVAL_QUERIES) {
      const rel = relevant.get(q.query) ?? new Set();
      expect(rel.size, q.query).toBeGreaterThan(0);
      const folded = foldText(q.query).replace(/\s+/g, '');
      for (const id of rel) expect(foldText(index.get(id)?.text ?? ''), q.query).not.toContain(folded);
    }
  });

  it('reaches recall@5 ≥ 0.90 and MRR ≥ 0.75 with the default (hybrid), and reports every mode', async () => {
    const rows: Row[] = [];
    for (const mode of ['bm25', 'dense', 'hybrid'] as const) {
      const r5: number[] = [];
      const r10: number[] = [];
      const rr: number[] = [];
      for (const q of EVAL_QUERIES) {
        const ranked = (await index.search(q.query, { k: 10, mode })).map((h) => h.id);
        const rel = relevant.get(q.query) ?? new Set();
        r5.push(recallAt(ranked, rel, 5));
        r10.push(recallAt(ranked, rel, 10));
        rr.push(reciprocalRank(ranked, rel));
      }
      rows.push({ mode, r5: mean(r5), r10: mean(r10), mrr: mean(rr) });
    }
    console.log(
      `retrieval on ${index.size} passages, ${EVAL_QUERIES.length} queries\n` +
        [
          'mode    R@5    R@10   MRR',
          ...rows.map((r) => `${r.mode.padEnd(7)} ${r.r5.toFixed(3)}  ${r.r10.toFixed(3)}  ${r.mrr.toFixed(3)}`),
        ].join('\n'),
    );
    const hybrid = rows.find((r) => r.mode === 'hybrid') as Row;
    expect(hybrid.r5).toBeGreaterThanOrEqual(0.9);
    expect(hybrid.mrr).toBeGreaterThanOrEqual(0.75);
  });
});
