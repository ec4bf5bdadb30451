import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Doc,
  docPassages,
  foldText,
  ingestFile,
  type SearchIndex,
  type SearchItem,
  type SearchMode,
} from '@policy-kg/core';
import { expect } from 'vitest';
import { EVAL_QUERIES, type EvalQuery } from './queries.js';
import { mean, recallAt, reciprocalRank } from './retrieval-metrics.js';

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

/** Passages of the five corpus documents. */
export async function corpusPassages(): Promise<SearchItem[]> {
  const docs: Doc[] = [];
  for (const f of readdirSync(CORPUS).sort()) docs.push(...(await ingestFile(CORPUS + f)));
  return docs.flatMap((d) => [...docPassages(d)]);
}

/** Relevant passage ids per query: every passage containing one of its gold substrings. */
export function relevantSets(
  items: Iterable<SearchItem>,
  queries: readonly EvalQuery[] = EVAL_QUERIES,
): Map<string, Set<string>> {
  const all = [...items];
  return new Map(
    queries.map((q) => [
      q.query,
      new Set(all.filter((it) => q.gold.some((g) => it.text.includes(g))).map((it) => it.id)),
    ]),
  );
}

export interface EvalRow {
  mode: SearchMode;
  r5: number;
  r10: number;
  mrr: number;
}

/** Recall@5, recall@10 and MRR of each mode over the eval queries (default: queries.ts). */
export async function evaluate(
  index: SearchIndex,
  relevant: Map<string, Set<string>>,
  modes: readonly SearchMode[] = ['bm25', 'dense', 'hybrid'],
  queries: readonly EvalQuery[] = EVAL_QUERIES,
): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const mode of modes) {
    const r5: number[] = [];
    const r10: number[] = [];
    const rr: number[] = [];
    for (const q of queries) {
      const ranked = (await index.search(q.query, { k: 10, mode })).map((h) => h.id);
      const rel = relevant.get(q.query) ?? new Set();
      r5.push(recallAt(ranked, rel, 5));
      r10.push(recallAt(ranked, rel, 10));
      rr.push(reciprocalRank(ranked, rel));
    }
    rows.push({ mode, r5: mean(r5), r10: mean(r10), mrr: mean(rr) });
  }
  return rows;
}

/** The printed table. */
export function formatRows(title: string, rows: readonly EvalRow[]): string {
  return [
    title,
    'mode    R@5    R@10   MRR',
    ...rows.map((r) => `${r.mode.padEnd(7)} ${r.r5.toFixed(3)}  ${r.r10.toFixed(3)}  ${r.mrr.toFixed(3)}`),
  ].join('\n');
}

/**
 * What every query set must satisfy: at least `minQueries` queries and
 * `minTraditional` Traditional-script ones (which folding changes), each with
 * relevant passages, none a substring of its answers, and answers drawn from
 * all five corpus files (001's speeches count as one file).
 */
export function expectSoundQuerySet(
  index: SearchIndex,
  relevant: Map<string, Set<string>>,
  queries: readonly EvalQuery[],
  bounds: { minQueries: number; minTraditional: number },
): void {
  expect(queries.length).toBeGreaterThanOrEqual(bounds.minQueries);
  const traditional = queries.filter((q) => q.script === 'zh-Hant');
  expect(traditional.length).toBeGreaterThanOrEqual(bounds.minTraditional);
  for (const q of traditional) expect(foldText(q.query), q.query).not.toBe(q.query);
  const files = new Set<string>();
  for (const q of queries) {
    const rel = relevant.get(q.query) ?? new Set();
    expect(rel.size, q.query).toBeGreaterThan(0);
    const folded = foldText(q.query).replace(/\s+/g, '');
    for (const id of rel) {
      const item = index.get(id);
      if (item?.doc) files.add(item.doc.replace(/#.*$/, ''));
      expect(foldText(item?.text ?? ''), q.query).not.toContain(folded);
    }
  }
  expect(files.size).toBe(5);
}

/** Floors per mode; a mode without `r10` is not checked on it. */
export type Floors = Record<SearchMode, { r5: number; r10?: number; mrr: number }>;

/** Each mode's figures reach their floors (labelled, so a failure names mode and metric). */
export function expectFloors(rows: readonly EvalRow[], floors: Partial<Floors>): void {
  for (const [mode, floor] of Object.entries(floors) as Array<[SearchMode, Floors[SearchMode]]>) {
    const row = rows.find((r) => r.mode === mode);
    expect(row, mode).toBeDefined();
    expect(row?.r5, `${mode} R@5`).toBeGreaterThanOrEqual(floor.r5);
    if (floor.r10 !== undefined) expect(row?.r10, `${mode} R@10`).toBeGreaterThanOrEqual(floor.r10);
    expect(row?.mrr, `${mode} MRR`).toBeGreaterThanOrEqual(floor.mrr);
  }
}
