import type { BlankNode, Term } from '@rdfjs/types';
import { BUILTINS, castFunction, freshBlankNode, toIri } from '../functions/builtins.js';
import { compileRegex } from '../functions/strings.js';
import {
  bool,
  ExprError,
  ebv,
  isSimpleString,
  isStringLiteral,
  termValueEquals,
  typeError,
} from '../functions/values.js';
import type { Expr, PTerm, TriplePattern } from '../parse/algebra.js';
import { blankNode, type Row, termEquals } from '../terms.js';
import { countInGraph, type EvalContext, type GraphRef, hasIn, matchIn } from './context.js';

/** A compiled expression: returns a term or throws an {@link ExprError}. */
export type Compiled = (row: Row, g: GraphRef) => Term;

const bnodeScopes = new WeakMap<Row, Map<string, BlankNode>>();

/**
 * BIND/select expressions copy rows; BNODE(str) must return the same blank
 * node for the same string within one solution (§17.4.2.9), so the scope
 * follows the row through copies.
 */
export function inheritBnodeScope(from: Row, to: Row): void {
  const s = bnodeScopes.get(from);
  if (s) bnodeScopes.set(to, s);
}

function resolve(p: PTerm, row: Row): Term | null {
  return p.kind === 'term' ? p.term : (row[p.slot] ?? null);
}

/** EXISTS over one triple pattern: a membership test or the first consistent match. */
function matchesOne(ctx: EvalContext, tp: TriplePattern, row: Row, g: GraphRef): boolean {
  const s = resolve(tp.s, row);
  const p = resolve(tp.p, row);
  const o = resolve(tp.o, row);
  if (s !== null && p !== null && o !== null) {
    const found = hasIn(ctx, s, p, o, g);
    if (found !== undefined) return found;
  }
  // Repeated free variables (`?x ?p ?x`) must bind the same term.
  const sv = s === null && tp.s.kind === 'var' ? tp.s.slot : -1;
  const pv = p === null && tp.p.kind === 'var' ? tp.p.slot : -1;
  const ov = o === null && tp.o.kind === 'var' ? tp.o.slot : -1;
  const repeated = (sv >= 0 && (sv === ov || sv === pv)) || (pv >= 0 && pv === ov);
  if (!repeated && (s !== null || o !== null)) {
    // A bound subject or object keeps the index count small, and counting allocates no quads.
    const n = countInGraph(ctx, s, p, o, g);
    if (n !== undefined) return n > 0;
  }
  for (const q of matchIn(ctx, s, p, o, g)) {
    if (sv >= 0 && sv === ov && !termEquals(q.subject, q.object)) continue;
    if (sv >= 0 && sv === pv && !termEquals(q.subject, q.predicate)) continue;
    if (pv >= 0 && pv === ov && !termEquals(q.predicate, q.object)) continue;
    return true;
  }
  return false;
}

/** Evaluates to a boolean for FILTER: errors count as false (§17.2). */
export function test(c: Compiled, row: Row, g: GraphRef): boolean {
  try {
    return ebv(c(row, g));
  } catch (e) {
    if (e instanceof ExprError) return false;
    throw e;
  }
}

/** Evaluates for BIND/projection: errors give `undefined` (unbound). */
export function tryEval(c: Compiled, row: Row, g: GraphRef): Term | undefined {
  try {
    return c(row, g);
  } catch (e) {
    if (e instanceof ExprError) return undefined;
    throw e;
  }
}

/** Compiles an expression to a closure over rows. */
export function compileExpr(e: Expr, ctx: EvalContext): Compiled {
  switch (e.type) {
    case 'term': {
      const t = e.term;
      return () => t;
    }
    case 'var': {
      const s = e.slot;
      return (row) => row[s] ?? typeError();
    }
    case 'exists': {
      const { pattern, negated } = e;
      const single = pattern.type === 'bgp' && pattern.patterns.length === 1 ? pattern.patterns[0] : undefined;
      if (single) return (row, g) => bool(matchesOne(ctx, single, row, g) !== negated);
      return (row, g) => {
        const it = ctx.evaluate(pattern, row, g)[Symbol.iterator]();
        const found = !it.next().done;
        it.return?.();
        return bool(found !== negated);
      };
    }
    case 'fn': {
      const args = e.args.map((a) => compileExpr(a, ctx));
      const cast = castFunction(e.iri);
      const custom = ctx.functions.get(e.iri);
      const iri = e.iri;
      return (row, g) => {
        const vals = args.map((a) => a(row, g));
        if (cast) {
          if (vals.length !== 1) typeError();
          return cast(vals);
        }
        if (!custom) throw new ExprError(`unknown function <${iri}>`);
        let out: Term | undefined;
        try {
          out = custom(vals);
        } catch (err) {
          if (err instanceof ExprError) throw err;
          throw new ExprError(String(err));
        }
        return out ?? typeError();
      };
    }
    case 'call':
      return compileCall(e.name, e.args, ctx);
  }
}

