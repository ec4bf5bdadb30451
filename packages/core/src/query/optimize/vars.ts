import type { Algebra, Expr, PTerm } from '../parse/algebra.js';

/** Slots an operator may bind (`maybe`) and slots it binds in every solution (`certain`). */
export interface VarInfo {
  maybe: Set<number>;
  certain: Set<number>;
}

const cache = new WeakMap<Algebra, VarInfo>();

function ptermSlots(ps: PTerm[], out: Set<number>): void {
  for (const p of ps) if (p.kind === 'var') out.add(p.slot);
}

/** Variable information of an operator (cached per node). */
export function varInfo(a: Algebra): VarInfo {
  let v = cache.get(a);
  if (v) return v;
  v = compute(a);
  cache.set(a, v);
  return v;
}

function union(sets: Set<number>[]): Set<number> {
  const out = new Set<number>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

function intersect(sets: Set<number>[]): Set<number> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = sets;
  return new Set([...(first as Set<number>)].filter((x) => rest.every((s) => s.has(x))));
}

function compute(a: Algebra): VarInfo {
  switch (a.type) {
    case 'bgp': {
      const s = new Set<number>();
      for (const p of a.patterns) ptermSlots([p.s, p.p, p.o], s);
      return { maybe: s, certain: s };
    }
    case 'path': {
      const s = new Set<number>();
      ptermSlots([a.s, a.o], s);
      return { maybe: s, certain: s };
    }
    case 'propfn': {
      const s = new Set<number>();
      ptermSlots([...a.subject, ...a.object], s);
      return { maybe: s, certain: s };
    }
    case 'join': {
      const infos = a.inputs.map(varInfo);
      return { maybe: union(infos.map((i) => i.maybe)), certain: union(infos.map((i) => i.certain)) };
    }
    case 'union': {
      const infos = a.inputs.map(varInfo);
      return { maybe: union(infos.map((i) => i.maybe)), certain: intersect(infos.map((i) => i.certain)) };
    }
    case 'leftjoin': {
      const l = varInfo(a.left);
      const r = varInfo(a.right);
      return { maybe: union([l.maybe, r.maybe]), certain: l.certain };
    }
    case 'minus':
    case 'filter':
    case 'distinct':
    case 'reduced':
    case 'orderby':
    case 'slice':
      return varInfo(a.type === 'minus' ? a.left : a.input);
    case 'extend': {
      const i = varInfo(a.input);
      return { maybe: union([i.maybe, new Set([a.slot])]), certain: i.certain };
    }
    case 'graph': {
      const i = varInfo(a.input);
      const n = new Set<number>();
      ptermSlots([a.name], n);
      return { maybe: union([i.maybe, n]), certain: union([i.certain, n]) };
    }
    case 'values': {
      const certain = new Set(a.slots.filter((_, k) => a.rows.every((r) => r[k] !== undefined)));
      return { maybe: new Set(a.slots), certain };
    }
    case 'group': {
      const s = new Set([...a.keys.map((k) => k.slot), ...a.aggregates.map((g) => g.slot)]);
      return { maybe: s, certain: new Set() };
    }
    case 'project': {
      const i = varInfo(a.input);
      return {
        maybe: new Set(a.slots.filter((s) => i.maybe.has(s))),
        certain: new Set(a.slots.filter((s) => i.certain.has(s))),
      };
    }
  }
}

/** Slots an expression mentions (EXISTS patterns count all their variables). */
export function exprSlots(e: Expr, out: Set<number> = new Set()): Set<number> {
  switch (e.type) {
    case 'var':
      out.add(e.slot);
      break;
    case 'call':
    case 'fn':
      for (const x of e.args) exprSlots(x, out);
      break;
    case 'exists':
      for (const s of varInfo(e.pattern).maybe) out.add(s);
      break;
    default:
      break;
  }
  return out;
}

/** True when the expression contains EXISTS (which must see the full row). */
export function hasExists(e: Expr): boolean {
  if (e.type === 'exists') return true;
  if (e.type === 'call' || e.type === 'fn') return e.args.some(hasExists);
  return false;
}

/**
 * True when evaluating `a` seeded with a row binding (some of) `bound` gives
 * the same solutions as joining the row with `a`'s own solutions, so an index
 * nested-loop (bind) join is correct.
 */
export function seedable(a: Algebra, bound: Set<number>): boolean {
  switch (a.type) {
    case 'bgp':
    case 'path':
    case 'values':
    case 'propfn':
      return true;
    case 'join': {
      const acc = new Set(bound);
      for (const i of a.inputs) {
        if (!seedable(i, acc)) return false;
        for (const s of varInfo(i).maybe) acc.add(s);
      }
      return true;
    }
    case 'union':
      return a.inputs.every((i) => seedable(i, bound));
    case 'graph':
      return seedable(a.input, bound);
    case 'filter': {
      if (!seedable(a.input, bound) || hasExists(a.expr)) return false;
      const certain = varInfo(a.input).certain;
      for (const s of exprSlots(a.expr)) if (bound.has(s) && !certain.has(s)) return false;
      return true;
    }
    case 'extend': {
      if (bound.has(a.slot) || !seedable(a.input, bound) || hasExists(a.expr)) return false;
      const certain = varInfo(a.input).certain;
      for (const s of exprSlots(a.expr)) if (bound.has(s) && !certain.has(s)) return false;
      return true;
    }
    case 'leftjoin': {
      if (!seedable(a.left, bound)) return false;
      const l = varInfo(a.left);
      const r = varInfo(a.right);
      for (const s of r.maybe) if (bound.has(s) && !l.certain.has(s)) return false;
      if (a.expr) {
        if (hasExists(a.expr)) return false;
        for (const s of exprSlots(a.expr)) if (bound.has(s) && !l.certain.has(s) && !r.certain.has(s)) return false;
      }
      return seedable(a.right, new Set([...bound, ...l.maybe]));
    }
    default:
      return false;
  }
}
