import { writeFileSync } from 'node:fs';
import { createQueryEngine, GraphStore } from '@policy-kg/core';
import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import { expect, it } from 'vitest';
import { canonicalRows, digest, type RowLike } from './canonical.js';
import { loadN3 } from './engines.js';
import { documentsForTriples, generatePolicyGraph, graphAnchors } from './generate.js';
import { projectedVariables } from './harness.js';
import { namedGraphQueries, toDocumentGraphs } from './named-graphs.js';
import { benchmarkQueries } from './queries.js';
import { geomean } from './report.js';

// `pnpm bench:sparql:graphs`: the store layout `kg build` writes (one named graph
// per document, the union as default graph) against Oxigraph on the same quads,
// plus the cost of the planner's statistics on the first query of a fresh store.
// KG_BENCH_GRAPHS_SIZES (default "100000"); KG_BENCH_GRAPHS_OUT writes the tables.
const sizes = (process.env.KG_BENCH_GRAPHS_SIZES ?? '100000').split(',').map(Number);
const RUNS = 5;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? x.toFixed(0) : x.toFixed(2));
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function time(run: () => Promise<RowLike[]> | RowLike[]): Promise<{ rows: RowLike[]; ms: number }> {
  gc();
  const rows = await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return { rows, ms: median(times) };
}

it('benchmarks named-graph shapes and first-query statistics against Oxigraph', async () => {
  const tables: string[] = [];
  for (const triples of sizes) {
    const graph = { documents: documentsForTriples(triples) };
    const anchors = graphAnchors(graph);
    let t = performance.now();
    const store = new GraphStore();
    store.addQuads(toDocumentGraphs(generatePolicyGraph(graph)));
    const loadOurs = performance.now() - t;
    t = performance.now();
    const ox = new oxigraph.Store();
    ox.load(new Writer({ format: 'N-Quads' }).quadsToString([...toDocumentGraphs(generatePolicyGraph(graph))]), {
      format: 'application/n-quads',
    });
    const loadOx = performance.now() - t;
    const name = [...store.match(null, null, null, null)].find(
      (q) => q.subject.value === anchors.official && q.predicate.value.endsWith('schema.org/name'),
    )?.object.value as string;

    const engine = createQueryEngine();
    const view = store.unionView();
    const lines = [
      `### ${(store.size / 1e6).toFixed(2)}M quads in ${store.getGraphs().length} named graphs (load: GraphStore ${fmt(loadOurs)}, oxigraph ${fmt(loadOx)})`,
      '',
      '| query | rows | ours | oxigraph | ours/oxigraph | agree |',
      '|---|---:|---:|---:|---:|---|',
    ];
    const ratios: number[] = [];
    for (const shape of namedGraphQueries(anchors, name)) {
      const vars = projectedVariables(shape.sparql);
      const ours = await time(async () =>
        (await engine.queryBindings(shape.sparql, { sources: [view], timeout: 600_000 })).toArray(),
      );
      const theirs = await time(
        () => ox.query(shape.sparql, { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[],
      );
      const a = canonicalRows(vars, ours.rows);
      const agree = digest(a) === digest(canonicalRows(vars, theirs.rows));
      ratios.push(ours.ms / theirs.ms);
      lines.push(
        `| ${shape.id} ${shape.title} | ${a.length} | ${fmt(ours.ms)} | ${fmt(theirs.ms)} | ${(ours.ms / theirs.ms).toFixed(2)} | ${agree ? 'yes' : 'NO'} |`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
      expect.soft(agree, `${shape.id} rows differ from Oxigraph`).toBe(true);
    }
    lines.push(`| geometric mean | | | | ${geomean(ratios)?.toFixed(2)} | |`);

    // First query on a fresh store: planning reads statistics (pattern counts, distinct
    // subjects/objects per predicate) that later queries find cached.
    const plain = loadN3(generatePolicyGraph(graph));
    lines.push(
      '',
      '| first query on a fresh default-graph store | first (with statistics) | warm median | first/warm |',
    );
    lines.push('|---|---:|---:|---:|');
    for (const shape of benchmarkQueries(anchors).filter((s) => ['Q03', 'Q07', 'Q11'].includes(s.id))) {
      const fresh = createQueryEngine();
      t = performance.now();
      fresh.explain(shape.sparql, { sources: [plain] });
      const first = performance.now() - t;
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        fresh.explain(shape.sparql, { sources: [plain] });
        warm.push(performance.now() - t);
      }
      const w = median(warm);
      lines.push(`| ${shape.id} plan (explain) | ${fmt(first)} | ${fmt(w)} | ${(first / w).toFixed(0)} |`);
      // Only the first shape meets cold statistics; later ones reuse the predicates they share.
      process.stderr.write(`${lines.at(-1)}\n`);
    }
    tables.push(lines.join('\n'));
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  }
  if (process.env.KG_BENCH_GRAPHS_OUT) writeFileSync(process.env.KG_BENCH_GRAPHS_OUT, `${tables.join('\n\n')}\n`);
});
