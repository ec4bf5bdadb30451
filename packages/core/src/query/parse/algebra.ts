import type { Term } from '@rdfjs/types';

/** A position in a pattern: a variable slot or a fixed term. */
export type PTerm = { kind: 'var'; slot: number } | { kind: 'term'; term: Term };

export interface TriplePattern {
  s: PTerm;
  p: PTerm;
  o: PTerm;
}

/** Property path expressions (SPARQL 1.1 §9). */
export type PathExpr =
  | { type: 'link'; iri: Term }
  | { type: 'inv'; path: PathExpr }
  | { type: 'seq'; items: PathExpr[] }
  | { type: 'alt'; items: PathExpr[] }
  | { type: 'star'; path: PathExpr }
  | { type: 'plus'; path: PathExpr }
  | { type: 'opt'; path: PathExpr }
  | { type: 'nps'; fwd: Term[]; inv: Term[] };

/** Expressions, compiled to closures by eval/. */
export type Expr =
  | { type: 'term'; term: Term }
  | { type: 'var'; slot: number }
  | { type: 'call'; name: string; args: Expr[] }
  | { type: 'fn'; iri: string; args: Expr[] }
  | { type: 'exists'; negated: boolean; pattern: Algebra };

export type AggregateName = 'count' | 'sum' | 'min' | 'max' | 'avg' | 'sample' | 'group_concat';

export interface Aggregate {
  name: AggregateName;
  distinct: boolean;
  /** Absent for COUNT(*). */
  expr?: Expr;
  separator: string;
}

/**
 * The query algebra (SPARQL 1.1 §18) over variable slots. Every node may carry
 * `estimate`, the optimizer's cardinality estimate, shown by `explain`.
 */
export type Algebra = (
  | { type: 'bgp'; patterns: TriplePattern[] }
  | { type: 'path'; s: PTerm; path: PathExpr; o: PTerm }
  | { type: 'propfn'; iri: string; subject: PTerm[]; object: PTerm[] }
  | { type: 'join'; inputs: Algebra[] }
  | { type: 'leftjoin'; left: Algebra; right: Algebra; expr?: Expr }
  | { type: 'union'; inputs: Algebra[] }
  | { type: 'minus'; left: Algebra; right: Algebra }
  | { type: 'filter'; input: Algebra; expr: Expr }
  | { type: 'extend'; input: Algebra; slot: number; expr: Expr }
  | { type: 'graph'; name: PTerm; input: Algebra }
  | { type: 'values'; slots: number[]; rows: (Term | undefined)[][] }
  | {
      type: 'group';
      input: Algebra;
      keys: { slot: number; expr: Expr }[];
      aggregates: { slot: number; agg: Aggregate }[];
    }
  | { type: 'project'; input: Algebra; slots: number[] }
  | { type: 'distinct'; input: Algebra }
  | { type: 'reduced'; input: Algebra }
  | { type: 'orderby'; input: Algebra; keys: { expr: Expr; descending: boolean }[]; topK?: number }
  | { type: 'slice'; input: Algebra; offset: number; limit: number }
) & { estimate?: number };

/** A parsed, translated query. */
export interface QueryPlan {
  form: 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';
  algebra: Algebra;
  /** Variable names by slot (hidden variables start with a space). */
  vars: string[];
  /** Projected slots for SELECT (in order). */
  projection: number[];
  /** CONSTRUCT template (variables and template blank nodes as slots). */
  template?: { s: PTerm; p: PTerm; o: PTerm }[];
  /** Slots of template blank nodes, fresh per solution. */
  templateBnodes?: number[];
  /** DESCRIBE targets. */
  describe?: PTerm[];
  /** FROM / FROM NAMED, if given. */
  dataset?: { defaults: Term[]; named: Term[] };
}

/** True for hidden (non-projectable) variable names. */
export function isHidden(name: string): boolean {
  return name.startsWith(' ');
}
