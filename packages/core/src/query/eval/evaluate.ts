import type { Quad, Term } from '@rdfjs/types';
import { QueryEvaluationError } from '../../errors.js';
import { ExprError, orderCompare } from '../functions/values.js';
import { seedable, varInfo } from '../optimize/vars.js';
import type { Algebra, PTerm, TriplePattern } from '../parse/algebra.js';
import { type Row, termEquals, termKey } from '../terms.js';
import { checkpoint, type EvalContext, type GraphRef, hasIn, matchIn, namedGraphs } from './context.js';
import { type Compiled, compileExpr, inheritBnodeScope, test, tryEval } from './expr.js';
import { candidateGraphs } from './graph-candidates.js';
import { accumulator } from './group.js';
import { evalPath } from './path.js';

/**
 * Evaluates an operator seeded with `seed`: every solution extends the seed
 * (EXISTS substitution semantics, and index nested-loop joins). Synchronous
 * generators pull lazily, so a LIMIT stops upstream work.
 */
export function evaluate(op: Algebra, seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  switch (op.type) {
    case 'bgp':
      return evalBgp(op.patterns, seed, g, ctx);
    case 'path':
      return evalPathOp(op, seed, g, ctx);
    case 'join':
      return evalJoin(op.inputs, seed, g, ctx);
    case 'leftjoin':
      return evalLeftJoin(op, seed, g, ctx);
    case 'union':
      return evalUnion(op.inputs, seed, g, ctx);
    case 'minus':
      return evalMinus(op, seed, g, ctx);
    case 'filter':
      return evalFilter(op.input, compiled(op.expr, ctx), seed, g, ctx);
    case 'extend':
      return evalExtend(op.input, op.slot, compiled(op.expr, ctx), seed, g, ctx);
    case 'graph':
      return evalGraph(op, seed, g, ctx);
    case 'values':
      return evalValues(op.rows, op.slots, seed);
    case 'propfn':
      return evalPropFn(op, seed, ctx);
    default:
      if (seed !== ctx.empty && seed.some((t) => t !== undefined)) return joinSeed(op, seed, g, ctx);
      return evalModifier(op, g, ctx);
  }
}

function compiled(e: import('../parse/algebra.js').Expr, ctx: EvalContext): Compiled {
  let c = ctx.compiled.get(e) as Compiled | undefined;
  if (!c) {
    c = compileExpr(e, ctx);
    ctx.compiled.set(e, c);
  }
  return c;
}

/** Merges two rows, or null when they disagree on a bound slot. */
export function merge(a: Row, b: Row): Row | null {
  let out: Row | null = null;
  for (let i = 0; i < b.length; i++) {
    const y = b[i];
    if (y === undefined) continue;
    const x = a[i];
    if (x === undefined) {
      if (out === null) out = a.slice();
      out[i] = y;
    } else if (!termEquals(x, y)) return null;
  }
  return out ?? a;
}

function* joinSeed(op: Algebra, seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  for (const r of evaluate(op, ctx.empty, g, ctx)) {
    const m = merge(seed, r);
    if (m) yield m;
  }
}

function resolve(p: PTerm, row: Row): Term | null {
  return p.kind === 'term' ? p.term : (row[p.slot] ?? null);
}

function bindTerm(out: Row, p: PTerm, t: Term): boolean {
  if (p.kind === 'term') return true;
  const cur = out[p.slot];
  if (cur === undefined) {
    out[p.slot] = t;
    return true;
  }
  return termEquals(cur, t);
}

function bindQuad(tp: TriplePattern, row: Row, q: Quad): Row | null {
  const out = row.slice();
  if (!bindTerm(out, tp.s, q.subject) || !bindTerm(out, tp.p, q.predicate) || !bindTerm(out, tp.o, q.object)) {
    return null;
  }
  return out;
}

