import type * as RDF from '@rdfjs/types';
import { remoteFactory } from './results.js';
import type { RemoteQueryOptions, RemoteTarget } from './target.js';

/** An immutable RDF/JS `Bindings` over one result row. */
export class RemoteBindings implements RDF.Bindings {
  readonly type = 'bindings' as const;
  constructor(private readonly entries: ReadonlyMap<string, RDF.Term>) {}

  private static key(k: RDF.Variable | string): string {
    return typeof k === 'string' ? k.replace(/^[?$]/, '') : k.value;
  }
  get size(): number {
    return this.entries.size;
  }
  has(key: RDF.Variable | string): boolean {
    return this.entries.has(RemoteBindings.key(key));
  }
  get(key: RDF.Variable | string): RDF.Term | undefined {
    return this.entries.get(RemoteBindings.key(key));
  }
  set(key: RDF.Variable | string, value: RDF.Term): RemoteBindings {
    return new RemoteBindings(new Map(this.entries).set(RemoteBindings.key(key), value));
  }
  delete(key: RDF.Variable | string): RemoteBindings {
    const m = new Map(this.entries);
    m.delete(RemoteBindings.key(key));
    return new RemoteBindings(m);
  }
  *keys(): Iterable<RDF.Variable> {
    for (const k of this.entries.keys()) yield remoteFactory.variable(k);
  }
  values(): Iterable<RDF.Term> {
    return this.entries.values();
  }
  forEach(fn: (value: RDF.Term, key: RDF.Variable) => unknown): void {
    for (const [k, v] of this.entries) fn(v, remoteFactory.variable(k));
  }
  *[Symbol.iterator](): Iterator<[RDF.Variable, RDF.Term]> {
    for (const [k, v] of this.entries) yield [remoteFactory.variable(k), v];
  }
  equals(other: RDF.Bindings | null | undefined): boolean {
    if (!other || other.size !== this.size) return false;
    for (const [k, v] of this.entries) if (!other.get(k)?.equals(v)) return false;
    return true;
  }
  filter(fn: (value: RDF.Term, key: RDF.Variable) => boolean): RemoteBindings {
    return new RemoteBindings(new Map([...this.entries].filter(([k, v]) => fn(v, remoteFactory.variable(k)))));
  }
  map(fn: (value: RDF.Term, key: RDF.Variable) => RDF.Term): RemoteBindings {
    return new RemoteBindings(new Map([...this.entries].map(([k, v]) => [k, fn(v, remoteFactory.variable(k))])));
  }
  merge(other: RDF.Bindings): RemoteBindings | undefined {
    const m = new Map(this.entries);
    for (const [k, v] of other) {
      const mine = m.get(k.value);
      if (mine && !mine.equals(v)) return undefined;
      m.set(k.value, v);
    }
    return new RemoteBindings(m);
  }
  mergeWith(
    merger: (self: RDF.Term, other: RDF.Term, key: RDF.Variable) => RDF.Term,
    other: RDF.Bindings,
  ): RemoteBindings {
    const m = new Map(this.entries);
    for (const [k, v] of other) {
      const mine = m.get(k.value);
      m.set(k.value, mine && !mine.equals(v) ? merger(mine, v, k) : v);
    }
    return new RemoteBindings(m);
  }
}

/** Results of a remote query: async-iterable, or all at once with `toArray`. */
export interface RemoteResultStream<T> extends AsyncIterable<T> {
  toArray(options?: { limit?: number }): Promise<T[]>;
}

function stream<T>(items: readonly T[]): RemoteResultStream<T> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* items;
    },
    toArray: async (options = {}) => items.slice(0, options.limit ?? items.length),
  };
}

/** SPARQL query forms. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** What {@link RemoteQuerySource.query} resolves to, by query form. */
export type RemoteQueryResult =
  | {
      resultType: 'bindings';
      metadata(): Promise<{ variables: RDF.Variable[] }>;
      execute(): Promise<RemoteResultStream<RemoteBindings>>;
    }
  | { resultType: 'boolean'; execute(): Promise<boolean> }
  | { resultType: 'quads'; execute(): Promise<RemoteResultStream<RDF.Quad>> };

