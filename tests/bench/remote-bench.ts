// Push time and query latency, embedded (n3 Store + our engine) vs a live Virtuoso, in one run.
import { createHash } from 'node:crypto';
import {
  buildGraph,
  createRemoteTarget,
  GraphStore,
  indicators,
  localQuerySource,
  officialPosts,
  pushGraphs,
  QueryEngine,
  type QuerySource,
  RemoteQuerySource,
  type RemoteTarget,
  statements,
  timeline,
} from '@policy-kg/core';
import type { Quad } from '@rdfjs/types';
import { Store } from 'n3';
import { corpusDocs } from '../graph/corpus.js';
import { rowKeys } from '../remote/compare.js';
import { type GeneratedDoc, generateDocs } from '../remote/generate.js';
import type { VirtuosoEnv } from '../remote/harness.js';

const P = `PREFIX schema: <http://schema.org/>
PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;

/** The benchmark queries: a selective lookup, an aggregate, a range filter and a cross-graph join. */
export const BENCH_QUERIES = [
  {
    name: 'lookup by name',
    vars: ['p'],
    query: `${P}SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p schema:name "王建国"@zh-Hans } }`,
  },
  {
    name: 'group by speaker',
    vars: ['name', 'n'],
    query: `${P}SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s kg:speaker ?p . ?p schema:name ?name } } GROUP BY ?name`,
  },
  {
    name: 'date range count',
    vars: ['n'],
    query: `${P}SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?doc schema:datePublished ?d FILTER (?d >= "2019-01-01"^^xsd:date && ?d < "2021-01-01"^^xsd:date) } }`,
  },
  {
    name: 'cross-graph join count',
    vars: ['n'],
    query: `${P}SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s schema:isBasedOn ?doc ; kg:value ?v FILTER (?v > 900) } GRAPH ?h { ?doc schema:datePublished ?d FILTER (?d >= "2020-01-01"^^xsd:date) } }`,
  },
];

const log = (line: string): void => {
  process.stderr.write(`[bench:remote] ${line}\n`);
};

/** Figures of one size. Times in ms; query times are medians. */
export interface RemoteBenchResult {
  triples: number;
  graphs: number;
  embeddedLoadMs: number;
  remotePushMs: number;
  remoteRepushMs: number;
  queries: { name: string; embeddedMs: number; remoteMs: number; rows: number; same: boolean }[];
}

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
    // A query slower than 2 s is measured once: the ratio is what matters.
    if (i === 0 && (times[0] as number) > 2000) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** The private Virtuoso's authenticated target, with a timeout long enough for a 1M-triple push. */
function benchTarget(env: VirtuosoEnv): RemoteTarget {
  return createRemoteTarget({
    endpoint: env.VT_SPARQL,
    updateEndpoint: env.VT_SPARQL_AUTH,
    graphStoreEndpoint: env.VT_GSP_AUTH,
    user: env.VT_USER,
    password: env.VT_PASSWORD,
    timeoutMs: 300_000,
    env: {},
  });
}

/** Runs the benchmark for about `triples` triples against the server in `env` (which must be empty). */
export async function runRemoteBench(
  env: VirtuosoEnv,
  triples: number,
  options: { runs?: number; statements?: number; embeddedTimeoutMs?: number } = {},
): Promise<RemoteBenchResult> {
  const runs = options.runs ?? 5;
  const statements = options.statements ?? 8;
  const cap = options.embeddedTimeoutMs ?? 120_000;
  const perDoc = generateDocs({ documents: 20, statements }).reduce((n, d) => n + d.quads.length, 0) / 20;
  const docs: GeneratedDoc[] = generateDocs({ documents: Math.round(triples / perDoc), statements, seed: triples });
  const total = docs.reduce((n, d) => n + d.quads.length, 0);

  let t = performance.now();
  const store = new Store();
  for (const d of docs) store.addQuads(d.quads);
  const embeddedLoadMs = performance.now() - t;

  const target = benchTarget(env);
  const push = () =>
    pushGraphs(
      target,
      docs.map((d) => ({ graph: d.graph, hash: d.hash, quads: d.quads })),
    );
  log(`${total} triples in ${docs.length} graphs: embedded load ${embeddedLoadMs.toFixed(0)} ms; pushing`);
  t = performance.now();
  const report = await push();
  const remotePushMs = performance.now() - t;
  if (report.triples !== total) throw new Error(`pushed ${report.triples} of ${total} triples`);
  t = performance.now();
  await push();
  const remoteRepushMs = performance.now() - t;

  const engine = new QueryEngine();
  const queries: RemoteBenchResult['queries'] = [];
  for (const q of BENCH_QUERIES) {
    const remote = await target.select(q.query);
    const remoteRows = remote.rows.map((r) => ({ get: (v: string) => r.get(v) }));
    let local: Awaited<ReturnType<typeof embedded>> | undefined;
    const embedded = async () => (await engine.queryBindings(q.query, { sources: [store], timeout: cap })).toArray();
    let embeddedMs = Number.POSITIVE_INFINITY;
    try {
      local = await embedded();
      embeddedMs = await median(runs, embedded);
    } catch (err) {
      // Over the cap: reported as "> cap", compared with nothing.
      if ((err as { code?: string }).code !== 'KG_QUERY_TIMEOUT') throw err;
    }
    const same =
      local === undefined || JSON.stringify(rowKeys(local, q.vars)) === JSON.stringify(rowKeys(remoteRows, q.vars));
    const remoteMs = await median(runs, () => target.select(q.query));
    queries.push({ name: q.name, embeddedMs, remoteMs, rows: remote.rows.length, same });
    log(`${q.name}: embedded ${embeddedMs.toFixed(1)} ms, virtuoso ${remoteMs.toFixed(1)} ms`);
  }
  return { triples: total, graphs: docs.length, embeddedLoadMs, remotePushMs, remoteRepushMs, queries };
}

/** The typed queries of the CLI, run on the corpus through both query sources. */
const CORPUS_TYPED: { name: string; run: (source: QuerySource) => Promise<unknown[]> }[] = [
  { name: 'statements (all)', run: (s) => statements(s) },
  { name: 'statements by speaker', run: (s) => statements(s, { speaker: '郭玉芬' }) },
  { name: 'timeline of a slogan', run: (s) => timeline(s, { label: '一老一小' }) },
  { name: 'official posts', run: (s) => officialPosts(s, { name: '马晓伟' }) },
  { name: 'indicators (all)', run: (s) => indicators(s) },
];

/** A stable content hash of one graph's quads (what `kg push` compares). */
function graphHash(quads: readonly Quad[]): string {
  const h = createHash('sha256');
  for (const q of quads) h.update(`${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}\n`);
  return h.digest('hex');
}

/**
 * The same figures for the bundled corpus (examples/corpus, built in memory): its document
 * graphs plus the summary graph are pushed, and the typed queries the CLI runs are timed on
 * the embedded store (union view) and on the server (default graphs = the pushed graphs).
 */
export async function runCorpusRemoteBench(
  env: VirtuosoEnv,
  options: { runs?: number } = {},
): Promise<RemoteBenchResult> {
  const runs = options.runs ?? 5;
  const built = buildGraph(corpusDocs()).store;
  const graphs = built.getGraphs().map((g) => {
    const quads = [...built.match(null, null, null, g)];
    return { graph: g.value, hash: graphHash(quads), quads };
  });
  const total = graphs.reduce((n, g) => n + g.quads.length, 0);

  let t = performance.now();
  const store = new GraphStore();
  for (const g of graphs) store.addQuads(g.quads);
  const embeddedLoadMs = performance.now() - t;

  const target = benchTarget(env);
  log(`corpus: ${total} triples in ${graphs.length} graphs: embedded load ${embeddedLoadMs.toFixed(0)} ms; pushing`);
  t = performance.now();
  const report = await pushGraphs(target, graphs);
  const remotePushMs = performance.now() - t;
  if (report.triples !== total) throw new Error(`pushed ${report.triples} of ${total} triples`);
  t = performance.now();
  await pushGraphs(target, graphs);
  const remoteRepushMs = performance.now() - t;

  const local = localQuerySource(store);
  const remote = new RemoteQuerySource(target, { defaultGraphs: graphs.map((g) => g.graph) });
  const queries: RemoteBenchResult['queries'] = [];
  for (const q of CORPUS_TYPED) {
    const [mine, theirs] = [await q.run(local), await q.run(remote)];
    const embeddedMs = await median(runs, () => q.run(local));
    const remoteMs = await median(runs, () => q.run(remote));
    queries.push({
      name: q.name,
      embeddedMs,
      remoteMs,
      rows: theirs.length,
      same: mine.length > 0 && JSON.stringify(mine) === JSON.stringify(theirs),
    });
    log(`corpus ${q.name}: embedded ${embeddedMs.toFixed(1)} ms, virtuoso ${remoteMs.toFixed(1)} ms`);
  }
  return { triples: total, graphs: graphs.length, embeddedLoadMs, remotePushMs, remoteRepushMs, queries };
}

/** A plain-text table of one result, with Virtuoso/embedded ratios. */
export function formatRemoteBench(r: RemoteBenchResult): string {
  const f = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(ms < 10 ? 2 : 0)} ms` : 'timed out');
  const lines = [
    `${r.triples} triples in ${r.graphs} named graphs`,
    `  load/push     embedded ${f(r.embeddedLoadMs)}  virtuoso ${f(r.remotePushMs)}  (×${(r.remotePushMs / r.embeddedLoadMs).toFixed(1)}); incremental re-push (no change) ${f(r.remoteRepushMs)}`,
  ];
  for (const q of r.queries) {
    lines.push(
      `  ${q.name.padEnd(24)} embedded ${f(q.embeddedMs).padStart(10)}  virtuoso ${f(q.remoteMs).padStart(10)}  (×${(q.remoteMs / q.embeddedMs).toFixed(2)})  rows ${q.rows}${q.same ? '' : '  RESULTS DIFFER'}`,
    );
  }
  return lines.join('\n');
}