function* evalBgp(patterns: TriplePattern[], seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  const n = patterns.length;
  if (n === 0) {
    yield seed;
    return;
  }
  const iters: Iterator<Quad>[] = new Array(n);
  const rows: Row[] = new Array(n);
  // Levels whose pattern was fully bound: a membership test, the row passes unchanged.
  const checks: boolean[] = new Array(n).fill(false);
  const open = (i: number, row: Row): Iterator<Quad> => {
    const tp = patterns[i] as TriplePattern;
    const s = resolve(tp.s, row);
    const p = resolve(tp.p, row);
    const o = resolve(tp.o, row);
    if (s !== null && p !== null && o !== null) {
      const found = hasIn(ctx, s, p, o, g);
      if (found !== undefined) {
        checks[i] = true;
        return found ? once() : EMPTY;
      }
    }
    checks[i] = false;
    return matchIn(ctx, s, p, o, g)[Symbol.iterator]();
  };
  rows[0] = seed;
  iters[0] = open(0, seed);
  let i = 0;
  while (i >= 0) {
    const r = (iters[i] as Iterator<Quad>).next();
    if (r.done) {
      i--;
      continue;
    }
    if ((++ctx.ticks & 4095) === 0) checkpoint(ctx);
    const row = checks[i] ? (rows[i] as Row) : bindQuad(patterns[i] as TriplePattern, rows[i] as Row, r.value);
    if (row === null) continue;
    if (i === n - 1) {
      yield row;
    } else {
      i++;
      rows[i] = row;
      iters[i] = open(i, row);
    }
  }
}

const DONE: IteratorResult<Quad> = { done: true, value: undefined };
const EMPTY: Iterator<Quad> = { next: () => DONE };
const PRESENT = { done: false, value: undefined } as unknown as IteratorResult<Quad>;

/** An iterator with one (valueless) step, for a successful membership test. */
function once(): Iterator<Quad> {
  let first = true;
  return {
    next: () => {
      if (!first) return DONE;
      first = false;
      return PRESENT;
    },
  };
}

function* evalPathOp(op: Extract<Algebra, { type: 'path' }>, seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  const s = resolve(op.s, seed);
  const o = resolve(op.o, seed);
  // A variable end bound by the seed ranges over graph nodes only (zero-length paths, §18.4).
  if (zeroLength(op.path)) {
    for (const [p, t] of [
      [op.s, s],
      [op.o, o],
    ] as const) {
      if (p.kind === 'var' && t !== null && !inGraph(ctx, t, g)) return;
    }
  }
  for (const [a, b] of evalPath(ctx, op.path, s, o, g)) {
    const out = seed.slice();
    if (bindTerm(out, op.s, a) && bindTerm(out, op.o, b)) yield out;
  }
}

function zeroLength(p: import('../parse/algebra.js').PathExpr): boolean {
  switch (p.type) {
    case 'star':
    case 'opt':
      return true;
    case 'seq':
      return p.items.every(zeroLength);
    case 'alt':
      return p.items.some(zeroLength);
    case 'inv':
    case 'plus':
      return zeroLength(p.path);
    default:
      return false;
  }
}

function inGraph(ctx: EvalContext, t: Term, g: GraphRef): boolean {
  for (const _ of matchIn(ctx, t, null, null, g)) return true;
  for (const _ of matchIn(ctx, null, null, t, g)) return true;
  return false;
}

function* evalPropFn(op: Extract<Algebra, { type: 'propfn' }>, seed: Row, ctx: EvalContext): Iterable<Row> {
  const fn = ctx.propertyFunctions.get(op.iri);
  if (!fn)
    throw new QueryEvaluationError(`property function <${op.iri}> is not registered`, { code: 'KG_QUERY_PROPFN' });
  const subject = op.subject.map((p) => resolve(p, seed) ?? undefined);
  const object = op.object.map((p) => resolve(p, seed) ?? undefined);
  for (const res of fn({ subject, object })) {
    const out = seed.slice();
    let ok = true;
    const sub = res.subject ?? subject;
    const obj = res.object ?? object;
    op.subject.forEach((p, i) => {
      const t = sub[i];
      if (t !== undefined && !bindTerm(out, p, t)) ok = false;
    });
    op.object.forEach((p, i) => {
      const t = obj[i];
      if (t !== undefined && !bindTerm(out, p, t)) ok = false;
    });
    if (ok) yield out;
  }
}

function* evalJoin(inputs: Algebra[], seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  if (inputs.length === 0) {
    yield seed;
    return;
  }
  yield* joinFrom(inputs, joinPlan(inputs), 0, evaluate(inputs[0] as Algebra, seed, g, ctx), seed, g, ctx);
}

/** Per join input: the slots bound on its left and whether a bind join is correct. Static, so cached. */
interface JoinStep {
  bound: Set<number>;
  bind: boolean;
}
const joinPlans = new WeakMap<Algebra[], JoinStep[]>();