function compileCall(name: string, rawArgs: Expr[], ctx: EvalContext): Compiled {
  const args = rawArgs.map((a) => compileExpr(a, ctx));
  const [a0, a1, a2] = args;
  switch (name) {
    case 'bound': {
      const first = rawArgs[0];
      if (first?.type !== 'var') return () => typeError();
      const s = first.slot;
      return (row) => bool(row[s] !== undefined);
    }
    case '&&':
      return (row, g) => {
        let err = false;
        for (const a of args) {
          try {
            if (!ebv(a(row, g))) return bool(false);
          } catch (e) {
            if (!(e instanceof ExprError)) throw e;
            err = true;
          }
        }
        return err ? typeError() : bool(true);
      };
    case '||':
      return (row, g) => {
        let err = false;
        for (const a of args) {
          try {
            if (ebv(a(row, g))) return bool(true);
          } catch (e) {
            if (!(e instanceof ExprError)) throw e;
            err = true;
          }
        }
        return err ? typeError() : bool(false);
      };
    case '!':
      return (row, g) => bool(!ebv((a0 as Compiled)(row, g)));
    case 'if':
      return (row, g) => (ebv((a0 as Compiled)(row, g)) ? (a1 as Compiled)(row, g) : (a2 as Compiled)(row, g));
    case 'coalesce':
      return (row, g) => {
        for (const a of args) {
          try {
            return a(row, g);
          } catch (e) {
            if (!(e instanceof ExprError)) throw e;
          }
        }
        return typeError();
      };
    case 'in':
    case 'notin': {
      const negate = name === 'notin';
      const list = args.slice(1);
      return (row, g) => {
        const x = (a0 as Compiled)(row, g);
        let err = false;
        for (const c of list) {
          try {
            if (termValueEquals(x, c(row, g))) return bool(!negate);
          } catch (e) {
            if (!(e instanceof ExprError)) throw e;
            err = true;
          }
        }
        return err ? typeError() : bool(negate);
      };
    }
    case 'regex': {
      // A constant pattern and flags compile once, not per row.
      const [, p, f] = rawArgs;
      if (
        p?.type === 'term' &&
        isSimpleString(p.term) &&
        (f === undefined || (f.type === 'term' && isSimpleString(f.term)))
      ) {
        let re: RegExp | undefined;
        try {
          re = compileRegex(p.term.value, f?.type === 'term' ? f.term.value : '');
        } catch {
          re = undefined;
        }
        const compiledRe = re;
        return (row, g) => {
          const s = (a0 as Compiled)(row, g);
          if (!compiledRe || !isStringLiteral(s)) typeError();
          return bool(compiledRe.test(s.value));
        };
      }
      break;
    }
    case 'bnode':
      if (!a0) return () => freshBlankNode();
      return (row, g) => {
        const v = a0(row, g);
        if (!isSimpleString(v)) typeError();
        let scope = bnodeScopes.get(row);
        if (!scope) {
          scope = new Map();
          bnodeScopes.set(row, scope);
        }
        let b = scope.get(v.value);
        if (!b) {
          b = blankNode();
          scope.set(v.value, b);
        }
        return b;
      };
    case 'iri':
    case 'uri':
      return (row, g) => toIri((a0 as Compiled)(row, g), ctx.baseIRI);
    case 'now':
      return () => ctx.now;
    default:
      break;
  }
  const f = BUILTINS[name];
  if (!f) {
    const err = new ExprError(`unknown builtin ${name}`);
    return () => {
      throw err;
    };
  }
  if (args.length === 1) return (row, g) => f([(a0 as Compiled)(row, g)]);
  if (args.length === 2) return (row, g) => f([(a0 as Compiled)(row, g), (a1 as Compiled)(row, g)]);
  return (row, g) => f(args.map((a) => a(row, g)));
}
