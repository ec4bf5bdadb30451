import type { Term } from '@rdfjs/types';
import type { Algebra, PTerm, TriplePattern } from '../parse/algebra.js';
import { varInfo } from './vars.js';

/** Counts quads matching constants (null = free), over every graph. */
export type Counter = (s: Term | null, p: Term | null, o: Term | null) => number;

const UNKNOWN = 1e6;

function constant(p: PTerm): Term | null {
  return p.kind === 'term' ? p.term : null;
}

function isBound(p: PTerm, bound: Set<number>): boolean {
  return p.kind === 'term' || bound.has(p.slot);
}

/**
 * Estimated solutions of one triple pattern once `bound` slots are known:
 * the index count for its constants, scaled down for each position a
 * previous pattern binds (subject ≈ key, object ≈ selective).
 */
export function estimatePattern(tp: TriplePattern, bound: Set<number>, count: Counter): number {
  let n = count(constant(tp.s), constant(tp.p), constant(tp.o));
  if (n === 0) return 0;
  if (tp.s.kind === 'var' && bound.has(tp.s.slot)) n = Math.max(1, n / 10_000) * 2;
  if (tp.o.kind === 'var' && bound.has(tp.o.slot)) n = Math.max(1, n / 1_000);
  if (tp.p.kind === 'var' && bound.has(tp.p.slot)) n = Math.max(1, n / 100);
  return n;
}

/** Estimated solutions of an operator given bound slots. */
export function estimate(a: Algebra, bound: Set<number>, count: Counter): number {
  switch (a.type) {
    case 'bgp': {
      if (a.patterns.length === 0) return 1;
      const acc = new Set(bound);
      let total = 1;
      for (const tp of a.patterns) {
        total *= Math.max(estimatePattern(tp, acc, count), tp === a.patterns[0] ? 0 : 1);
        for (const p of [tp.s, tp.p, tp.o]) if (p.kind === 'var') acc.add(p.slot);
      }
      return total;
    }
    case 'path': {
      const sb = isBound(a.s, bound);
      const ob = isBound(a.o, bound);
      if (sb && ob) return 1;
      if (sb || ob) return 10;
      const first = firstIri(a.path);
      return first ? Math.max(1, count(null, first, null)) * 2 : UNKNOWN;
    }
    case 'values':
      return a.rows.length;
    case 'propfn':
      return 50;
    case 'union':
      return a.inputs.reduce((s, i) => s + estimate(i, bound, count), 0);
    case 'join': {
      const acc = new Set(bound);
      let total = 1;
      for (const i of a.inputs) {
        total *= Math.max(1, estimate(i, acc, count));
        for (const s of varInfo(i).maybe) acc.add(s);
      }
      return total;
    }
    case 'filter':
      return estimate(a.input, bound, count) / 2;
    case 'leftjoin':
    case 'minus':
      return estimate(a.left, bound, count);
    case 'extend':
    case 'distinct':
    case 'reduced':
    case 'orderby':
    case 'graph':
      return estimate(a.input, bound, count);
    case 'slice':
      return a.limit >= 0 ? Math.min(a.limit, estimate(a.input, bound, count)) : estimate(a.input, bound, count);
    case 'project':
    case 'group':
      return estimate(a.input, new Set(), count);
  }
}

function firstIri(p: import('../parse/algebra.js').PathExpr): Term | undefined {
  switch (p.type) {
    case 'link':
      return p.iri;
    case 'inv':
    case 'star':
    case 'plus':
    case 'opt':
      return firstIri(p.path);
    case 'seq':
    case 'alt':
      return p.items[0] ? firstIri(p.items[0]) : undefined;
    default:
      return undefined;
  }
}

type Item = { op: Algebra; pattern?: TriplePattern };

function slotsOf(item: Item): Set<number> {
  if (item.pattern) {
    const s = new Set<number>();
    for (const p of [item.pattern.s, item.pattern.p, item.pattern.o]) if (p.kind === 'var') s.add(p.slot);
    return s;
  }
  return varInfo(item.op).maybe;
}

/**
 * Greedy join ordering: repeatedly picks the cheapest input connected to the
 * slots bound so far (a cross product only when nothing is connected), and
 * merges adjacent triple patterns back into BGPs. Joins are commutative in
 * SPARQL, so any order is correct; this one keeps index nested-loop joins
 * selective.
 */
export function orderJoin(inputs: Algebra[], count: Counter, bound: Set<number> = new Set()): Algebra {
  const items: Item[] = [];
  for (const i of inputs) {
    if (i.type === 'bgp') for (const p of i.patterns) items.push({ op: { type: 'bgp', patterns: [p] }, pattern: p });
    else items.push({ op: i });
  }
  const acc = new Set(bound);
  const ordered: { item: Item; est: number }[] = [];
  const left = [...items];
  while (left.length > 0) {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    let bestConnected = false;
    for (let k = 0; k < left.length; k++) {
      const it = left[k] as Item;
      const slots = slotsOf(it);
      const connected = acc.size === 0 || [...slots].some((s) => acc.has(s));
      const cost = it.pattern ? estimatePattern(it.pattern, acc, count) : estimate(it.op, acc, count);
      if ((connected && !bestConnected) || (connected === bestConnected && cost < bestCost)) {
        best = k;
        bestCost = cost;
        bestConnected = connected;
      }
    }
    const [it] = left.splice(best, 1) as [Item];
    ordered.push({ item: it, est: bestCost });
    for (const s of slotsOf(it)) acc.add(s);
  }
  const out: Algebra[] = [];
  for (const { item, est } of ordered) {
    const last = out[out.length - 1];
    if (item.pattern && last?.type === 'bgp') {
      last.patterns.push(item.pattern);
      last.estimate = est;
    } else if (item.pattern) {
      out.push({ type: 'bgp', patterns: [item.pattern], estimate: est });
    } else {
      item.op.estimate = est;
      out.push(item.op);
    }
  }
  if (out.length === 1) return out[0] as Algebra;
  return { type: 'join', inputs: out };
}
