import type * as RDF from '@rdfjs/types';
import { Parser } from 'n3';
import { UsageError } from '../errors.js';
import { RemoteError, safeUrl } from './errors.js';
import { HttpClient, type RemoteCredentials } from './http.js';
import { parseAskJson, parseSelectJson, type SelectResult } from './results.js';
import { ntriplesChunks } from './serialize.js';

/**
 * Where a remote store lives and how to talk to it. Credentials come from the
 * options, else from `KG_SPARQL_USER` / `KG_SPARQL_PASSWORD`.
 */
export interface RemoteTargetOptions {
  /** SPARQL 1.1 query endpoint, e.g. `http://127.0.0.1:8890/sparql`. */
  endpoint: string;
  /** SPARQL 1.1 update endpoint. Default: `endpoint` (Virtuoso: `/sparql-auth`). */
  updateEndpoint?: string;
  /** Graph Store HTTP Protocol endpoint (Virtuoso: `/sparql-graph-crud-auth`). Needed for uploads. */
  graphStoreEndpoint?: string;
  user?: string;
  password?: string;
  /** Authentication scheme; default `auto` (answers the server's challenge: Digest or Basic). */
  auth?: RemoteCredentials['scheme'];
  /** Authenticate queries too (default: only when `endpoint` equals `updateEndpoint`). */
  authenticateQueries?: boolean;
  /** Per-request timeout in ms. Default 60 000. */
  timeoutMs?: number;
  /** Retries on transient failures. Default 3. */
  retries?: number;
  /** First back-off delay in ms. Default 250. */
  backoffMs?: number;
  /** Triples per upload request: the first chunk is PUT, the rest POSTed. Default 50 000. */
  chunkTriples?: number;
  /** Environment to read credentials from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

/** Options per query. */
export interface RemoteQueryOptions {
  /** `default-graph-uri` parameters. On Virtuoso the default graph is otherwise the union of ALL graphs. */
  defaultGraphs?: readonly string[];
  /** `named-graph-uri` parameters. */
  namedGraphs?: readonly string[];
  signal?: AbortSignal;
}

/** What {@link RemoteTarget.putGraph} sent. */
export interface PutGraphResult {
  triples: number;
  requests: number;
  bytes: number;
}

/**
 * A SPARQL server reached over the SPARQL 1.1 Protocol (queries and updates as
 * form POST) and the Graph Store HTTP Protocol (graph uploads).
 *
 * @example
 * ```ts
 * const target = createRemoteTarget({
 *   endpoint: 'http://127.0.0.1:8890/sparql',
 *   updateEndpoint: 'http://127.0.0.1:8890/sparql-auth',
 *   graphStoreEndpoint: 'http://127.0.0.1:8890/sparql-graph-crud-auth',
 * });
 * await target.putGraph('https://w3id.org/policy-kg/id/graph/d1', quads);
 * const { rows } = await target.select('SELECT ?s { GRAPH ?g { ?s ?p ?o } } LIMIT 1');
 * ```
 */
export class RemoteTarget {
  readonly endpoint: string;
  readonly updateEndpoint: string;
  readonly graphStoreEndpoint: string | undefined;
  private readonly writer: HttpClient;
  private readonly reader: HttpClient;
  private readonly chunkTriples: number;

  constructor(options: RemoteTargetOptions) {
    this.endpoint = checkUrl(options.endpoint, 'endpoint');
    this.updateEndpoint = checkUrl(options.updateEndpoint ?? options.endpoint, 'updateEndpoint');
    this.graphStoreEndpoint =
      options.graphStoreEndpoint === undefined ? undefined : checkUrl(options.graphStoreEndpoint, 'graphStoreEndpoint');
    const env = options.env ?? process.env;
    const user = options.user ?? env.KG_SPARQL_USER;
    const password = options.password ?? env.KG_SPARQL_PASSWORD;
    if ((user === undefined) !== (password === undefined)) {
      throw new UsageError(
        'remote credentials need both a user and a password (options or KG_SPARQL_USER/KG_SPARQL_PASSWORD)',
      );
    }
    const credentials: RemoteCredentials | undefined =
      user === undefined || password === undefined ? undefined : { user, password, scheme: options.auth ?? 'auto' };
    const http = {
      timeoutMs: options.timeoutMs ?? 60_000,
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 250,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    };
    this.writer = new HttpClient({ ...http, credentials });
    const authQueries = options.authenticateQueries ?? this.endpoint === this.updateEndpoint;
    this.reader = authQueries ? this.writer : new HttpClient({ ...http });
    this.chunkTriples = options.chunkTriples ?? 50_000;
    if (!(this.chunkTriples >= 1)) throw new UsageError(`chunkTriples must be at least 1, got ${this.chunkTriples}`);
  }

