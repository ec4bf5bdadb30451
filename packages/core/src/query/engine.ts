import type * as RDF from '@rdfjs/types';
import { UsageError } from '../errors.js';
import { QueryBindings } from './bindings.js';
import { formatPlan } from './explain.js';
import { type ExtensionFunction, type Extensions, type PropertyFunction, toMap } from './functions/registry.js';
import { optimize } from './optimize/index.js';
import type { QueryPlan } from './parse/algebra.js';
import { parseSparql } from './parse/parse.js';
import { toAlgebra } from './parse/to-algebra.js';
import { SyncResultStream } from './result-stream.js';
import { type RunOptions, runAsk, runGraph, runSelect } from './run.js';
import { datasetSource, isDatasetCoreLike, isN3StoreLike, isQuadSource, n3Source, type QuadSource } from './source.js';
import { factory } from './terms.js';

/** A source the engine accepts: our {@link QuadSource} or an n3 `Store`. */
export type QuerySourceInput = QuadSource | object;

/**
 * The query context (RDF/JS query-spec `QueryStringContext`), Comunica-compatible
 * where it matters: `sources`, `baseIRI`, `queryTimestamp`, `extensionFunctions`.
 */
export interface QueryEngineContext extends RDF.QueryStringContext {
  /** Data to query; several sources are queried as their union. Default: the engine's own. */
  sources?: QuerySourceInput[];
  baseIRI?: string;
  /** Extension functions and property functions for this query (added to the engine's). */
  extensions?: Extensions;
  /** Comunica's name for extension functions (synchronous functions only). */
  extensionFunctions?: Record<string, ExtensionFunction>;
  /** Cancels the query (checked between rows and inside long loops). */
  signal?: AbortSignal;
  /** Milliseconds before the query fails with `KG_QUERY_TIMEOUT`. */
  timeout?: number;
  /** Maximum number of results before `KG_QUERY_RESULT_LIMIT`. */
  resultLimit?: number;
}

/** Options of {@link createQueryEngine}. */
export interface QueryEngineOptions {
  /** Default source when a query context gives none. */
  source?: QuerySourceInput;
  /** Extension functions and property functions available to every query. */
  extensions?: Extensions;
}

function toSource(x: QuerySourceInput): QuadSource {
  if (isQuadSource(x)) return x;
  if (isN3StoreLike(x)) return n3Source(x);
  if (isDatasetCoreLike(x)) return datasetSource(x);
  throw new UsageError('query source must be an n3 Store, an RDF/JS DatasetCore or a QuadSource (match + countQuads)');
}

function unionSource(sources: QuadSource[]): QuadSource {
  if (sources.length === 1) return sources[0] as QuadSource;
  return {
    *match(s, p, o, g) {
      for (const src of sources) yield* src.match(s, p, o, g);
    },
    countQuads: (s, p, o, g) => sources.reduce((n, src) => n + src.countQuads(s, p, o, g), 0),
  };
}

const PLAN_CACHE_SIZE = 256;

/** A prepared query: its plan after optimization and the options to run it. */
interface Prepared {
  plan: QueryPlan;
  run: RunOptions;
}

/**
 * SPARQL 1.1 query engine over quad sources, implementing the RDF/JS query
 * interfaces (`queryBindings`, `queryQuads`, `queryBoolean`, `queryVoid`, `query`).
 * Code written for Comunica's `QueryEngine` switches by changing the import.
 *
 * @example
 * ```ts
 * const engine = new QueryEngine();
 * const stream = await engine.queryBindings('SELECT ?s WHERE { ?s ?p ?o } LIMIT 10', { sources: [store] });
 * for await (const b of stream) console.log(b.get('s')?.value);
 * ```
 */
export class QueryEngine {
  private readonly defaultSource: QuadSource | undefined;
  private readonly functions: Map<string, ExtensionFunction>;
  private readonly propertyFunctions: Map<string, PropertyFunction>;
  private readonly planCache = new Map<string, { plan: QueryPlan; base: string | undefined }>();

  constructor(options: QueryEngineOptions = {}) {
    this.defaultSource = options.source === undefined ? undefined : toSource(options.source);
    this.functions = toMap(options.extensions?.functions);
    this.propertyFunctions = toMap(options.extensions?.propertyFunctions);
  }

  /** Registers an extension function by IRI for every later query. */
  registerFunction(iri: string, fn: ExtensionFunction): void {
    this.functions.set(iri, fn);
  }

  /** Registers a property function (binding generator) by IRI for every later query. */
  registerPropertyFunction(iri: string, fn: PropertyFunction): void {
    this.propertyFunctions.set(iri, fn);
  }

  /** IRIs of the registered extension functions and property functions. */
  extensionIris(): { functions: string[]; propertyFunctions: string[] } {
    return { functions: [...this.functions.keys()], propertyFunctions: [...this.propertyFunctions.keys()] };
  }

  /**
   * Parses and translates a query (data-independent, so cached by text: the
   * benchmark's point lookups are dominated by parsing otherwise).
   */
  private translate(
    query: string,
    baseIRI: string | undefined,
    propertyFunctions: Map<string, PropertyFunction>,
  ): { plan: QueryPlan; base: string | undefined } {
    const key = `${baseIRI ?? ''}\u0000${[...propertyFunctions.keys()].join(' ')}\u0000${query}`;
    const hit = this.planCache.get(key);
    if (hit) {
      this.planCache.delete(key);
      this.planCache.set(key, hit);
      return hit;
    }
    const parsed = parseSparql(query, baseIRI === undefined ? {} : { baseIRI });
    const plan = toAlgebra(parsed as Parameters<typeof toAlgebra>[0], {
      propertyFunctions: new Set(propertyFunctions.keys()),
    });
    const entry = { plan, base: (parsed as { base?: string }).base };
    this.planCache.set(key, entry);
    if (this.planCache.size > PLAN_CACHE_SIZE) {
      const oldest = this.planCache.keys().next().value;
      if (oldest !== undefined) this.planCache.delete(oldest);
    }
    return entry;
  }

