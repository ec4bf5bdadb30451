import type { Term } from '@rdfjs/types';
import type { Algebra, PTerm, TriplePattern } from '../parse/algebra.js';
import { type Row, termKey } from '../terms.js';
import type { EvalContext } from './context.js';

const required = new WeakMap<Algebra, TriplePattern[]>();

/**
 * Triple patterns that every solution of `op` matches in the active graph:
 * those of its BGPs outside OPTIONAL right sides, UNION, MINUS right sides,
 * nested GRAPH and subqueries. Static, so cached per node.
 */
export function requiredPatterns(op: Algebra): TriplePattern[] {
  let list = required.get(op);
  if (list) return list;
  switch (op.type) {
    case 'bgp':
      list = op.patterns;
      break;
    case 'join':
      list = op.inputs.flatMap(requiredPatterns);
      break;
    case 'leftjoin':
    case 'minus':
      list = requiredPatterns(op.left);
      break;
    case 'filter':
    case 'extend':
      list = requiredPatterns(op.input);
      break;
    default:
      list = [];
  }
  required.set(op, list);
  return list;
}

const resolve = (p: PTerm, row: Row): Term | null => (p.kind === 'term' ? p.term : (row[p.slot] ?? null));

/**
 * The named graphs `GRAPH ?g { input }` needs to visit for a seed: when the
 * source can say which graphs hold a term (`QuadSource.graphsOf`) and a
 * required pattern of the input has a bound term, only the dataset's graphs
 * holding a match of that pattern; otherwise all of them.
 * Without this a bind join into `GRAPH ?h { ?doc … }` evaluates the input
 * once per named graph for every left row.
 */
export function candidateGraphs(input: Algebra, seed: Row, graphs: Term[], ctx: EvalContext): Term[] {
  const graphsOf = ctx.source.graphsOf;
  if (!graphsOf || graphs.length <= 1) return graphs;
  // A bound subject or object names few graphs; a predicate alone only rules out graphs without it.
  let anchor: [Term | null, Term | null, Term | null] | undefined;
  for (const tp of requiredPatterns(input)) {
    const s = resolve(tp.s, seed);
    const p = resolve(tp.p, seed);
    const o = resolve(tp.o, seed);
    if (s !== null || o !== null) {
      anchor = [s, p, o];
      break;
    }
    if (p !== null) anchor ??= [null, p, null];
  }
  if (!anchor) return graphs;
  ctx.graphKeys ??= new Set(graphs.map(termKey));
  const out: Term[] = [];
  for (const g of graphsOf.call(ctx.source, ...anchor)) if (ctx.graphKeys.has(termKey(g))) out.push(g);
  return out;
}
