import type { Term } from '@rdfjs/types';
import type { PathExpr } from '../parse/algebra.js';
import { termKey } from '../terms.js';
import { checkpoint, type EvalContext, type GraphRef, graphNodes, matchIn } from './context.js';

/** A path solution: start and end node. */
export type Pair = [Term, Term];

/**
 * Evaluates a property path between `s` and `o` (either may be null = free),
 * SPARQL 1.1 §18.4: sequences and alternatives keep duplicates, `*`, `+`, `?`
 * are set-valued, zero-length paths include every graph node (or the given
 * constant even when absent from the graph).
 */
export function* evalPath(
  ctx: EvalContext,
  path: PathExpr,
  s: Term | null,
  o: Term | null,
  g: GraphRef,
): Iterable<Pair> {
  switch (path.type) {
    case 'link':
      for (const q of matchIn(ctx, s, path.iri, o, g)) yield [q.subject, q.object];
      return;
    case 'inv':
      for (const [a, b] of evalPath(ctx, path.path, o, s, g)) yield [b, a];
      return;
    case 'alt':
      for (const p of path.items) yield* evalPath(ctx, p, s, o, g);
      return;
    case 'seq':
      yield* seq(ctx, path.items, 0, s, o, g);
      return;
    case 'nps':
      yield* nps(ctx, path.fwd, path.inv, s, o, g);
      return;
    case 'opt':
    case 'star':
    case 'plus':
      yield* closure(ctx, path.path, path.type, s, o, g);
      return;
  }
}

function* seq(
  ctx: EvalContext,
  items: PathExpr[],
  i: number,
  s: Term | null,
  o: Term | null,
  g: GraphRef,
): Iterable<Pair> {
  const first = items[i] as PathExpr;
  if (i === items.length - 1) {
    yield* evalPath(ctx, first, s, o, g);
    return;
  }
  if (s === null && o !== null) {
    // Evaluate from the bound end.
    const rest = { type: 'seq', items: items.slice(i + 1) } as PathExpr;
    for (const [m, end] of evalPath(ctx, rest, null, o, g)) {
      for (const [start] of evalPath(ctx, first, null, m, g)) yield [start, end];
    }
    return;
  }
  for (const [start, m] of evalPath(ctx, first, s, null, g)) {
    for (const [, end] of seq(ctx, items, i + 1, m, o, g)) yield [start, end];
  }
}

function* nps(ctx: EvalContext, fwd: Term[], inv: Term[], s: Term | null, o: Term | null, g: GraphRef): Iterable<Pair> {
  const fk = new Set(fwd.map(termKey));
  const ik = new Set(inv.map(termKey));
  if (fwd.length > 0 || inv.length === 0) {
    for (const q of matchIn(ctx, s, null, o, g)) if (!fk.has(termKey(q.predicate))) yield [q.subject, q.object];
  }
  if (inv.length > 0) {
    for (const q of matchIn(ctx, o, null, s, g)) if (!ik.has(termKey(q.predicate))) yield [q.object, q.subject];
  }
}

/** Nodes reachable from `start` by one or more steps of `p` (or zero-or-one). */
function reach(
  ctx: EvalContext,
  p: PathExpr,
  start: Term,
  kind: 'opt' | 'star' | 'plus',
  g: GraphRef,
): Map<string, Term> {
  const out = new Map<string, Term>();
  if (kind !== 'plus') out.set(termKey(start), start);
  if (kind === 'opt') {
    for (const [, b] of evalPath(ctx, p, start, null, g)) out.set(termKey(b), b);
    return out;
  }
  const visited = new Set<string>();
  const stack: Term[] = [start];
  while (stack.length > 0) {
    const n = stack.pop() as Term;
    for (const [, b] of evalPath(ctx, p, n, null, g)) {
      const k = termKey(b);
      if (!out.has(k)) out.set(k, b);
      if (!visited.has(k)) {
        visited.add(k);
        stack.push(b);
      }
    }
    if ((++ctx.ticks & 4095) === 0) checkpoint(ctx);
  }
  return out;
}

const inverses = new WeakMap<PathExpr, PathExpr>();
function invert(p: PathExpr): PathExpr {
  let inv = inverses.get(p);
  if (!inv) {
    inv = { type: 'inv', path: p };
    inverses.set(p, inv);
  }
  return inv;
}

/**
 * `reach` memoised per execution: a `*`/`+` path joined against many rows
 * (every statement's place up to its province) walks each start node once.
 */
function reachMemo(
  ctx: EvalContext,
  p: PathExpr,
  start: Term,
  kind: 'opt' | 'star' | 'plus',
  g: GraphRef,
): Map<string, Term> {
  ctx.pathMemo ??= new WeakMap();
  let byStart = ctx.pathMemo.get(p);
  if (!byStart) {
    byStart = new Map();
    ctx.pathMemo.set(p, byStart);
  }
  const key = `${kind}|${g === undefined ? '' : termKey(g)}|${termKey(start)}`;
  let out = byStart.get(key);
  if (!out) {
    out = reach(ctx, p, start, kind, g);
    if (byStart.size > 50_000) byStart.clear();
    byStart.set(key, out);
  }
  return out;
}

function* closure(
  ctx: EvalContext,
  p: PathExpr,
  kind: 'opt' | 'star' | 'plus',
  s: Term | null,
  o: Term | null,
  g: GraphRef,
): Iterable<Pair> {
  if (s !== null) {
    const ends = reachMemo(ctx, p, s, kind, g);
    if (o !== null) {
      if (ends.has(termKey(o))) yield [s, o];
      return;
    }
    for (const e of ends.values()) yield [s, e];
    return;
  }
  if (o !== null) {
    for (const st of reachMemo(ctx, invert(p), o, kind, g).values()) yield [st, o];
    return;
  }
  // Both ends free: start from every node (zero-length) or every path start.
  const starts = new Map<string, Term>();
  if (kind === 'plus') {
    for (const [a] of evalPath(ctx, p, null, null, g)) starts.set(termKey(a), a);
  } else {
    for (const n of graphNodes(ctx, g)) starts.set(termKey(n), n);
  }
  for (const st of starts.values()) {
    for (const e of reach(ctx, p, st, kind, g).values()) yield [st, e];
  }
}
