// Integration tests against a live private Virtuoso 7 (scripts/virtuoso/virtuoso.sh).
// They skip with a printed reason when Virtuoso cannot be installed; with CI=true they must run.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRemoteTarget,
  MANIFEST_GRAPH,
  openStore,
  pushGraphs,
  QueryEngine,
  RemoteQuerySource,
  type RemoteTarget,
  readRemoteManifest,
} from '@policy-kg/core';
import { XSD } from '@policy-kg/ontology';
import { Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';
import { rowKeys, tripleKeys } from './compare.js';
import { bigGraph, type GeneratedDoc, generateDocs } from './generate.js';
import { startVirtuoso, type Virtuoso, virtuosoAvailable } from './harness.js';
import { ASK_QUERY, CONSTRUCT_QUERY, CORPUS_QUERIES, SELECT_QUERIES } from './queries.js';

const available = await virtuosoAvailable();
if (!available.ok) console.warn(`[tests/remote] SKIPPED: ${available.reason}`);

const DOCS = 12;
/** The server's ResultSetMaxRows: low, so the truncation test reads little. */
const MAX_ROWS = 10_000;
const docs = generateDocs({ documents: DOCS, statements: 8 });
const toPush = (list: GeneratedDoc[]) => list.map((d) => ({ graph: d.graph, hash: d.hash, quads: d.quads }));

describe.skipIf(!available.ok)('remote store on a live Virtuoso', () => {
  let vt: Virtuoso;
  let target: RemoteTarget;
  const engine = new QueryEngine();
  const embedded = new Store(docs.flatMap((d) => d.quads));

  const makeTarget = (password: string, user?: string) =>
    createRemoteTarget({
      endpoint: vt.env.VT_SPARQL,
      updateEndpoint: vt.env.VT_SPARQL_AUTH,
      graphStoreEndpoint: vt.env.VT_GSP_AUTH,
      user: user ?? vt.env.VT_USER,
      password,
      timeoutMs: 30_000,
      backoffMs: 50,
      env: {},
    });

  beforeAll(async () => {
    vt = await startVirtuoso({ maxRows: MAX_ROWS });
    target = makeTarget(vt.env.VT_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await vt?.stop();
  }, 60_000);

  it('pushes every document into its own named graph and records it in the manifest', async () => {
    const report = await pushGraphs(target, toPush(docs));
    expect(report.plan.add).toHaveLength(DOCS);
    expect(report.triples).toBe(docs.reduce((n, d) => n + d.quads.length, 0));
    const manifest = await readRemoteManifest(target);
    expect(new Map(manifest)).toEqual(new Map(docs.map((d) => [d.graph, d.hash])));
  });

  it('reads a graph back unchanged: Chinese literals, zh-Hans tags and dates intact', async () => {
    const doc = docs[4] as GeneratedDoc;
    const back = await target.getGraph(doc.graph);
    expect(tripleKeys(back)).toEqual(tripleKeys(doc.quads));
    const title = back.find((q) => q.predicate.value.endsWith('/title') && q.object.termType === 'Literal');
    expect(title?.object.value).toMatch(/^关于/);
    expect(title?.object.termType === 'Literal' && title.object.language.toLowerCase()).toBe('zh-hans');
    const date = back.find((q) => q.predicate.value === 'http://schema.org/datePublished');
    expect(date?.object.termType === 'Literal' && date.object.datatype.value).toBe(XSD.date);
  });

  for (const q of SELECT_QUERIES) {
    it(`answers like the embedded engine: ${q.name}`, async () => {
      const local = await (await engine.queryBindings(q.query, { sources: [embedded] })).toArray();
      const remote = await target.select(q.query);
      expect(remote.variables.sort()).toEqual([...q.vars].sort());
      const remoteRows = remote.rows.map((r) => ({ get: (v: string) => r.get(v) }));
      expect(local.length).toBeGreaterThan(0);
      expect(rowKeys(remoteRows, q.vars, q.ordered)).toEqual(rowKeys(local, q.vars, q.ordered));
    });
  }

  it('answers ASK and CONSTRUCT like the embedded engine, through the whole-query source', async () => {
    const source = new RemoteQuerySource(target);
    expect(await source.queryBoolean(ASK_QUERY)).toBe(await engine.queryBoolean(ASK_QUERY, { sources: [embedded] }));
    const remote = await (await source.queryQuads(CONSTRUCT_QUERY)).toArray();
    const local = await (await engine.queryQuads(CONSTRUCT_QUERY, { sources: [embedded] })).toArray();
    expect(remote.length).toBe(DOCS * 2);
    expect(tripleKeys(remote)).toEqual(tripleKeys(local));
    const q = SELECT_QUERIES[0];
    const bindings = await (await source.queryBindings(q?.query ?? '')).toArray();
    expect(bindings).toHaveLength(DOCS);
    expect(bindings[0]?.get('title')?.value).toMatch(/^关于/);
  });

  it('skips unchanged graphs on a second push', async () => {
    const report = await pushGraphs(target, toPush(docs));
    expect(report.plan.unchanged).toHaveLength(DOCS);
    expect(report.plan.add.length + report.plan.replace.length + report.plan.delete.length).toBe(0);
    expect(report.requests).toBe(0);
  });

  it('replaces one changed document and leaves every other graph as it was', async () => {
    const before = new Map(
      await Promise.all(docs.map(async (d) => [d.graph, tripleKeys(await target.getGraph(d.graph))] as const)),
    );
    const revised = generateDocs({ documents: DOCS, statements: 8, revision: '（修订）' });
    const changed = docs.map((d, i) => (i === 3 ? (revised[3] as GeneratedDoc) : d));
    const report = await pushGraphs(target, toPush(changed));
    expect(report.plan.replace).toEqual([docs[3]?.graph]);
    expect(report.plan.unchanged).toHaveLength(DOCS - 1);
    for (const d of changed) {
      const now = tripleKeys(await target.getGraph(d.graph));
      if (d.graph === docs[3]?.graph) {
        expect(now).not.toEqual(before.get(d.graph));
        expect(now).toEqual(tripleKeys(d.quads));
      } else {
        expect(now).toEqual(before.get(d.graph));
      }
    }
    expect((await readRemoteManifest(target)).get(docs[3]?.graph ?? '')).toBe(revised[3]?.hash);
  });

  it('deletes a document that is gone locally, graph and manifest entry', async () => {
    const gone = docs[5] as GeneratedDoc;
    const report = await pushGraphs(target, toPush(docs.filter((d) => d !== gone)));
    expect(report.plan.delete).toEqual([gone.graph]);
    expect(await target.getGraph(gone.graph)).toEqual([]);
    expect(await target.ask(`ASK { GRAPH <${gone.graph}> { ?s ?p ?o } }`)).toBe(false);
    const manifest = await readRemoteManifest(target);
    expect(manifest.has(gone.graph)).toBe(false);
    expect(manifest.size).toBe(DOCS - 1);
    expect(await target.ask(`ASK { GRAPH <${MANIFEST_GRAPH}> { <${gone.graph}> ?p ?o } }`)).toBe(false);
  });

  it('uploads a large graph in chunks (PUT, then POSTs) and refuses to return a truncated result', async () => {
    const graph = 'https://w3id.org/policy-kg/id/graph/big';
    const chunked = createRemoteTarget({
      endpoint: vt.env.VT_SPARQL,
      updateEndpoint: vt.env.VT_SPARQL_AUTH,
      graphStoreEndpoint: vt.env.VT_GSP_AUTH,
      user: vt.env.VT_USER,
      password: vt.env.VT_PASSWORD,
      chunkTriples: 12_000,
      env: {},
    });
    const put = await chunked.putGraph(graph, bigGraph(graph, 30_004));
    expect(put).toMatchObject({ triples: 30_004, requests: 3 });
    const { rows } = await target.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
    expect(Number(rows[0]?.get('n')?.value)).toBe(30_004);
    // Virtuoso answers 200 with MAX_ROWS rows and an X-SPARQL-MaxRows header.
    await expect(target.select(`SELECT ?s ?p ?o WHERE { GRAPH <${graph}> { ?s ?p ?o } }`)).rejects.toMatchObject({
      code: 'KG_REMOTE_TRUNCATED',
      message: expect.stringContaining(`truncated at ${MAX_ROWS} rows`),
    });
    expect(await chunked.deleteGraph(graph)).toBe(true);
  });

  it('reports a wrong password as an auth error without echoing it', async () => {
    const wrong = 'not-the-password-0123';
    const bad = makeTarget(wrong);
    const err = await bad.putGraph(docs[0]?.graph ?? '', docs[0]?.quads ?? []).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'RemoteError', code: 'KG_REMOTE_AUTH', status: 401 });
    expect((err as Error).message).toMatch(
      /graph upload of <.*> at http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud-auth.*password was rejected/,
    );
    expect(`${(err as Error).message} ${(err as Error).stack}`).not.toContain(wrong);
    expect(`${(err as Error).message}`).not.toContain(vt.env.VT_PASSWORD);
  });

  it('reports an anonymous write as needing credentials', async () => {
    const anon = createRemoteTarget({ endpoint: vt.env.VT_SPARQL, graphStoreEndpoint: vt.env.VT_GSP_AUTH, env: {} });
    await expect(anon.deleteGraph(docs[0]?.graph ?? '')).rejects.toMatchObject({
      code: 'KG_REMOTE_AUTH',
      message: expect.stringContaining('KG_SPARQL_USER'),
    });
  });

  it('reports a server-side error with the status and an excerpt of the body', async () => {
    await expect(target.select('SELECT ?s WHERE { ?s ?p }')).rejects.toMatchObject({
      code: 'KG_REMOTE_SERVER',
      status: 400,
      message: expect.stringMatching(/SPARQL query failed at http:\/\/127\.0\.0\.1:\d+\/sparql: HTTP 400 .*: .*\S/),
    });
  });

  it('kg push uploads the corpus store incrementally and the server answers like the embedded store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-push-'));
    try {
      const corpus = new URL('../../examples/corpus', import.meta.url).pathname;
      expect((await runKg(['build', corpus, '--store', dir, '--quiet'])).code).toBe(0);
      // Its own manifest graph: the generated documents pushed above stay untouched.
      const args = ['push', '--store', dir, '--endpoint', vt.env.VT_SPARQL, '--update-endpoint', vt.env.VT_SPARQL_AUTH];
      args.push('--manifest-graph', 'https://w3id.org/policy-kg/id/graph/manifest-corpus');
      const env = { KG_SPARQL_USER: vt.env.VT_USER, KG_SPARQL_PASSWORD: vt.env.VT_PASSWORD };
      const first = await runKg([...args, '--graph-store', vt.env.VT_GSP_AUTH, '--json'], { env });
      expect(first.stderr, first.stderr).toMatch(/kg push: .*: \d+ added, 0 replaced, 0 deleted, 0 unchanged/);
      expect(first.code).toBe(0);
      const { store, manifest } = await openStore(dir);
      const graphs = manifest.sources.map((x) => x.graph);
      if (manifest.summary) graphs.push(manifest.summary.graph);
      expect(JSON.parse(first.stdout).plan.add).toEqual([...graphs].sort());
      expect(`${first.stdout}${first.stderr}`).not.toContain(vt.env.VT_PASSWORD);

      const again = await runKg([...args, '--graph-store', vt.env.VT_GSP_AUTH, '--json'], { env });
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout).plan).toMatchObject({ add: [], replace: [], unchanged: [...graphs].sort() });

      for (const q of CORPUS_QUERIES) {
        const local = await (await engine.queryBindings(q.query, { sources: [store] })).toArray();
        const remote = await target.select(q.query, { namedGraphs: graphs });
        expect(local.length, q.name).toBeGreaterThan(0);
        expect(
          rowKeys(
            remote.rows.map((r) => ({ get: (v: string) => r.get(v) })),
            q.vars,
          ),
          q.name,
        ).toEqual(rowKeys(local, q.vars));
      }

      const denied = await runKg([...args, '--graph-store', vt.env.VT_GSP_AUTH, '--force'], {
        env: { ...env, KG_SPARQL_PASSWORD: 'wrong-password-42' },
      });
      expect(denied.code).toBe(1);
      expect(denied.stderr).toMatch(/password was rejected/);
      expect(denied.stderr).not.toContain('wrong-password-42');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a stopped server as a connection error naming the endpoint', async () => {
    await vt.stop();
    await expect(target.select('SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1')).rejects.toMatchObject({
      code: 'KG_REMOTE_CONNECTION',
      message: `SPARQL query could not reach ${vt.env.VT_SPARQL}: connection refused: is the SPARQL server running and listening there?`,
    });
  }, 60_000);
});