/** The form of a query: its first keyword after comments, BASE and PREFIX declarations. */
export function queryForm(query: string): QueryForm {
  // Strip the prologue token by token: a '#' inside an IRI (<http://e/#>) is no comment.
  const prologue = /^(\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s*[\w.-]*:\s*<[^>]*>)/i;
  let body = query;
  for (let m = prologue.exec(body); m; m = prologue.exec(body)) body = body.slice(m[0].length);
  const m = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
  return m ? ((m[1] as string).toUpperCase() as QueryForm) : 'SELECT';
}

/** Per-query context: the query-spec names plus the graphs to query. */
export interface RemoteQueryContext {
  signal?: AbortSignal;
  /** `default-graph-uri`s. Default: the source's. */
  defaultGraphs?: readonly string[];
  namedGraphs?: readonly string[];
}

/**
 * The RDF/JS query-spec methods (`queryBindings`, `queryQuads`,
 * `queryBoolean`, `queryVoid`) answered by a remote SPARQL server: each call
 * sends the WHOLE query to the server, never triple patterns one by one.
 *
 * @example
 * ```ts
 * const source = new RemoteQuerySource(target);
 * for await (const b of await source.queryBindings('SELECT ?s { GRAPH ?g { ?s a ?t } } LIMIT 5')) console.log(b.get('s')?.value);
 * ```
 */
export class RemoteQuerySource {
  constructor(
    readonly target: RemoteTarget,
    private readonly defaults: { defaultGraphs?: readonly string[]; namedGraphs?: readonly string[] } = {},
  ) {}

  async queryBindings(query: string, context: RemoteQueryContext = {}): Promise<RemoteResultStream<RemoteBindings>> {
    const { rows } = await this.target.select(query, this.options(context));
    return stream(rows.map((r) => new RemoteBindings(r)));
  }

  async queryQuads(query: string, context: RemoteQueryContext = {}): Promise<RemoteResultStream<RDF.Quad>> {
    return stream(await this.target.construct(query, this.options(context)));
  }

  async queryBoolean(query: string, context: RemoteQueryContext = {}): Promise<boolean> {
    return this.target.ask(query, this.options(context));
  }

  /**
   * Runs a query of any form and returns an RDF/JS query-spec style result
   * (`resultType` + `execute()`, `metadata()` for SELECT), as the embedded
   * engine's `query()` does, so callers can print either the same way. `form`
   * is the query form when the caller parsed the query already; otherwise it
   * is read from the first keyword after the prologue.
   *
   * @example
   * ```ts
   * const result = await source.query('SELECT ?s { GRAPH ?g { ?s ?p ?o } } LIMIT 1');
   * if (result.resultType === 'bindings') console.log((await result.metadata()).variables);
   * ```
   */
  async query(query: string, context: RemoteQueryContext & { form?: QueryForm } = {}): Promise<RemoteQueryResult> {
    const form = context.form ?? queryForm(query);
    const options = this.options(context);
    switch (form) {
      case 'ASK': {
        const value = await this.target.ask(query, options);
        return { resultType: 'boolean', execute: async () => value };
      }
      case 'CONSTRUCT':
      case 'DESCRIBE': {
        const quads = await this.target.construct(query, options);
        return { resultType: 'quads', execute: async () => stream(quads) };
      }
      default: {
        const { variables, rows } = await this.target.select(query, options);
        return {
          resultType: 'bindings',
          metadata: async () => ({ variables: variables.map((v) => remoteFactory.variable(v)) }),
          execute: async () => stream(rows.map((r) => new RemoteBindings(r))),
        };
      }
    }
  }

  async queryVoid(update: string, context: RemoteQueryContext = {}): Promise<void> {
    await this.target.update(update, context.signal ? { signal: context.signal } : {});
  }

  private options(context: RemoteQueryContext): RemoteQueryOptions {
    const defaultGraphs = context.defaultGraphs ?? this.defaults.defaultGraphs;
    const namedGraphs = context.namedGraphs ?? this.defaults.namedGraphs;
    return {
      ...(defaultGraphs ? { defaultGraphs } : {}),
      ...(namedGraphs ? { namedGraphs } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
    };
  }
}
