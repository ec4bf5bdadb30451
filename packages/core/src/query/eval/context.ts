import type { Literal, Quad, Term } from '@rdfjs/types';
import { QueryEvaluationError } from '../../errors.js';
import type { ExtensionFunction, PropertyFunction } from '../functions/registry.js';
import type { Algebra } from '../parse/algebra.js';
import type { QuadSource } from '../source.js';
import { factory, type Row, termKey } from '../terms.js';

/** The active graph: `undefined` is the dataset's default graph. */
export type GraphRef = Term | undefined;

/** Everything an operator needs while running. */
export interface EvalContext {
  source: QuadSource;
  /** FROM graphs (`null`: the store's default graph) and FROM NAMED graphs (`null`: every named graph). */
  defaults: Term[] | null;
  named: Term[] | null;
  nslots: number;
  baseIRI: string | undefined;
  now: Literal;
  functions: Map<string, ExtensionFunction>;
  propertyFunctions: Map<string, PropertyFunction>;
  signal: AbortSignal | undefined;
  deadline: number;
  /** Incremented by inner loops; every 4096 steps {@link checkpoint} runs. */
  ticks: number;
  /** Set by eval/evaluate.ts: evaluates a pattern seeded with a row (for EXISTS). */
  evaluate: (op: Algebra, seed: Row, g: GraphRef) => Iterable<Row>;
  /** The empty seed row. */
  empty: Row;
  /** Nodes reachable by a closure path from a start node, per execution (see eval/path.ts). */
  pathMemo?: WeakMap<object, Map<string, Map<string, Term>>>;
  /** The dataset's named graphs, listed once per execution. */
  graphList?: Term[];
  /** Term keys of {@link graphList}, for intersecting with `QuadSource.graphsOf` (eval/graph-candidates.ts). */
  graphKeys?: Set<string>;
  /** Compiled expressions of this execution (closures capture the context). */
  compiled: WeakMap<object, unknown>;
}

const DEFAULT_GRAPH = factory.defaultGraph();

/** Throws when the query was aborted or ran past its deadline. */
export function checkpoint(ctx: EvalContext): void {
  if (ctx.signal?.aborted) {
    throw new QueryEvaluationError('query aborted by its AbortSignal', {
      code: 'KG_QUERY_ABORTED',
      cause: ctx.signal.reason,
    });
  }
  if (ctx.deadline > 0 && Date.now() > ctx.deadline) {
    throw new QueryEvaluationError('query timed out; narrow it or raise the timeout option', {
      code: 'KG_QUERY_TIMEOUT',
    });
  }
}

/** Quads matching a pattern in the active graph, merging FROM graphs as a set. */
export function matchIn(ctx: EvalContext, s: Term | null, p: Term | null, o: Term | null, g: GraphRef): Iterable<Quad> {
  if (g !== undefined) return ctx.source.match(s, p, o, g);
  const d = ctx.defaults;
  if (d === null) return ctx.source.match(s, p, o, DEFAULT_GRAPH);
  if (d.length === 1) return ctx.source.match(s, p, o, d[0] as Term);
  return mergedMatch(ctx, d, s, p, o);
}

function* mergedMatch(
  ctx: EvalContext,
  graphs: Term[],
  s: Term | null,
  p: Term | null,
  o: Term | null,
): Iterable<Quad> {
  const seen = new Set<string>();
  for (const g of graphs) {
    for (const q of ctx.source.match(s, p, o, g)) {
      const k = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
      if (seen.has(k)) continue;
      seen.add(k);
      yield factory.quad(q.subject, q.predicate, q.object, DEFAULT_GRAPH);
    }
  }
}

/**
 * Whether the active graph holds a fully bound triple, or undefined when the
 * source has no fast test (or the default graph merges several FROM graphs).
 */
export function hasIn(ctx: EvalContext, s: Term, p: Term, o: Term, g: GraphRef): boolean | undefined {
  const has = ctx.source.has;
  if (!has) return undefined;
  if (g !== undefined) return has.call(ctx.source, s, p, o, g);
  const d = ctx.defaults;
  if (d === null) return has.call(ctx.source, s, p, o, DEFAULT_GRAPH);
  if (d.length === 1) return has.call(ctx.source, s, p, o, d[0] as Term);
  return undefined;
}

/**
 * Exact count of a pattern in the active graph, or undefined when the default
 * graph merges several FROM graphs (counts would double-count shared triples).
 */
export function countInGraph(
  ctx: EvalContext,
  s: Term | null,
  p: Term | null,
  o: Term | null,
  g: GraphRef,
): number | undefined {
  if (g !== undefined) return ctx.source.countQuads(s, p, o, g);
  const d = ctx.defaults;
  if (d === null) return ctx.source.countQuads(s, p, o, DEFAULT_GRAPH);
  if (d.length === 1) return ctx.source.countQuads(s, p, o, d[0] as Term);
  return undefined;
}

/** Cardinality estimate for a pattern over every graph. */
export function countIn(ctx: EvalContext, s: Term | null, p: Term | null, o: Term | null): number {
  return ctx.source.countQuads(s, p, o, null);
}

/** The named graphs of the dataset. */
export function namedGraphs(ctx: EvalContext): Term[] {
  if (ctx.named !== null) return ctx.named;
  if (ctx.source.graphs) return [...ctx.source.graphs()];
  const seen = new Map<string, Term>();
  for (const q of ctx.source.match(null, null, null, null)) {
    if (q.graph.termType !== 'DefaultGraph') seen.set(termKey(q.graph), q.graph);
  }
  return [...seen.values()];
}

/** Every node (subject or object) of the active graph, for zero-length paths. */
export function graphNodes(ctx: EvalContext, g: GraphRef): Iterable<Term> {
  const seen = new Map<string, Term>();
  for (const q of matchIn(ctx, null, null, null, g)) {
    seen.set(termKey(q.subject), q.subject);
    seen.set(termKey(q.object), q.object);
  }
  return seen.values();
}