function joinPlan(inputs: Algebra[]): JoinStep[] {
  let steps = joinPlans.get(inputs);
  if (steps) return steps;
  steps = [];
  const acc = new Set<number>();
  for (const input of inputs) {
    steps.push({ bound: new Set(acc), bind: seedable(input, acc) });
    for (const s of varInfo(input).maybe) acc.add(s);
  }
  joinPlans.set(inputs, steps);
  return steps;
}

const seedableCache = new WeakMap<Algebra, boolean>();
/**
 * `seedable(op, bound)`, cached by `owner`: the operator whose own structure
 * fixes `bound` (the OPTIONAL for its right side, the GRAPH for its input).
 * Keyed by `op` instead, a subtree shared by two plans (translations are
 * cached and optimizer passes reuse untouched nodes) would reuse a decision
 * made for another left side.
 */
function seedableOnce(owner: Algebra, op: Algebra, bound: () => Set<number>): boolean {
  let s = seedableCache.get(owner);
  if (s === undefined) {
    s = seedable(op, bound());
    seedableCache.set(owner, s);
  }
  return s;
}

function joinFrom(
  inputs: Algebra[],
  steps: JoinStep[],
  i: number,
  left: Iterable<Row>,
  seed: Row,
  g: GraphRef,
  ctx: EvalContext,
): Iterable<Row> {
  if (i === inputs.length - 1) return left;
  const right = inputs[i + 1] as Algebra;
  const step = steps[i + 1] as JoinStep;
  const next = step.bind ? bindJoin(left, right, g, ctx) : hashJoin(left, right, step.bound, seed, g, ctx);
  return joinFrom(inputs, steps, i + 1, next, seed, g, ctx);
}

function* bindJoin(left: Iterable<Row>, right: Algebra, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  for (const l of left) yield* evaluate(right, l, g, ctx);
}

function* hashJoin(
  left: Iterable<Row>,
  right: Algebra,
  leftVars: Set<number>,
  seed: Row,
  g: GraphRef,
  ctx: EvalContext,
): Iterable<Row> {
  const rv = varInfo(right);
  const keySlots = [...rv.certain].filter((s) => leftVars.has(s));
  const table = new Map<string, Row[]>();
  for (const r of evaluate(right, seed, g, ctx)) {
    const k = keySlots.map((s) => termKey(r[s])).join(' ');
    const list = table.get(k);
    if (list) list.push(r);
    else table.set(k, [r]);
    if ((++ctx.ticks & 4095) === 0) checkpoint(ctx);
  }
  const all = keySlots.length === 0 ? [...table.values()].flat() : undefined;
  for (const l of left) {
    let candidates: Row[] | undefined;
    if (all) candidates = all;
    else if (keySlots.every((s) => l[s] !== undefined))
      candidates = table.get(keySlots.map((s) => termKey(l[s])).join(' '));
    else candidates = [...table.values()].flat();
    if (!candidates) continue;
    for (const r of candidates) {
      const m = merge(l, r);
      if (m) yield m;
    }
  }
}

function* evalLeftJoin(
  op: Extract<Algebra, { type: 'leftjoin' }>,
  seed: Row,
  g: GraphRef,
  ctx: EvalContext,
): Iterable<Row> {
  const expr = op.expr ? compiled(op.expr, ctx) : undefined;
  if (seedableOnce(op, op.right, () => varInfo(op.left).maybe)) {
    for (const l of evaluate(op.left, seed, g, ctx)) {
      let any = false;
      for (const r of evaluate(op.right, l, g, ctx)) {
        if (expr && !test(expr, r, g)) continue;
        any = true;
        yield r;
      }
      if (!any) yield l;
    }
    return;
  }
  const rights = [...evaluate(op.right, seed, g, ctx)];
  const keySlots = [...varInfo(op.right).certain].filter((s) => varInfo(op.left).certain.has(s));
  const table = new Map<string, Row[]>();
  for (const r of rights) {
    const k = keySlots.map((s) => termKey(r[s])).join(' ');
    const list = table.get(k);
    if (list) list.push(r);
    else table.set(k, [r]);
  }
  for (const l of evaluate(op.left, seed, g, ctx)) {
    let any = false;
    const candidates = table.get(keySlots.map((s) => termKey(l[s])).join(' ')) ?? [];
    for (const r of candidates) {
      const m = merge(l, r);
      if (!m) continue;
      if (expr && !test(expr, m, g)) continue;
      any = true;
      yield m;
    }
    if (!any) yield l;
  }
}