  /** Runs a SELECT query; rows as name → RDF/JS term maps. Throws on a truncated or timed-out result. */
  async select(query: string, options: RemoteQueryOptions = {}): Promise<SelectResult> {
    const res = await this.postQuery(query, 'application/sparql-results+json', options);
    const json = await readJson(res, this.endpoint);
    try {
      return parseSelectJson(json);
    } catch (err) {
      throw responseError(this.endpoint, err);
    }
  }

  /** Runs an ASK query. */
  async ask(query: string, options: RemoteQueryOptions = {}): Promise<boolean> {
    const res = await this.postQuery(query, 'application/sparql-results+json', options);
    const json = await readJson(res, this.endpoint);
    try {
      return parseAskJson(json);
    } catch (err) {
      throw responseError(this.endpoint, err);
    }
  }

  /** Runs a CONSTRUCT or DESCRIBE query; the triples come back as N-Triples, parsed with n3. */
  async construct(query: string, options: RemoteQueryOptions = {}): Promise<RDF.Quad[]> {
    const res = await this.postQuery(query, 'application/n-triples', options);
    return parseTriples(await res.text(), this.endpoint);
  }

  /** Runs a SPARQL 1.1 Update (form POST `update=`) on the update endpoint, authenticated. */
  async update(update: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    const res = await this.writer.request({
      method: 'POST',
      url: this.updateEndpoint,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ update }).toString(),
      signal: options.signal,
      what: 'SPARQL update',
    });
    await res.body?.cancel();
  }

  /**
   * Replaces graph `graph` with `quads` (their graph component is ignored).
   * Large graphs go in chunks of `chunkTriples`: the first is PUT, the rest
   * POSTed. Graphs with blank nodes go in one request from the first blank node
   * on, since a blank-node label is scoped to one request. Empty input deletes the graph.
   */
  async putGraph(
    graph: string,
    quads: Iterable<RDF.Quad> | AsyncIterable<RDF.Quad>,
    options: { signal?: AbortSignal } = {},
  ): Promise<PutGraphResult> {
    const result: PutGraphResult = { triples: 0, requests: 0, bytes: 0 };
    for await (const chunk of ntriplesChunks(quads, { chunkTriples: this.chunkTriples, graph })) {
      const res = await this.writer.request({
        method: result.requests === 0 ? 'PUT' : 'POST',
        url: this.gspUrl(graph),
        headers: { 'content-type': 'application/n-triples; charset=utf-8' },
        body: chunk.text,
        signal: options.signal,
        what: `graph upload of <${graph}>`,
      });
      await res.body?.cancel();
      result.requests += 1;
      result.triples += chunk.triples;
      result.bytes += Buffer.byteLength(chunk.text);
    }
    if (result.requests === 0) await this.deleteGraph(graph, options);
    return result;
  }

  /** Deletes graph `graph`; resolves `false` when it did not exist. */
  async deleteGraph(graph: string, options: { signal?: AbortSignal } = {}): Promise<boolean> {
    // No Accept header: Virtuoso answers DELETE with 406 when one is sent (it still deletes).
    const res = await this.writer.request({
      method: 'DELETE',
      url: this.gspUrl(graph),
      allow: [404],
      signal: options.signal,
      what: `graph delete of <${graph}>`,
    });
    await res.body?.cancel();
    return res.status !== 404;
  }

  /** Reads graph `graph` back over the Graph Store Protocol; `[]` when it does not exist. */
  async getGraph(graph: string, options: { signal?: AbortSignal } = {}): Promise<RDF.Quad[]> {
    const res = await this.writer.request({
      method: 'GET',
      url: this.gspUrl(graph),
      headers: { accept: 'application/n-triples' },
      allow: [404],
      signal: options.signal,
      what: `graph download of <${graph}>`,
    });
    if (res.status === 404) {
      await res.body?.cancel();
      return [];
    }
    return parseTriples(await res.text(), this.gspUrl(graph));
  }

  private gspUrl(graph: string): string {
    if (!this.graphStoreEndpoint) {
      throw new UsageError('this remote target has no graphStoreEndpoint; pass one to upload or delete graphs');
    }
    const u = new URL(this.graphStoreEndpoint);
    u.searchParams.set('graph', graph);
    return u.toString();
  }

  private async postQuery(query: string, accept: string, options: RemoteQueryOptions): Promise<Response> {
    const form = new URLSearchParams({ query });
    for (const g of options.defaultGraphs ?? []) form.append('default-graph-uri', g);
    for (const g of options.namedGraphs ?? []) form.append('named-graph-uri', g);
    // Form POST, never application/sparql-query: Virtuoso 7.2.5 never answers that (virtuoso.md).
    const res = await this.reader.request({
      method: 'POST',
      url: this.endpoint,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
      body: form.toString(),
      signal: options.signal,
      what: 'SPARQL query',
    });
    checkComplete(res, this.endpoint);
    return res;
  }
}

