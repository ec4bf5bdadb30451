import type { Term } from '@rdfjs/types';
import type { Algebra, PathExpr, PTerm, TriplePattern } from '../parse/algebra.js';
import { varInfo } from './vars.js';

/** Cardinality statistics from the source's indexes (counts over every graph). */
export interface Stats {
  /** Quads matching constants (null = free). */
  count(s: Term | null, p: Term | null, o: Term | null): number;
  /** Distinct subjects or objects of a predicate; absent when the source has no such statistic. */
  distinct?(position: 's' | 'o', p: Term): number;
}

const UNKNOWN = 1e6;
/** Joins with at most this many inputs are ordered by dynamic programming; larger ones greedily. */
const EXHAUSTIVE_MAX = 10;

function constant(p: PTerm): Term | null {
  return p.kind === 'term' ? p.term : null;
}

function boundBy(p: PTerm, bound: Set<number>): boolean {
  return p.kind === 'var' && bound.has(p.slot);
}

/**
 * Expected solutions per input row of a triple pattern once `bound` slots are
 * known: the index count for its constants, divided by the predicate's
 * distinct subjects (objects) when a previous input binds the subject
 * (object). Without statistics a bound subject is taken as a key.
 */
export function estimatePattern(tp: TriplePattern, bound: Set<number>, stats: Stats): number {
  const sConst = constant(tp.s);
  const pConst = constant(tp.p);
  const oConst = constant(tp.o);
  let n = stats.count(sConst, pConst, oConst);
  if (n === 0) return 0;
  const sb = boundBy(tp.s, bound);
  const ob = boundBy(tp.o, bound);
  if (sb) {
    const d = pConst && stats.distinct ? stats.distinct('s', pConst) : Math.max(1, n / 2);
    n /= Math.max(1, d);
  }
  if (ob) {
    const d = pConst && stats.distinct ? stats.distinct('o', pConst) : Math.max(1, n / 10);
    n /= Math.max(1, d);
  }
  if (boundBy(tp.p, bound)) n /= 50;
  return n;
}

/** Estimated solutions of an operator (per input row when slots are bound). */
export function estimate(a: Algebra, bound: Set<number>, stats: Stats): number {
  switch (a.type) {
    case 'bgp': {
      const acc = new Set(bound);
      let total = 1;
      for (const tp of a.patterns) {
        total *= estimatePattern(tp, acc, stats);
        for (const p of [tp.s, tp.p, tp.o]) if (p.kind === 'var') acc.add(p.slot);
      }
      return total;
    }
    case 'path': {
      const sb = a.s.kind === 'term' || bound.has(a.s.slot);
      const ob = a.o.kind === 'term' || bound.has(a.o.slot);
      if (sb && ob) return 1;
      if (sb || ob) return 10;
      // Both ends free: `*` and `?` also match every node of the graph with itself.
      if (a.path.type === 'star' || a.path.type === 'opt') return Math.max(UNKNOWN, stats.count(null, null, null));
      const first = firstIri(a.path);
      return first ? Math.max(1, stats.count(null, first, null)) * 2 : UNKNOWN;
    }
    case 'values':
      return a.rows.length;
    case 'propfn':
      return 50;
    case 'union':
      return a.inputs.reduce((s, i) => s + estimate(i, bound, stats), 0);
    case 'join': {
      const acc = new Set(bound);
      let total = 1;
      for (const i of a.inputs) {
        total *= estimate(i, acc, stats);
        for (const s of varInfo(i).maybe) acc.add(s);
      }
      return total;
    }
    case 'filter':
      return estimate(a.input, bound, stats) / 2;
    case 'leftjoin':
    case 'minus':
      return estimate(a.left, bound, stats);
    case 'extend':
    case 'distinct':
    case 'reduced':
    case 'orderby':
    case 'graph':
      return estimate(a.input, bound, stats);
    case 'slice':
      return a.limit >= 0 ? Math.min(a.limit, estimate(a.input, bound, stats)) : estimate(a.input, bound, stats);
    case 'project':
    case 'group':
      return estimate(a.input, new Set(), stats);
  }
}