function* evalUnion(inputs: Algebra[], seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  for (const i of inputs) yield* evaluate(i, seed, g, ctx);
}

function* evalMinus(op: Extract<Algebra, { type: 'minus' }>, seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  // Rows can only be compatible when they agree on the slots both sides always bind: hash on those.
  const keySlots = [...varInfo(op.right).certain].filter((s) => varInfo(op.left).certain.has(s));
  const table = new Map<string, Row[]>();
  for (const r of evaluate(op.right, seed, g, ctx)) {
    const k = keySlots.map((s) => termKey(r[s])).join(' ');
    const list = table.get(k);
    if (list) list.push(r);
    else table.set(k, [r]);
  }
  for (const l of evaluate(op.left, seed, g, ctx)) {
    let removed = false;
    for (const r of table.get(keySlots.map((s) => termKey(l[s])).join(' ')) ?? []) {
      let shared = false;
      let compatible = true;
      for (let i = 0; i < r.length; i++) {
        const y = r[i];
        const x = l[i];
        if (y === undefined || x === undefined || seed[i] !== undefined) continue;
        shared = true;
        if (!termEquals(x, y)) {
          compatible = false;
          break;
        }
      }
      if (shared && compatible) {
        removed = true;
        break;
      }
    }
    if (!removed) yield l;
  }
}

function* evalFilter(input: Algebra, expr: Compiled, seed: Row, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  for (const r of evaluate(input, seed, g, ctx)) if (test(expr, r, g)) yield r;
}

function* evalExtend(
  input: Algebra,
  slot: number,
  expr: Compiled,
  seed: Row,
  g: GraphRef,
  ctx: EvalContext,
): Iterable<Row> {
  for (const r of evaluate(input, seed, g, ctx)) {
    const v = tryEval(expr, r, g);
    if (v === undefined) {
      yield r;
      continue;
    }
    const cur = r[slot];
    if (cur !== undefined) {
      if (termEquals(cur, v)) yield r;
      continue;
    }
    const out = r.slice();
    out[slot] = v;
    inheritBnodeScope(r, out);
    yield out;
  }
}

function* evalGraph(op: Extract<Algebra, { type: 'graph' }>, seed: Row, _g: GraphRef, ctx: EvalContext): Iterable<Row> {
  ctx.graphList ??= namedGraphs(ctx);
  const graphs = ctx.graphList;
  if (op.name.kind === 'term') {
    const name = op.name.term;
    if (graphs.some((x) => termEquals(x, name))) yield* evaluate(op.input, seed, name, ctx);
    return;
  }
  const slot = op.name.slot;
  const fixed = seed[slot];
  const candidates =
    fixed === undefined ? candidateGraphs(op.input, seed, graphs, ctx) : graphs.filter((x) => termEquals(x, fixed));
  const pre = seedableOnce(op, op.input, () => new Set([slot]));
  for (const gr of candidates) {
    if (pre || fixed !== undefined) {
      const s = seed.slice();
      s[slot] = gr;
      yield* evaluate(op.input, s, gr, ctx);
    } else {
      for (const r of evaluate(op.input, seed, gr, ctx)) {
        const cur = r[slot];
        if (cur !== undefined && !termEquals(cur, gr)) continue;
        const out = r.slice();
        out[slot] = gr;
        yield out;
      }
    }
  }
}

function* evalValues(rows: (Term | undefined)[][], slots: number[], seed: Row): Iterable<Row> {
  for (const vr of rows) {
    const out = seed.slice();
    let ok = true;
    for (let k = 0; k < slots.length; k++) {
      const t = vr[k];
      if (t === undefined) continue;
      const s = slots[k] as number;
      const cur = out[s];
      if (cur === undefined) out[s] = t;
      else if (!termEquals(cur, t)) {
        ok = false;
        break;
      }
    }
    if (ok) yield out;
  }
}

function rowKey(r: Row): string {
  let k = '';
  for (const t of r) k += `${termKey(t)}\u0000`;
  return k;
}

