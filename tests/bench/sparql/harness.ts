import { bagDiff, canonicalRows, digest } from './canonical.js';
import { type BenchEngine, comunicaEngine, loadN3, loadOxigraph, ourEngine, oxigraphEngine } from './engines.js';
import { type GraphOptions, generatePolicyGraph, graphAnchors } from './generate.js';
import { benchmarkQueries, type QueryShape } from './queries.js';

/** Options of {@link runBenchmark}. */
export interface BenchOptions {
  graph: GraphOptions;
  /** Timed runs per query after one warm-up (default 5); 0 = time the warm-up run itself. */
  runs?: number;
  /** Timed runs for Comunica (default: `runs`); 0 = its warm-up run is the only, timed, run. */
  comunicaRuns?: number;
  /** Per-run timeout for the asynchronous engines (default 120 s). */
  timeoutMs?: number;
  /** Engines to run (default: all three). */
  engines?: readonly BenchEngine['name'][];
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** One engine on one query. */
export interface EngineResult {
  rows: number;
  digest: string;
  /** Median time in ms, or undefined when the engine failed or timed out. */
  medianMs: number | undefined;
  /** True when a run hit the timeout; `medianMs` is then the timeout, a lower bound. */
  timedOut?: boolean;
  error?: string;
}

/** One query across engines. */
export interface QueryResult {
  shape: QueryShape;
  engines: Partial<Record<BenchEngine['name'], EngineResult>>;
  /** True when every engine that answered returned the same bag of rows. */
  agree: boolean;
  disagreement?: string;
}

/** A whole run at one size. */
export interface BenchReport {
  triples: number;
  load: Partial<Record<'n3' | 'oxigraph', number>>;
  engines: BenchEngine['name'][];
  queries: QueryResult[];
}

/** Projected variable names of a SELECT query (enough for the benchmark's own queries). */
export function projectedVariables(sparql: string): string[] {
  const clause = /SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s+WHERE\b/i.exec(sparql)?.[1] ?? '';
  const flat = clause.replace(/\((?:[^()]|\([^()]*\))*\bAS\s+\?(\w+)\s*\)/gi, '?$1');
  return [...flat.matchAll(/\?(\w+)/g)].map((m) => m[1] as string);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * Generates the graph, loads it into an n3 Store (ours, Comunica) and Oxigraph,
 * runs every query shape on every engine, and checks they agree.
 */
export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => undefined);
  const runs = options.runs ?? 5;
  const comunicaRuns = options.comunicaRuns ?? runs;
  const timeoutMs = options.timeoutMs ?? 120_000;

  let t = performance.now();
  const store = loadN3(generatePolicyGraph(options.graph));
  const n3Ms = performance.now() - t;
  t = performance.now();
  const ox = loadOxigraph(generatePolicyGraph(options.graph));
  const oxMs = performance.now() - t;
  log(`loaded ${store.size} triples: n3 ${(n3Ms / 1000).toFixed(1)} s, oxigraph ${(oxMs / 1000).toFixed(1)} s`);

  const engines: BenchEngine[] = [];
  const wanted = new Set(options.engines ?? ['ours', 'oxigraph', 'comunica']);
  if (wanted.has('ours')) engines.push(ourEngine(store));
  if (wanted.has('oxigraph')) engines.push(oxigraphEngine(ox));
  if (wanted.has('comunica')) engines.push(comunicaEngine(store));

  const queries: QueryResult[] = [];
  for (const shape of benchmarkQueries(graphAnchors(options.graph))) {
    const variables = projectedVariables(shape.sparql);
    const result: QueryResult = { shape, engines: {}, agree: true };
    const bags = new Map<string, string[]>();
    for (const engine of engines) {
      const timed = engine.name === 'comunica' ? comunicaRuns : runs;
      try {
        gc();
        let start = performance.now();
        const rows = await engine.select(shape.sparql, { timeoutMs });
        const first = performance.now() - start;
        const bag = canonicalRows(variables, rows);
        bags.set(engine.name, bag);
        const times: number[] = [];
        for (let i = 0; i < timed; i++) {
          start = performance.now();
          await engine.select(shape.sparql, { timeoutMs });
          times.push(performance.now() - start);
        }
        result.engines[engine.name] = {
          rows: bag.length,
          digest: digest(bag),
          medianMs: times.length > 0 ? median(times) : first,
        };
      } catch (error) {
        const timedOut = /timed out|timeout/i.test(String(error));
        result.engines[engine.name] = {
          rows: 0,
          digest: '-',
          medianMs: timedOut ? timeoutMs : undefined,
          timedOut,
          error: String(error),
        };
      }
      log(`${shape.id} ${engine.name}: ${describe(result.engines[engine.name])}`);
    }
    const [reference, ...others] = [...bags.entries()];
    for (const [name, bag] of others) {
      if (reference && digest(bag) !== digest(reference[1])) {
        const diff = bagDiff(reference[1], bag);
        result.agree = false;
        result.disagreement = `${reference[0]} vs ${name}: only ${reference[0]} ${JSON.stringify(diff.onlyA)}, only ${name} ${JSON.stringify(diff.onlyB)}`;
      }
    }
    queries.push(result);
  }
  return { triples: store.size, load: { n3: n3Ms, oxigraph: oxMs }, engines: engines.map((e) => e.name), queries };
}

function describe(r: EngineResult | undefined): string {
  if (!r) return '-';
  return r.error ? `error ${r.error}` : `${r.rows} rows, ${r.medianMs?.toFixed(2)} ms`;
}
