import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, type ServeProcess, startServe } from './serve-process.js';

// Load test of `kg serve` on loopback: CLIENTS concurrent clients, each sending
// requests back to back for SECONDS, a mix of SPARQL and JSON API calls.
// Speed is reported (stdout and tests/artifacts/load-report.json), never
// asserted; the assertion is zero errors.
const CLIENTS = Number(process.env.KG_LOAD_CLIENTS ?? 50);
const SECONDS = Number(process.env.KG_LOAD_SECONDS ?? 6);
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

const KG = 'https://w3id.org/policy-kg/ontology#';
const SPARQL_QUERIES = [
  `SELECT ?name WHERE { ?p a <${KG}Official> ; <http://schema.org/name> ?name } ORDER BY ?name LIMIT 20`,
  `SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)`,
  `SELECT ?s ?text WHERE { ?s a <${KG}Statement> ; <http://schema.org/text> ?text FILTER(CONTAINS(?text, "疫情")) } LIMIT 10`,
  `ASK { ?p <http://schema.org/name> "郭玉芬"@zh-hans }`,
  `CONSTRUCT { ?p <http://schema.org/name> ?n } WHERE { ?p a <${KG}Official> ; <http://schema.org/name> ?n } LIMIT 20`,
];

interface Spec {
  kind: string;
  path: string;
  init?: RequestInit;
}

function specs(official: string): Spec[] {
  const enc = encodeURIComponent;
  return [
    { kind: 'sparql-get', path: `/sparql?query=${enc(SPARQL_QUERIES[0] as string)}` },
    {
      kind: 'sparql-post-form',
      path: '/sparql',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/csv' },
        body: new URLSearchParams({ query: SPARQL_QUERIES[1] as string }).toString(),
      },
    },
    {
      kind: 'sparql-post-direct',
      path: '/sparql',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+xml' },
        body: SPARQL_QUERIES[2] as string,
      },
    },
    { kind: 'sparql-ask', path: `/sparql?query=${enc(SPARQL_QUERIES[3] as string)}` },
    {
      kind: 'sparql-construct',
      path: `/sparql?query=${enc(SPARQL_QUERIES[4] as string)}`,
      init: { headers: { Accept: 'text/turtle' } },
    },
    { kind: 'api-search', path: `/api/search?q=${enc('基层医疗卫生')}&k=10` },
    { kind: 'api-statements', path: `/api/statements?speaker=${enc('郭玉芬')}` },
    { kind: 'api-entity', path: `/api/entity?iri=${enc(official)}` },
    { kind: 'api-neighbours', path: `/api/neighbours?iri=${enc(official)}` },
    { kind: 'api-timeline', path: `/api/timeline?slogan=${enc('健康中国')}` },
    { kind: 'static', path: '/' },
  ];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

describe(`kg serve under load (${CLIENTS} clients, ${SECONDS} s, loopback)`, () => {
  let store: Awaited<ReturnType<typeof buildCorpusStore>>;
  let server: ServeProcess;

  beforeAll(async () => {
    store = await buildCorpusStore();
    server = await startServe(store.dir);
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('serves a SPARQL + API mix to concurrent clients with zero errors', async () => {
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
    const search = await fetch(`${server.origin}/api/search?q=${encodeURIComponent('郭玉芬')}&k=1&kind=official`);
    const official = ((await search.json()) as { hits: { id: string }[] }).hits[0]?.id;
    expect(official).toBeDefined();
    const mix = specs(official as string);
    const latencies: number[] = [];
    const byKind = new Map<string, number[]>();
    const errors: string[] = [];
    const perClient = new Array<number>(CLIENTS).fill(0);
    const started = performance.now();
    const deadline = started + SECONDS * 1000;

    const client = async (id: number) => {
      let i = id;
      while (performance.now() < deadline) {
        const spec = mix[i++ % mix.length] as Spec;
        const t0 = performance.now();
        try {
          const res = await fetch(`${server.origin}${spec.path}`, spec.init);
          const body = await res.arrayBuffer();
          if (res.status !== 200 || body.byteLength === 0) errors.push(`${spec.kind}: HTTP ${res.status}`);
        } catch (e) {
          const cause = (e as { cause?: { code?: string; message?: string } }).cause;
          errors.push(`${spec.kind}: ${(e as Error).message} (${cause?.code ?? cause?.message ?? 'no cause'})`);
        }
        const ms = performance.now() - t0;
        latencies.push(ms);
        const list = byKind.get(spec.kind) ?? [];
        byKind.set(spec.kind, list);
        list.push(ms);
        perClient[id] = (perClient[id] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    const elapsed = (performance.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    const report = {
      clients: CLIENTS,
      seconds: Number(elapsed.toFixed(2)),
      requests: latencies.length,
      errors: errors.length,
      throughputPerSecond: Number((latencies.length / elapsed).toFixed(1)),
      p50ms: Number(percentile(latencies, 50).toFixed(1)),
      p99ms: Number(percentile(latencies, 99).toFixed(1)),
      byKind: Object.fromEntries(
        [...byKind].map(([k, v]) => {
          v.sort((a, b) => a - b);
          return [
            k,
            { n: v.length, p50ms: Number(percentile(v, 50).toFixed(1)), p99ms: Number(percentile(v, 99).toFixed(1)) },
          ];
        }),
      ),
    };
    console.log(`kg serve load test: ${JSON.stringify(report, null, 2)}`);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(`${ARTIFACTS}load-report.json`, `${JSON.stringify(report, null, 2)}\n`);

    expect(errors.slice(0, 5)).toEqual([]);
    expect(perClient.every((n) => n > 0)).toBe(true);
    expect(byKind.size).toBe(mix.length);
  });
});
