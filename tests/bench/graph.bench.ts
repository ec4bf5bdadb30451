/**
 * Throughput of extraction + linking + graph building (RDF model and store
 * insertion) on the corpus generated from the five bundled documents
 * (ingest-corpus.mjs), and how it scales.
 *
 * `npx vitest bench --run tests/bench/graph.bench.ts`
 *
 * - `bench` cases: one corpus document in process, ingestion excluded,
 *   with extraction + linking alone as the anchor the full build is compared to.
 * - Scaling report (KG_BENCH_GRAPH_SCALES=1): 1× and 10× into a store, 100×
 *   with graphs built and dropped (`--no-store`), each in a fresh `node`
 *   process on the built library so its peak RSS is its own. Needs `pnpm build`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildDocumentGraph, GraphStore, ingestBytes, linkText } from '@policy-kg/core';
import { bench, describe } from 'vitest';
import { benchFiles } from './ingest-corpus.mjs';

// One short document per run (STYLE: a run takes 10–100 ms); the scaling report covers the corpus.
const one = [...benchFiles(1)]
  .filter((f) => f.name.includes('002_'))
  .map((f) => ingestBytes(f.bytes, { name: f.name }));

describe('graph building, one corpus document', () => {
  bench('extract + link (anchor)', () => {
    for (const docs of one) for (const d of docs) linkText({ ...d });
  });
  bench('extract + link + model + store', () => {
    const store = new GraphStore();
    for (const docs of one) {
      const graph = buildDocumentGraph(docs.map((d) => linkText({ ...d })));
      store.replaceGraph(graph.graph, graph.quads);
    }
  });
});

if (process.env.KG_BENCH_GRAPH_SCALES) {
  const script = fileURLToPath(new URL('./graph-scale.mjs', import.meta.url));
  const rows = [
    ['1', []],
    ['10', []],
    ['100', ['--no-store']],
  ].map(([scale, extra]) =>
    JSON.parse(execFileSync(process.execPath, [script, scale as string, ...(extra as string[])], { encoding: 'utf8' })),
  );
  console.table(rows);
}