/** Creates a {@link RemoteTarget}; see its options. */
export function createRemoteTarget(options: RemoteTargetOptions): RemoteTarget {
  return new RemoteTarget(options);
}

/**
 * Virtuoso answers 200 to a result cut at `ResultSetMaxRows` (header
 * `X-SPARQL-MaxRows`) and to a query stopped by its own timeout (header
 * `X-SQL-State: S1TAT`, partial rows). Both become errors: never a silently short result.
 */
function checkComplete(res: Response, endpoint: string): void {
  const maxRows = res.headers.get('x-sparql-maxrows');
  if (maxRows !== null) {
    void res.body?.cancel();
    throw new RemoteError(
      `SPARQL query result at ${safeUrl(endpoint)} was truncated at ${maxRows} rows by the server (ResultSetMaxRows); page the query with LIMIT/OFFSET or raise the server limit`,
      { code: 'KG_REMOTE_TRUNCATED', endpoint: safeUrl(endpoint), status: res.status },
    );
  }
  const state = res.headers.get('x-sql-state');
  if (state === 'S1TAT') {
    void res.body?.cancel();
    throw new RemoteError(
      `SPARQL query at ${safeUrl(endpoint)} hit the server's execution time limit and returned partial results (X-SQL-State ${state}); simplify the query or raise MaxQueryExecutionTime`,
      { code: 'KG_REMOTE_TIMEOUT', endpoint: safeUrl(endpoint), status: res.status },
    );
  }
}

async function readJson(res: Response, endpoint: string): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw responseError(endpoint, err);
  }
}

function parseTriples(text: string, endpoint: string): RDF.Quad[] {
  try {
    return new Parser({ format: 'N-Triples' }).parse(text) as RDF.Quad[];
  } catch (err) {
    throw responseError(endpoint, err);
  }
}

function responseError(endpoint: string, err: unknown): RemoteError {
  const why = err instanceof Error ? err.message : String(err);
  return new RemoteError(`unreadable response from ${safeUrl(endpoint)}: ${why}`, {
    code: 'KG_REMOTE_RESPONSE',
    endpoint: safeUrl(endpoint),
    cause: err,
  });
}

function checkUrl(url: string, name: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch (err) {
    throw new UsageError(`remote ${name} is not a URL: ${JSON.stringify(url)}`, { cause: err });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new UsageError(`remote ${name} must be http(s), got ${u.protocol}`);
  }
  if (u.username || u.password) {
    throw new UsageError(
      `remote ${name} must not carry credentials; use the user/password options or KG_SPARQL_USER/KG_SPARQL_PASSWORD`,
    );
  }
  return u.toString();
}
