import type { Algebra, Expr, PathExpr } from '../parse/algebra.js';
import { orderWithBindings } from './bound-order.js';
import { estimate, type JoinFilter, orderJoin, type Stats } from './join-order.js';
import { simplifyOuterJoins } from './outer-join.js';
import { exprSlots, hasExists, varInfo } from './vars.js';

export type { Stats } from './join-order.js';

/** Rebuilds a node with its children mapped by `f` (shallow, pure). */
function mapChildren(a: Algebra, f: (x: Algebra) => Algebra): Algebra {
  switch (a.type) {
    case 'join':
    case 'union':
      return { ...a, inputs: a.inputs.map(f) };
    case 'leftjoin':
    case 'minus':
      return { ...a, left: f(a.left), right: f(a.right) } as Algebra;
    case 'filter':
    case 'extend':
    case 'graph':
    case 'group':
    case 'project':
    case 'distinct':
    case 'reduced':
    case 'orderby':
    case 'slice':
      return { ...a, input: f(a.input) } as Algebra;
    default:
      return a;
  }
}

/** Maps expressions' EXISTS patterns with `f` too. */
function mapExprPatterns(e: Expr, f: (x: Algebra) => Algebra): Expr {
  switch (e.type) {
    case 'exists':
      return { ...e, pattern: f(e.pattern) };
    case 'call':
    case 'fn':
      return { ...e, args: e.args.map((x) => mapExprPatterns(x, f)) };
    default:
      return e;
  }
}

function bottomUp(a: Algebra, f: (x: Algebra) => Algebra): Algebra {
  const rec = (x: Algebra): Algebra => bottomUp(x, f);
  let b = mapChildren(a, rec);
  if (b.type === 'filter') b = { ...b, expr: mapExprPatterns(b.expr, rec) };
  if (b.type === 'extend') b = { ...b, expr: mapExprPatterns(b.expr, rec) };
  if (b.type === 'leftjoin' && b.expr) b = { ...b, expr: mapExprPatterns(b.expr, rec) };
  return f(b);
}

/** Pass: `FILTER(a && b)` → `FILTER(a) FILTER(b)`, so each conjunct can move on its own. */
export function splitConjunctions(a: Algebra): Algebra {
  return bottomUp(a, (x) => {
    if (x.type !== 'filter' || x.expr.type !== 'call' || x.expr.name !== '&&') return x;
    let out: Algebra = x.input;
    for (const arg of x.expr.args) out = { type: 'filter', input: out, expr: arg };
    return out;
  });
}

/**
 * Equality filters are selective: `FILTER(STR(?label) = ?q)` keeps about one
 * row in a thousand of a label scan. Counting that lets the join order start
 * from the filtered lookup instead of filtering a large join at its end.
 * Other filters (ranges, CONTAINS, REGEX) count as keeping every row.
 */
const EQUALITY_SELECTIVITY = 1e-3;

/** Equality conjuncts of a chain of filters, as join filters. */
function equalityFilters(chain: Expr[]): JoinFilter[] {
  return chain
    .filter((e) => e.type === 'call' && (e.name === '=' || e.name === 'sameterm') && !hasExists(e))
    .map((e) => ({ slots: exprSlots(e), selectivity: EQUALITY_SELECTIVITY }));
}

/** Pass: orders the inputs of every join (and BGP) by cardinality estimates. */
export function orderJoins(count: Stats): (a: Algebra) => Algebra {
  return (a) =>
    bottomUp(a, (x) => {
      if (x.type === 'join') return orderJoin(x.inputs, count);
      if (x.type === 'bgp' && x.patterns.length > 1) return orderJoin([x], count);
      if (x.type === 'bgp') return { ...x, estimate: estimate(x, new Set(), count) };
      return x;
    });
}

/**
 * Pass (after filter push-down, which leaves a filter above the join that
 * first binds all its variables): re-orders such a join counting the
 * selectivity of equality filters; push-down then runs again.
 */
export function orderForFilters(count: Stats): (a: Algebra) => Algebra {
  return (a) => bottomUp(a, (x) => (x.type === 'filter' ? reorderUnderFilters(x, count) : x));
}

