import type * as RDF from '@rdfjs/types';
import { QueryEvaluationError } from '../errors.js';
import { type EvalContext, matchIn } from './eval/context.js';
import { evaluate } from './eval/evaluate.js';
import type { ExtensionFunction, PropertyFunction } from './functions/registry.js';
import type { PTerm, QueryPlan } from './parse/algebra.js';
import type { QuadSource } from './source.js';
import { blankNode, factory, literal, type Row, termKey, XSD_DATETIME } from './terms.js';

/** Runtime options of one execution. */
export interface RunOptions {
  source: QuadSource;
  baseIRI?: string | undefined;
  functions: Map<string, ExtensionFunction>;
  propertyFunctions: Map<string, PropertyFunction>;
  signal?: AbortSignal | undefined;
  /** Milliseconds; 0 = none. */
  timeout?: number | undefined;
  /** Maximum number of results; more raise `KG_QUERY_RESULT_LIMIT`. */
  resultLimit?: number | undefined;
  now?: Date | undefined;
}

/** Builds the evaluation context for a plan. */
export function makeContext(plan: QueryPlan, opts: RunOptions): EvalContext {
  const ctx: EvalContext = {
    source: opts.source,
    defaults: plan.dataset ? plan.dataset.defaults : null,
    named: plan.dataset ? plan.dataset.named : null,
    nslots: plan.vars.length,
    baseIRI: opts.baseIRI,
    now: literal((opts.now ?? new Date()).toISOString(), XSD_DATETIME),
    functions: opts.functions,
    propertyFunctions: opts.propertyFunctions,
    signal: opts.signal,
    deadline: opts.timeout && opts.timeout > 0 ? Date.now() + opts.timeout : 0,
    ticks: 0,
    evaluate: (op, seed, g) => evaluate(op, seed, g, ctx),
    empty: new Array(plan.vars.length),
    compiled: new WeakMap(),
  };
  return ctx;
}

function* limited<T>(it: Iterable<T>, limit: number | undefined): Iterable<T> {
  if (limit === undefined || limit < 0) {
    yield* it;
    return;
  }
  let n = 0;
  for (const x of it) {
    if (++n > limit) {
      throw new QueryEvaluationError(`query returned more than ${limit} results; add a LIMIT or raise resultLimit`, {
        code: 'KG_QUERY_RESULT_LIMIT',
      });
    }
    yield x;
  }
}

/** Solution rows of a plan (all forms). */
export function runRows(plan: QueryPlan, opts: RunOptions): Iterable<Row> {
  const ctx = makeContext(plan, opts);
  if (opts.signal?.aborted) {
    throw new QueryEvaluationError('query aborted by its AbortSignal', { code: 'KG_QUERY_ABORTED' });
  }
  return evaluate(plan.algebra, ctx.empty, undefined, ctx);
}

/** SELECT results as name → term maps. */
export function* runSelect(plan: QueryPlan, opts: RunOptions): Iterable<Map<string, RDF.Term>> {
  const names = plan.projection.map((s) => [s, plan.vars[s] as string] as const);
  for (const row of limited(runRows(plan, opts), opts.resultLimit)) {
    const m = new Map<string, RDF.Term>();
    for (const [s, name] of names) {
      const t = row[s];
      if (t !== undefined) m.set(name, t);
    }
    yield m;
  }
}

/** ASK result. */
export function runAsk(plan: QueryPlan, opts: RunOptions): boolean {
  const it = runRows(plan, opts)[Symbol.iterator]();
  const found = !it.next().done;
  it.return?.();
  return found;
}

function instantiate(p: PTerm, row: Row): RDF.Term | undefined {
  return p.kind === 'term' ? p.term : row[p.slot];
}

function validTriple(s: RDF.Term, p: RDF.Term, o: RDF.Term): boolean {
  return (
    (s.termType === 'NamedNode' || s.termType === 'BlankNode') &&
    p.termType === 'NamedNode' &&
    o.termType !== 'Variable'
  );
}

/** CONSTRUCT and DESCRIBE results, de-duplicated (a graph is a set). */
export function* runGraph(plan: QueryPlan, opts: RunOptions): Iterable<RDF.Quad> {
  const seen = new Set<string>();
  const emit = function* (s: RDF.Term, p: RDF.Term, o: RDF.Term): Iterable<RDF.Quad> {
    const k = `${termKey(s)} ${termKey(p)} ${termKey(o)}`;
    if (seen.has(k)) return;
    seen.add(k);
    yield factory.quad(s as RDF.Quad_Subject, p as RDF.Quad_Predicate, o as RDF.Quad_Object);
  };
  const rows = runRows(plan, opts);
  if (plan.form === 'CONSTRUCT') {
    const tpl = plan.template ?? [];
    const bnodes = plan.templateBnodes ?? [];
    for (const row of rows) {
      const r = row.slice();
      for (const b of bnodes) r[b] = blankNode();
      for (const t of tpl) {
        const s = instantiate(t.s, r);
        const p = instantiate(t.p, r);
        const o = instantiate(t.o, r);
        if (s && p && o && validTriple(s, p, o)) yield* limited(emit(s, p, o), opts.resultLimit);
      }
    }
    return;
  }
  // DESCRIBE: the concise bounded description of each resource (§16.4).
  const ctx = makeContext(plan, opts);
  const targets = new Map<string, RDF.Term>();
  const describe = plan.describe ?? [];
  if (describe.every((d) => d.kind === 'term')) {
    for (const d of describe) if (d.kind === 'term') targets.set(termKey(d.term), d.term);
  } else {
    for (const row of rows) {
      for (const d of describe) {
        const t = instantiate(d, row);
        if (t) targets.set(termKey(t), t);
      }
    }
  }
  const done = new Set<string>();
  const queue = [...targets.values()];
  while (queue.length > 0) {
    const t = queue.shift() as RDF.Term;
    const k = termKey(t);
    if (done.has(k) || t.termType === 'Literal') continue;
    done.add(k);
    for (const q of matchIn(ctx, t, null, null, undefined)) {
      yield* emit(q.subject, q.predicate, q.object);
      if (q.object.termType === 'BlankNode') queue.push(q.object);
    }
  }
}