  /** Parses, translates and optimizes a query. Throws ParseError for bad syntax. */
  prepare(query: string, context: QueryEngineContext = {}): Prepared {
    const functions = new Map([
      ...this.functions,
      ...toMap(context.extensions?.functions),
      ...toMap(context.extensionFunctions),
    ]);
    const propertyFunctions = new Map([...this.propertyFunctions, ...toMap(context.extensions?.propertyFunctions)]);
    const sources = context.sources?.map(toSource) ?? (this.defaultSource ? [this.defaultSource] : []);
    if (sources.length === 0)
      throw new UsageError('no query source: pass { sources: [store] } or create the engine with a source');
    const source = unionSource(sources);
    const translated = this.translate(query, context.baseIRI, propertyFunctions);
    const plan: QueryPlan = { ...translated.plan };
    const distinct = source.distinct?.bind(source);
    plan.algebra = optimize(plan.algebra, {
      count: source.estimate ? source.estimate.bind(source) : (s, p, o) => source.countQuads(s, p, o, null),
      ...(distinct ? { distinct } : {}),
    });
    return {
      plan,
      run: {
        source,
        baseIRI: translated.base ?? context.baseIRI,
        functions,
        propertyFunctions,
        signal: context.signal,
        timeout: context.timeout,
        resultLimit: context.resultLimit,
        now: context.queryTimestamp,
      },
    };
  }

  /** The optimized plan as a text tree with cardinality estimates. */
  explain(query: string, context: QueryEngineContext = {}): string {
    return formatPlan(this.prepare(query, context).plan);
  }

  async queryBindings(query: string, context: QueryEngineContext = {}): Promise<SyncResultStream<QueryBindings>> {
    const { plan, run } = this.prepare(query, context);
    if (plan.form !== 'SELECT') throw new UsageError(`queryBindings needs a SELECT query, got ${plan.form}`);
    return new SyncResultStream(bindingsIterator(plan, run));
  }

  async queryQuads(query: string, context: QueryEngineContext = {}): Promise<SyncResultStream<RDF.Quad>> {
    const { plan, run } = this.prepare(query, context);
    if (plan.form !== 'CONSTRUCT' && plan.form !== 'DESCRIBE') {
      throw new UsageError(`queryQuads needs a CONSTRUCT or DESCRIBE query, got ${plan.form}`);
    }
    return new SyncResultStream(runGraph(plan, run)[Symbol.iterator]());
  }

  async queryBoolean(query: string, context: QueryEngineContext = {}): Promise<boolean> {
    const { plan, run } = this.prepare(query, context);
    if (plan.form !== 'ASK') throw new UsageError(`queryBoolean needs an ASK query, got ${plan.form}`);
    return runAsk(plan, run);
  }

  async queryVoid(_query: string, _context: QueryEngineContext = {}): Promise<void> {
    throw new UsageError('queryVoid: SPARQL Update is not supported by this engine');
  }

  /** Runs any query form and returns an RDF/JS typed query object. */
  async query(query: string, context: QueryEngineContext = {}): Promise<TypedQuery> {
    const { plan, run } = this.prepare(query, context);
    switch (plan.form) {
      case 'SELECT': {
        const variables = plan.projection.map((s) => factory.variable(plan.vars[s] as string));
        return {
          resultType: 'bindings',
          execute: async () => new SyncResultStream(bindingsIterator(plan, run)),
          metadata: async () => ({ variables }),
        };
      }
      case 'ASK':
        return { resultType: 'boolean', execute: async () => runAsk(plan, run) };
      default:
        return {
          resultType: 'quads',
          execute: async () => new SyncResultStream(runGraph(plan, run)[Symbol.iterator]()),
          metadata: async () => ({}),
        };
    }
  }
}

/** The result of {@link QueryEngine.query}: an RDF/JS `Query` object. */
export type TypedQuery =
  | {
      resultType: 'bindings';
      execute(): Promise<SyncResultStream<QueryBindings>>;
      metadata(): Promise<{ variables: RDF.Variable[] }>;
    }
  | { resultType: 'boolean'; execute(): Promise<boolean> }
  | { resultType: 'quads'; execute(): Promise<SyncResultStream<RDF.Quad>>; metadata(): Promise<Record<string, never>> };

function* bindingsGen(plan: QueryPlan, run: RunOptions): Iterable<QueryBindings> {
  for (const m of runSelect(plan, run)) yield new QueryBindings(m);
}

function bindingsIterator(plan: QueryPlan, run: RunOptions): Iterator<QueryBindings> {
  return bindingsGen(plan, run)[Symbol.iterator]();
}

/**
 * Creates a {@link QueryEngine}.
 *
 * @example
 * ```ts
 * const engine = createQueryEngine({ source: store });
 * const ok = await engine.queryBoolean('ASK { ?s ?p ?o }');
 * ```
 */
export function createQueryEngine(options: QueryEngineOptions = {}): QueryEngine {
  return new QueryEngine(options);
}

/**
 * Explains a query against a source: the optimized plan as a text tree.
 *
 * @example
 * ```ts
 * console.log(explainQuery('SELECT * { ?s a ?t }', { sources: [store] }));
 * ```
 */
export function explainQuery(query: string, context: QueryEngineContext): string {
  return new QueryEngine().explain(query, context);
}
