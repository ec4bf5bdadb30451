import type { Algebra, Expr } from '../parse/algebra.js';
import { varInfo } from './vars.js';

/** Builtins that raise an error when an argument is an error (an unbound variable is one, §17.2). */
const STRICT = new Set([
  '=',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '!',
  'str',
  'lang',
  'datatype',
  'strlen',
  'ucase',
  'lcase',
  'contains',
  'strstarts',
  'strends',
  'strbefore',
  'strafter',
  'substr',
  'replace',
  'regex',
  'langmatches',
  'sameterm',
  'encode_for_uri',
  'isiri',
  'isuri',
  'isblank',
  'isliteral',
  'isnumeric',
  'abs',
  'round',
  'ceil',
  'floor',
  'year',
  'month',
  'day',
  'hours',
  'minutes',
  'seconds',
  'timezone',
  'tz',
]);

/** True when `e` evaluates to an error whenever `slot` is unbound. */
function errorsWithout(e: Expr, slot: number): boolean {
  if (e.type === 'var') return e.slot === slot;
  if (e.type !== 'call') return false;
  // `x IN (…)` errors on an unbound x; an unbound list member is skipped when another matches.
  if (e.name === 'in' || e.name === 'notin') return e.args[0] !== undefined && errorsWithout(e.args[0], slot);
  return STRICT.has(e.name) && e.args.some((a) => errorsWithout(a, slot));
}

/** True when FILTER(e) drops every row in which `slot` is unbound (the expression is then false or an error). */
export function rejectsUnbound(e: Expr, slot: number): boolean {
  if (e.type === 'call' && e.name === '&&') return e.args.some((a) => rejectsUnbound(a, slot));
  if (e.type === 'call' && e.name === '||') return e.args.every((a) => rejectsUnbound(a, slot));
  return errorsWithout(e, slot);
}

/**
 * Pass: an OPTIONAL whose variable a FILTER above it rejects when unbound is
 * an inner join (outer-join simplification): the rows the OPTIONAL would add
 * without a match are dropped by the filter anyway. `FILTER(STR(?name) = ?q)`
 * over `OPTIONAL { ?speaker schema:name ?name }` then joins on the name
 * first, instead of producing every row and filtering at the end. The filter
 * stays; a LeftJoin condition becomes a filter over the join.
 *
 * Applies when the variable is bound in every solution of the OPTIONAL's right
 * side and in none of its left side (otherwise an unbound value says nothing
 * about the match). It looks through FILTER, BIND (of other variables) and
 * the left spine of OPTIONAL chains, the shape `{ … OPTIONAL {…} … FILTER }`
 * groups take.
 */
export function simplifyOuterJoins(a: Algebra): Algebra {
  return walk(a, new Set());
}

function walk(a: Algebra, rejected: Set<number>): Algebra {
  switch (a.type) {
    case 'filter': {
      const more = new Set(rejected);
      for (const s of varInfo(a.input).maybe) if (rejectsUnbound(a.expr, s)) more.add(s);
      return { ...a, input: walk(a.input, more) };
    }
    case 'extend': {
      const rest = new Set(rejected);
      rest.delete(a.slot);
      return { ...a, input: walk(a.input, rest) };
    }
    case 'join':
      // A variable another input may bind can be unbound here and still pass the filter.
      return {
        ...a,
        inputs: a.inputs.map((x, i) =>
          walk(
            x,
            without(
              rejected,
              a.inputs.filter((_, j) => j !== i),
            ),
          ),
        ),
      };
    case 'leftjoin': {
      const left = varInfo(a.left).maybe;
      const right = varInfo(a.right).certain;
      const inner = [...rejected].some((s) => right.has(s) && !left.has(s));
      const l = walk(a.left, without(rejected, [a.right]));
      if (!inner) return { ...a, left: l, right: descend(a.right) };
      const r = walk(a.right, without(rejected, [a.left]));
      const inputs = [...(l.type === 'join' ? l.inputs : [l]), ...(r.type === 'join' ? r.inputs : [r])];
      const join: Algebra = { type: 'join', inputs };
      return a.expr ? { type: 'filter', input: join, expr: a.expr } : join;
    }
    default:
      return descend(a);
  }
}

/** `rejected` minus the variables any of `others` may bind. */
function without(rejected: Set<number>, others: Algebra[]): Set<number> {
  if (rejected.size === 0) return rejected;
  const out = new Set(rejected);
  for (const o of others) for (const s of varInfo(o).maybe) out.delete(s);
  return out;
}

/** Continues below an operator that keeps no knowledge of rejected variables. */
function descend(a: Algebra): Algebra {
  switch (a.type) {
    case 'join':
    case 'union':
      return { ...a, inputs: a.inputs.map((x) => walk(x, new Set())) };
    case 'leftjoin':
    case 'minus':
      return { ...a, left: walk(a.left, new Set()), right: walk(a.right, new Set()) } as Algebra;
    case 'filter':
    case 'extend':
      return walk(a, new Set());
    case 'graph':
    case 'group':
    case 'project':
    case 'distinct':
    case 'reduced':
    case 'orderby':
    case 'slice':
      return { ...a, input: walk(a.input, new Set()) } as Algebra;
    default:
      return a;
  }
}