function firstIri(p: PathExpr): Term | undefined {
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

/** A FILTER over a join: once all its slots are bound, it keeps `selectivity` of the rows. */
export interface JoinFilter {
  slots: Set<number>;
  selectivity: number;
}

/** The selectivity of the filters that adding `it` after `bound` completes. */
function filterFactor(it: Item, bound: Set<number>, filters: readonly JoinFilter[]): number {
  let f = 1;
  for (const flt of filters) {
    let completes = false;
    let all = true;
    for (const s of flt.slots) {
      if (bound.has(s)) continue;
      if (it.slots.has(s)) completes = true;
      else all = false;
    }
    if (all && completes) f *= flt.selectivity;
  }
  return f;
}

interface Item {
  op: Algebra;
  pattern?: TriplePattern;
  slots: Set<number>;
}

function makeItem(op: Algebra, pattern?: TriplePattern): Item {
  if (pattern) {
    const slots = new Set<number>();
    for (const p of [pattern.s, pattern.p, pattern.o]) if (p.kind === 'var') slots.add(p.slot);
    return { op, pattern, slots };
  }
  return { op, slots: varInfo(op).maybe };
}

/** Per-row output of an item given bound slots (cached by the caller). */
function fanout(it: Item, bound: Set<number>, stats: Stats): number {
  return it.pattern ? estimatePattern(it.pattern, bound, stats) : estimate(it.op, bound, stats);
}

/**
 * Cost of a join order: the sum of intermediate result sizes plus one index
 * probe per input row, with cross products penalised.
 */
function orderCost(
  order: Item[],
  bound: Set<number>,
  stats: Stats,
  memo: Map<string, number>,
  filters: readonly JoinFilter[] = [],
): { cost: number; ests: number[] } {
  const acc = new Set(bound);
  let card = 1;
  let cost = 0;
  const ests: number[] = [];
  for (const it of order) {
    const connected = acc.size === 0 || [...it.slots].some((s) => acc.has(s)) || it.slots.size === 0;
    const f = cachedFanout(it, acc, stats, memo) * filterFactor(it, acc, filters);
    cost += card;
    card *= f;
    if (!connected) cost += card * 10;
    cost += card;
    ests.push(card);
    for (const s of it.slots) acc.add(s);
  }
  return { cost, ests };
}

const itemIds = new WeakMap<Item, number>();
let nextItemId = 0;
function itemId(it: Item): number {
  let id = itemIds.get(it);
  if (id === undefined) {
    id = nextItemId++;
    itemIds.set(it, id);
  }
  return id;
}

/**
 * Dynamic programming over subsets (Selinger-style, left-deep): the best order
 * of every subset, extended one input at a time. Exact for the cost model
 * when an input's fan-out depends only on which inputs precede it.
 */
function dpOrder(
  items: Item[],
  bound: Set<number>,
  stats: Stats,
  memo: Map<string, number>,
  filters: readonly JoinFilter[],
): Item[] {
  const n = items.length;
  const full = (1 << n) - 1;
  const best: ({ cost: number; card: number; order: Item[]; slots: Set<number> } | undefined)[] = new Array(full + 1);
  best[0] = { cost: 0, card: 1, order: [], slots: new Set(bound) };
  for (let set = 0; set < full; set++) {
    const cur = best[set];
    if (!cur) continue;
    for (let i = 0; i < n; i++) {
      if (set & (1 << i)) continue;
      const it = items[i] as Item;
      const connected = cur.slots.size === 0 || it.slots.size === 0 || [...it.slots].some((s) => cur.slots.has(s));
      const f = cachedFanout(it, cur.slots, stats, memo) * filterFactor(it, cur.slots, filters);
      const card = cur.card * f;
      const cost = cur.cost + cur.card + card + (connected ? 0 : card * 10);
      const next = set | (1 << i);
      const prev = best[next];
      if (!prev || cost < prev.cost) {
        const slots = new Set(cur.slots);
        for (const s of it.slots) slots.add(s);
        best[next] = { cost, card, order: [...cur.order, it], slots };
      }
    }
  }
  return best[full]?.order ?? items;
}

function cachedFanout(it: Item, bound: Set<number>, stats: Stats, memo: Map<string, number>): number {
  const key = `${itemId(it)}|${[...it.slots].filter((s) => bound.has(s)).join(',')}`;
  let f = memo.get(key);
  if (f === undefined) {
    f = fanout(it, bound, stats);
    memo.set(key, f);
  }
  return f;
}

function greedy(
  items: Item[],
  bound: Set<number>,
  stats: Stats,
  memo: Map<string, number>,
  filters: readonly JoinFilter[],
): Item[] {
  const left = [...items];
  const order: Item[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let k = 0; k < left.length; k++) {
      const c = orderCost([...order, left[k] as Item], bound, stats, memo, filters).cost;
      if (c < bestCost) {
        best = k;
        bestCost = c;
      }
    }
    order.push(...left.splice(best, 1));
  }
  return order;
}

/**
 * Orders the inputs of a join (triple patterns of BGPs, paths, VALUES,
 * subqueries) to minimise the estimated sum of intermediate results:
 * by dynamic programming over subsets for small joins, greedily otherwise. Joins are commutative in
 * SPARQL, so every order is correct; adjacent triple patterns are merged back
 * into BGPs evaluated as index nested-loop joins.
 */
export function orderJoin(
  inputs: Algebra[],
  stats: Stats,
  bound: Set<number> = new Set(),
  filters: readonly JoinFilter[] = [],
): Algebra {
  const items: Item[] = [];
  for (const i of inputs) {
    if (i.type === 'bgp') for (const p of i.patterns) items.push(makeItem({ type: 'bgp', patterns: [p] }, p));
    else items.push(makeItem(i));
  }
  const memo = new Map<string, number>();
  let order: Item[];
  if (items.length <= EXHAUSTIVE_MAX) {
    order = dpOrder(items, bound, stats, memo, filters);
  } else {
    order = greedy(items, bound, stats, memo, filters);
  }
  const { ests } = orderCost(order, bound, stats, memo, filters);
  const out: Algebra[] = [];
  order.forEach((item, k) => {
    const est = ests[k] as number;
    const last = out[out.length - 1];
    if (item.pattern && last?.type === 'bgp') {
      last.patterns.push(item.pattern);
      last.estimate = est;
    } else if (item.pattern) {
      out.push({ type: 'bgp', patterns: [item.pattern], estimate: est });
    } else {
      out.push({ ...item.op, estimate: est } as Algebra);
    }
  });
  if (out.length === 1) return out[0] as Algebra;
  return { type: 'join', inputs: out, estimate: ests[ests.length - 1] as number };
}