function* evalModifier(op: Algebra, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  switch (op.type) {
    case 'project':
      for (const r of evaluate(op.input, ctx.empty, g, ctx)) {
        const out: Row = new Array(ctx.nslots);
        for (const s of op.slots) out[s] = r[s];
        yield out;
      }
      return;
    case 'distinct':
    case 'reduced': {
      const seen = new Set<string>();
      for (const r of evaluate(op.input, ctx.empty, g, ctx)) {
        const k = rowKey(r);
        if (seen.has(k)) continue;
        seen.add(k);
        yield r;
      }
      return;
    }
    case 'slice': {
      if (op.limit === 0) return;
      let skip = op.offset;
      let left = op.limit < 0 ? Number.POSITIVE_INFINITY : op.limit;
      for (const r of evaluate(op.input, ctx.empty, g, ctx)) {
        if (skip > 0) {
          skip--;
          continue;
        }
        yield r;
        if (--left <= 0) return;
      }
      return;
    }
    case 'orderby': {
      const keys = op.keys.map((k) => ({ c: compiled(k.expr, ctx), d: k.descending ? -1 : 1 }));
      type Keyed = { r: Row; k: (Term | undefined)[] };
      const cmp = (a: Keyed, b: Keyed): number => {
        for (let i = 0; i < keys.length; i++) {
          const c = orderCompare(a.k[i], b.k[i]);
          if (c !== 0) return c * (keys[i] as { d: number }).d;
        }
        return 0;
      };
      const rows: Keyed[] = [];
      const topK = op.topK ?? -1;
      for (const r of evaluate(op.input, ctx.empty, g, ctx)) {
        const x = { r, k: keys.map((k) => tryEval(k.c, r, g)) };
        if (topK < 0) {
          rows.push(x);
          continue;
        }
        // Bounded insertion after equal keys keeps the sort stable.
        if (rows.length >= topK && cmp(x, rows[rows.length - 1] as Keyed) >= 0) continue;
        let lo = 0;
        let hi = rows.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cmp(x, rows[mid] as Keyed) < 0) hi = mid;
          else lo = mid + 1;
        }
        rows.splice(lo, 0, x);
        if (rows.length > topK) rows.pop();
      }
      if (topK < 0) rows.sort(cmp);
      for (const x of rows) yield x.r;
      return;
    }
    case 'group': {
      yield* evalGroup(op, g, ctx);
      return;
    }
    default:
      throw new QueryEvaluationError(`unsupported operator ${op.type}`, { code: 'KG_QUERY_UNSUPPORTED' });
  }
}

function* evalGroup(op: Extract<Algebra, { type: 'group' }>, g: GraphRef, ctx: EvalContext): Iterable<Row> {
  const keys = op.keys.map((k) => ({
    slot: k.slot,
    c: compiled(k.expr, ctx),
    v: k.expr.type === 'var' ? k.expr.slot : -1,
  }));
  const aggs = op.aggregates.map((a) => ({
    slot: a.slot,
    make: accumulator(a.agg, a.agg.expr ? compiled(a.agg.expr, ctx) : undefined),
  }));
  const groups = new Map<string, { key: (Term | undefined)[]; accs: ReturnType<(typeof aggs)[number]['make']>[] }>();
  for (const r of evaluate(op.input, ctx.empty, g, ctx)) {
    const kv = keys.map((k) => (k.v >= 0 ? r[k.v] : tryEval(k.c, r, g)));
    const k = kv.length === 1 ? termKey(kv[0]) : kv.map(termKey).join('\u0000');
    let grp = groups.get(k);
    if (!grp) {
      grp = { key: kv, accs: aggs.map((a) => a.make()) };
      groups.set(k, grp);
    }
    for (const a of grp.accs) a.add(r, g);
    if ((++ctx.ticks & 4095) === 0) checkpoint(ctx);
  }
  if (groups.size === 0 && keys.length === 0) groups.set('', { key: [], accs: aggs.map((a) => a.make()) });
  for (const grp of groups.values()) {
    const out: Row = new Array(ctx.nslots);
    keys.forEach((k, i) => {
      out[k.slot] = grp.key[i];
    });
    aggs.forEach((a, i) => {
      let v: Term | undefined;
      try {
        v = grp.accs[i]?.result();
      } catch (e) {
        if (!(e instanceof ExprError)) throw e;
      }
      out[a.slot] = v;
    });
    yield out;
  }
}