/** Re-orders the join under a chain of filters when the chain holds an equality filter. */
function reorderUnderFilters(top: Extract<Algebra, { type: 'filter' }>, count: Stats): Algebra {
  const chain: Expr[] = [];
  let inner: Algebra = top;
  while (inner.type === 'filter') {
    chain.push(inner.expr);
    inner = inner.input;
  }
  const filters = equalityFilters(chain);
  if (filters.length === 0 || (inner.type !== 'join' && inner.type !== 'bgp')) return top;
  const reordered = orderJoin(inner.type === 'join' ? inner.inputs : [inner], count, new Set(), filters);
  const rebuild = (x: Algebra): Algebra => (x.type === 'filter' ? { ...x, input: rebuild(x.input) } : reordered);
  return rebuild(top);
}

/**
 * Pass: moves each FILTER down to where its variables are first bound in every
 * solution: just after the shortest prefix of an (already ordered) join or
 * BGP, into the left side of an OPTIONAL, below a BIND it does not read, so
 * rows are dropped before further joins.
 */
export function pushFilters(a: Algebra): Algebra {
  return bottomUp(a, (x) => (x.type === 'filter' ? pushFilter(x.input, x.expr) : x));
}

function pushFilter(inner: Algebra, expr: Expr): Algebra {
  const keep: Algebra = { type: 'filter', input: inner, expr };
  if (hasExists(expr)) return keep;
  const need = exprSlots(expr);
  const covers = (x: Algebra): boolean => {
    const certain = varInfo(x).certain;
    for (const s of need) if (!certain.has(s)) return false;
    return true;
  };
  switch (inner.type) {
    case 'leftjoin':
      return covers(inner.left) ? { ...inner, left: pushFilter(inner.left, expr) } : keep;
    case 'extend':
      return need.has(inner.slot) ? keep : { ...inner, input: pushFilter(inner.input, expr) };
    case 'join':
    case 'bgp': {
      const parts: Algebra[] =
        inner.type === 'join' ? inner.inputs : inner.patterns.map((p) => ({ type: 'bgp', patterns: [p] }) as Algebra);
      if (parts.length < 2) return keep;
      const acc = new Set<number>();
      for (let k = 0; k < parts.length - 1; k++) {
        for (const s of varInfo(parts[k] as Algebra).certain) acc.add(s);
        if ([...need].every((s) => acc.has(s))) {
          const prefix = regroup(parts.slice(0, k + 1));
          return regroup([pushFilter(prefix, expr), ...parts.slice(k + 1)]);
        }
      }
      return keep;
    }
    default:
      return keep;
  }
}

/** Joins parts, merging adjacent single BGPs back together. */
function regroup(parts: Algebra[]): Algebra {
  const out: Algebra[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.type === 'bgp' && last?.type === 'bgp') {
      out[out.length - 1] = {
        type: 'bgp',
        patterns: [...last.patterns, ...p.patterns],
        ...(p.estimate === undefined ? {} : { estimate: p.estimate }),
      };
    } else out.push(p);
  }
  return out.length === 1 ? (out[0] as Algebra) : { type: 'join', inputs: out };
}

/**
 * Pass: `LIMIT n OFFSET m` over `ORDER BY` (possibly through a projection)
 * keeps only the best n+m rows while sorting (a bounded top-k, not a full sort).
 */
export function limitSorts(a: Algebra): Algebra {
  return bottomUp(a, (x) => {
    if (x.type !== 'slice' || x.limit < 0) return x;
    const k = x.offset + x.limit;
    const inner = x.input;
    if (inner.type === 'orderby') return { ...x, input: { ...inner, topK: k } };
    if (inner.type === 'project' && inner.input.type === 'orderby') {
      return { ...x, input: { ...inner, input: { ...inner.input, topK: k } } };
    }
    return x;
  });
}

/**
 * The optimizer: pure Algebra → Algebra passes, in order. `count` estimates
 * cardinalities from the store's indexes.
 *
 * @example
 * ```ts
 * const optimized = optimize(plan.algebra, { count: (s, p, o) => store.countQuads(s, p, o, null) });
 * ```
 */
export function optimize(a: Algebra, count: Stats): Algebra {
  const simplified = simplifyOuterJoins(splitConjunctions(a));
  const ordered = pushFilters(orderWithBindings(count)(orderJoins(count)(simplified)));
  return limitSorts(pushFilters(orderForFilters(count)(ordered)));
}

export type { PathExpr };
