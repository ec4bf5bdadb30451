import type { Algebra, Expr } from '../parse/algebra.js';
import { orderJoin, type Stats } from './join-order.js';
import { seedable, varInfo } from './vars.js';

/**
 * Pass: re-orders joins and BGPs that evaluation seeds with a row, knowing
 * which slots that row binds. `orderJoins` orders every join bottom-up as if
 * nothing were bound, but the right side of an OPTIONAL, a later input of a
 * bind join and an EXISTS pattern run once per left row with the left's
 * variables bound: the best first pattern there is one on a bound variable.
 * Ordered blind, `OPTIONAL { ?s kg:span ?span . ?span oa:hasSelector ?sel .
 * ?sel oa:start ?start }` may start from `?sel oa:start ?start` and scan every
 * selector for every statement.
 *
 * `bound` is the set of slots every seed row binds (the evaluator's seeding
 * rules: eval/evaluate.ts `joinPlan`, `evalLeftJoin`, EXISTS in eval/expr.ts).
 * Joins are commutative, so any order is correct; this only changes cost.
 */
export function orderWithBindings(stats: Stats): (a: Algebra) => Algebra {
  const visit = (a: Algebra, bound: Set<number>): Algebra => {
    switch (a.type) {
      case 'bgp':
        if (a.patterns.length < 2 || !a.patterns.some((tp) => mentions(tp, bound))) return a;
        return orderJoin([a], stats, bound);
      case 'join': {
        // Same seeding as evalJoin: an input is bind-joined (seeded with the rows so far) when seedable.
        const maybe = new Set<number>();
        const certain = new Set(bound);
        const inputs = a.inputs.map((x) => {
          const y = visit(x, seedable(x, maybe) ? new Set(certain) : bound);
          for (const s of varInfo(x).maybe) maybe.add(s);
          for (const s of varInfo(x).certain) certain.add(s);
          return y;
        });
        return { ...a, inputs };
      }
      case 'leftjoin': {
        const left = visit(a.left, bound);
        const bind = seedable(a.right, varInfo(a.left).maybe);
        const right = visit(a.right, bind ? union(bound, varInfo(a.left).certain) : bound);
        const expr = a.expr ? visitExpr(a.expr, union(bound, varInfo(a.left).certain), visit) : undefined;
        return { ...a, left, right, ...(expr ? { expr } : {}) };
      }
      case 'minus':
        return { ...a, left: visit(a.left, bound), right: visit(a.right, bound) };
      case 'union':
        return { ...a, inputs: a.inputs.map((x) => visit(x, bound)) };
      case 'filter':
      case 'extend': {
        const input = visit(a.input, bound);
        return { ...a, input, expr: visitExpr(a.expr, union(bound, varInfo(a.input).certain), visit) } as Algebra;
      }
      case 'graph':
        return { ...a, input: visit(a.input, bound) };
      case 'group':
      case 'project':
      case 'distinct':
      case 'reduced':
      case 'orderby':
      case 'slice':
        // Solution modifiers (subqueries) are evaluated unseeded and joined afterwards.
        return { ...a, input: visit(a.input, new Set()) } as Algebra;
      default:
        return a;
    }
  };
  return (a) => visit(a, new Set());
}

/** EXISTS patterns run seeded with the row being filtered. */
function visitExpr(e: Expr, bound: Set<number>, visit: (a: Algebra, bound: Set<number>) => Algebra): Expr {
  switch (e.type) {
    case 'exists':
      return { ...e, pattern: visit(e.pattern, bound) };
    case 'call':
    case 'fn':
      return { ...e, args: e.args.map((x) => visitExpr(x, bound, visit)) };
    default:
      return e;
  }
}

function mentions(tp: { s: { kind: string; slot?: number }; o: { kind: string; slot?: number } }, bound: Set<number>) {
  return (
    (tp.s.kind === 'var' && bound.has(tp.s.slot as number)) || (tp.o.kind === 'var' && bound.has(tp.o.slot as number))
  );
}

function union(a: Set<number>, b: Set<number>): Set<number> {
  const out = new Set(a);
  for (const s of b) out.add(s);
  return out;
}
