import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { BenchEngine } from './engines.js';
import { documentsForTriples } from './generate.js';
import { runBenchmark } from './harness.js';
import { formatReport } from './report.js';

// `pnpm bench:sparql`: our engine, Oxigraph and Comunica on the same generated
// graph, one warm-up then the median of 5 runs per query. Comunica gets a
// single timed run at 1M triples or more (its warm-up alone takes minutes).
// KG_BENCH_SPARQL_SIZES (default "100000,1000000") picks the sizes;
// KG_BENCH_SPARQL_ENGINES (default "ours,oxigraph,comunica") picks engines;
// KG_BENCH_SPARQL_OUT also writes the Markdown tables to that file.
const sizes = (process.env.KG_BENCH_SPARQL_SIZES ?? '100000,1000000').split(',').map(Number);

it('benchmarks SPARQL engines on the generated policy graph', async () => {
  const tables: string[] = [];
  for (const triples of sizes) {
    const big = triples >= 500_000;
    const report = await runBenchmark({
      graph: { documents: documentsForTriples(triples) },
      runs: 5,
      engines: (process.env.KG_BENCH_SPARQL_ENGINES ?? 'ours,oxigraph,comunica').split(',') as BenchEngine['name'][],
      comunicaRuns: big ? 0 : 5,
      timeoutMs: big ? 120_000 : 60_000,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const table = formatReport(report);
    if (process.env.KG_BENCH_SPARQL_OUT)
      writeFileSync(`${process.env.KG_BENCH_SPARQL_OUT}.${triples}.json`, JSON.stringify(report));
    tables.push(table);
    process.stdout.write(`\n${table}\n\n`);
    for (const q of report.queries) expect.soft(q.agree, `${q.shape.id}: ${q.disagreement}`).toBe(true);
  }
  if (process.env.KG_BENCH_SPARQL_OUT) writeFileSync(process.env.KG_BENCH_SPARQL_OUT, `${tables.join('\n\n')}\n`);
});
