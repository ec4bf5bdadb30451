import type { Term } from '@rdfjs/types';
import type * as Sp from 'sparqljs';
import { ParseError } from '../../errors.js';
import { RDF, toTerm } from '../terms.js';
import type { Aggregate, AggregateName, Algebra, Expr, PathExpr, PTerm, QueryPlan, TriplePattern } from './algebra.js';

/** Options for {@link toAlgebra}. */
export interface ToAlgebraOptions {
  /** IRIs of registered property functions (triples with these predicates become `propfn`). */
  propertyFunctions?: ReadonlySet<string>;
}

type Node = Record<string, unknown>;
const RDF_FIRST = `${RDF}first`;
const RDF_REST = `${RDF}rest`;
const RDF_NIL = `${RDF}nil`;

class Scope {
  readonly vars: string[] = [];
  private readonly slots = new Map<string, number>();
  private hidden = 0;
  slot(name: string): number {
    let s = this.slots.get(name);
    if (s === undefined) {
      s = this.vars.length;
      this.vars.push(name);
      this.slots.set(name, s);
    }
    return s;
  }
  fresh(prefix: string): number {
    return this.slot(` ${prefix}${this.hidden++}`);
  }
}

function semanticError(message: string): ParseError {
  return new ParseError(`SPARQL query error: ${message}`, { line: 1, column: 1, offset: 0 });
}

const UNIT: Algebra = { type: 'values', slots: [], rows: [[]] };

function join(a: Algebra, b: Algebra): Algebra {
  if (isUnit(a)) return b;
  if (isUnit(b)) return a;
  const inputs = [...(a.type === 'join' ? a.inputs : [a]), ...(b.type === 'join' ? b.inputs : [b])];
  return { type: 'join', inputs };
}

function isUnit(a: Algebra): boolean {
  return a.type === 'values' && a.slots.length === 0 && a.rows.length === 1;
}

/**
 * Translates a sparqljs query into our algebra (SPARQL 1.1 §18.2), allocating
 * one slot per variable. Aggregates become hidden slots filled by `group`.
 *
 * @example
 * ```ts
 * const plan = toAlgebra(parseSparql('SELECT ?s { ?s ?p ?o } LIMIT 1'));
 * ```
 */
export function toAlgebra(query: Sp.Query, options: ToAlgebraOptions = {}): QueryPlan {
  const t = new Translator(options.propertyFunctions ?? new Set());
  return t.query(query);
}

class Translator {
  readonly scope = new Scope();
  constructor(private readonly propfns: ReadonlySet<string>) {}

  query(q: Sp.Query): QueryPlan {
    const { algebra, projection } = this.selectLike(q as unknown as Node, true);
    const plan: QueryPlan = { form: q.queryType, algebra, vars: this.scope.vars, projection };
    const from = (q as unknown as Node).from as { default: Term[]; named: Term[] } | undefined;
    if (from && (from.default.length > 0 || from.named.length > 0)) {
      plan.dataset = { defaults: from.default.map(toTerm), named: from.named.map(toTerm) };
    }
    if (q.queryType === 'CONSTRUCT') {
      const bnodes = new Map<string, number>();
      const tpl = (t: Term): PTerm => {
        if (t.termType === 'BlankNode') {
          let s = bnodes.get(t.value);
          if (s === undefined) {
            s = this.scope.fresh('tb');
            bnodes.set(t.value, s);
          }
          return { kind: 'var', slot: s };
        }
        return this.pterm(t);
      };
      plan.template = ((q as Sp.ConstructQuery).template ?? []).map((tr) => ({
        s: tpl(tr.subject as Term),
        p: tpl(tr.predicate as Term),
        o: tpl(tr.object as Term),
      }));
      plan.templateBnodes = [...bnodes.values()];
    }
    if (q.queryType === 'DESCRIBE') {
      const vars = (q as Sp.DescribeQuery).variables as unknown as Node[];
      plan.describe =
        vars.length === 1 && vars[0]?.termType === 'Wildcard'
          ? projection.map((slot) => ({ kind: 'var', slot }))
          : vars.map((v) => this.pterm(v as unknown as Term));
    }
    return plan;
  }

  /** Translates WHERE + solution modifiers; returns the algebra and its projected slots. */
  selectLike(q: Node, top: boolean): { algebra: Algebra; projection: number[] } {
    const where = (q.where as Node[] | undefined) ?? [];
    let a = this.group(where);
    const rawVars = (q.variables as Node[] | undefined) ?? [];
    const wildcard = rawVars.length === 1 && rawVars[0]?.termType === 'Wildcard';
    // DESCRIBE lists resources, not projections.
    const variables = q.queryType === 'DESCRIBE' && !wildcard ? [] : rawVars;
    const aggs: { slot: number; agg: Aggregate }[] = [];
    const aggSlot = (e: Node): Expr => {
      const agg: Aggregate = {
        name: e.aggregation as AggregateName,
        distinct: e.distinct === true,
        separator: typeof e.separator === 'string' ? e.separator : ' ',
      };
      const inner = e.expression as Node;
      if (!(inner.termType === 'Wildcard')) agg.expr = this.expr(inner);
      const slot = this.scope.fresh('agg');
      aggs.push({ slot, agg });
      return { type: 'var', slot };
    };
    const groups = (q.group as Node[] | undefined) ?? [];
    const keys: { slot: number; expr: Expr }[] = [];
    const groupedSlots = new Set<number>();
    for (const g of groups) {
      const e = g.expression as Node;
      const asVar = g.variable as Term | undefined;
      if (asVar) {
        const slot = this.scope.slot(asVar.value);
        keys.push({ slot, expr: this.expr(e) });
        groupedSlots.add(slot);
      } else if (e.termType === 'Variable') {
        const slot = this.scope.slot(e.value as string);
        keys.push({ slot, expr: { type: 'var', slot } });
        groupedSlots.add(slot);
      } else {
        keys.push({ slot: this.scope.fresh('gk'), expr: this.expr(e) });
      }
    }
    const selectExprs: { slot: number; expr: Expr }[] = [];
    const projection: number[] = [];
    const hasAgg = (e: unknown): boolean => {
      if (e === null || typeof e !== 'object') return false;
      const n = e as Node;
      if (n.type === 'aggregate') return true;
      if (n.type === 'operation' && (n.operator === 'exists' || n.operator === 'notexists')) return false;
      if (Array.isArray(e)) return e.some(hasAgg);
      return Array.isArray(n.args) && n.args.some(hasAgg);
    };
    const having = (q.having as Node[] | undefined) ?? [];
    const order = (q.order as Node[] | undefined) ?? [];
    const grouped =
      groups.length > 0 ||
      having.length > 0 ||
      variables.some((v) => v.expression !== undefined && hasAgg(v.expression)) ||
      order.some((o) => hasAgg(o.expression));
    const exprWithAggs = (e: Node): Expr => this.expr(e, grouped ? aggSlot : undefined);
    if (!wildcard) {
      for (const v of variables) {
        if (v.termType === 'Variable') {
          projection.push(this.scope.slot(v.value as string));
        } else {
          const slot = this.scope.slot((v.variable as Term).value);
          selectExprs.push({ slot, expr: exprWithAggs(v.expression as Node) });
          projection.push(slot);
        }
      }
    }
    const havingExprs = having.map(exprWithAggs);
    const orderKeys = order.map((o) => ({
      expr: exprWithAggs(o.expression as Node),
      descending: o.descending === true,
    }));
    if (grouped) {
      a = { type: 'group', input: a, keys, aggregates: aggs };
      for (const h of havingExprs) a = { type: 'filter', input: a, expr: h };
    }
    if (q.values) a = join(a, this.values(q.values as Node[]));
    for (const s of selectExprs) a = { type: 'extend', input: a, slot: s.slot, expr: s.expr };
    if (wildcard) {
      for (const s of inScope(a)) if (!this.scope.vars[s]?.startsWith(' ')) projection.push(s);
    }
    if (orderKeys.length > 0) a = { type: 'orderby', input: a, keys: orderKeys };
    if (q.queryType === 'SELECT' || !top) a = { type: 'project', input: a, slots: projection };
    if (q.distinct) a = { type: 'distinct', input: a };
    else if (q.reduced) a = { type: 'reduced', input: a };
    const offset = typeof q.offset === 'number' ? q.offset : 0;
    const limit = typeof q.limit === 'number' ? q.limit : -1;
    if (offset > 0 || limit >= 0) a = { type: 'slice', input: a, offset, limit };
    return { algebra: a, projection };
  }

  group(patterns: Node[]): Algebra {
    const { g, filters } = this.groupParts(patterns);
    const expr = conjunction(filters);
    return expr ? { type: 'filter', input: g, expr } : g;
  }

  groupParts(patterns: Node[]): { g: Algebra; filters: Expr[] } {
    let g: Algebra = UNIT;
    const filters: Expr[] = [];
    for (const p of patterns) {
      switch (p.type) {
        case 'bgp':
          g = join(g, this.bgp(p.triples as Node[]));
          break;
        case 'optional': {
          // Only the OPTIONAL group's own FILTERs see the left side (§18.2.2.6).
          const r = this.groupParts(p.patterns as Node[]);
          const expr = conjunction(r.filters);
          g = expr ? { type: 'leftjoin', left: g, right: r.g, expr } : { type: 'leftjoin', left: g, right: r.g };
          break;
        }
        case 'minus':
          g = { type: 'minus', left: g, right: this.group(p.patterns as Node[]) };
          break;
        case 'union': {
          const inputs = (p.patterns as Node[]).map((b) => this.pattern(b));
          g = join(g, { type: 'union', inputs });
          break;
        }
        case 'filter':
          filters.push(this.expr(p.expression as Node));
          break;
        case 'bind': {
          const slot = this.scope.slot((p.variable as Term).value);
          if (inScope(g).includes(slot)) {
            throw semanticError(`BIND assigns ?${(p.variable as Term).value}, which is already in scope`);
          }
          g = { type: 'extend', input: g, slot, expr: this.expr(p.expression as Node) };
          break;
        }
        case 'values':
          g = join(g, this.values(p.values as Node[]));
          break;
        case 'service':
          throw semanticError('SERVICE is not supported: the engine runs offline over local sources');
        default:
          g = join(g, this.pattern(p));
      }
    }
    return { g, filters };
  }

  pattern(p: Node): Algebra {
    switch (p.type) {
      case 'group':
        return this.group(p.patterns as Node[]);
      case 'graph':
        return { type: 'graph', name: this.pterm(p.name as Term), input: this.group(p.patterns as Node[]) };
      case 'query': {
        const { algebra } = this.selectLike(p, false);
        return algebra;
      }
      default:
        return this.group([p]);
    }
  }

  values(rows: Node[]): Algebra {
    const names = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r)) names.add(k);
    const slots = [...names].map((n) => this.scope.slot(n.slice(1)));
    const keys = [...names];
    return {
      type: 'values',
      slots,
      rows: rows.map((r) => keys.map((k) => (r[k] ? toTerm(r[k] as Term) : undefined))),
    };
  }

  pterm(t: Term): PTerm {
    if (t.termType === 'Variable') return { kind: 'var', slot: this.scope.slot(t.value) };
    if (t.termType === 'BlankNode') return { kind: 'var', slot: this.scope.slot(` _${t.value}`) };
    return { kind: 'term', term: toTerm(t) };
  }

  bgp(triples: Node[]): Algebra {
    const patterns: TriplePattern[] = [];
    const others: Algebra[] = [];
    const lists = collectLists(triples, this.propfns);
    for (const tr of triples) {
      if (lists.consumed.has(tr)) continue;
      const pred = tr.predicate as Node;
      if (pred.termType === 'NamedNode' && this.propfns.has(pred.value as string)) {
        const side = (x: Term): PTerm[] => {
          const items = x.termType === 'BlankNode' ? lists.heads.get(x.value) : undefined;
          return items ? items.map((i) => this.pterm(i)) : [this.pterm(x)];
        };
        others.push({
          type: 'propfn',
          iri: pred.value as string,
          subject: side(tr.subject as Term),
          object: side(tr.object as Term),
        });
        continue;
      }
      this.triple(this.pterm(tr.subject as Term), pred, this.pterm(tr.object as Term), patterns, others);
    }
    let a: Algebra = patterns.length > 0 ? { type: 'bgp', patterns } : UNIT;
    for (const o of others) a = join(a, o);
    return a;
  }

  triple(s: PTerm, pred: Node, o: PTerm, patterns: TriplePattern[], others: Algebra[]): void {
    if (pred.type !== 'path') {
      patterns.push({ s, p: this.pterm(pred as unknown as Term), o });
      return;
    }
    const items = pred.items as Node[];
    if (pred.pathType === '/') {
      let cur = s;
      items.forEach((item, i) => {
        const next: PTerm = i === items.length - 1 ? o : { kind: 'var', slot: this.scope.fresh('p') };
        this.triple(cur, item, next, patterns, others);
        cur = next;
      });
      return;
    }
    if (pred.pathType === '^' && items[0] && items[0].type !== 'path') {
      this.triple(o, items[0], s, patterns, others);
      return;
    }
    others.push({ type: 'path', s, path: this.path(pred), o });
  }

  path(p: Node): PathExpr {
    if (p.type !== 'path') return { type: 'link', iri: toTerm(p as unknown as Term) };
    const items = (p.items as Node[]).map((i) => i);
    switch (p.pathType) {
      case '/':
        return { type: 'seq', items: items.map((i) => this.path(i)) };
      case '|':
        return { type: 'alt', items: items.map((i) => this.path(i)) };
      case '^':
        return { type: 'inv', path: this.path(items[0] as Node) };
      case '*':
        return { type: 'star', path: this.path(items[0] as Node) };
      case '+':
        return { type: 'plus', path: this.path(items[0] as Node) };
      case '?':
        return { type: 'opt', path: this.path(items[0] as Node) };
      case '!': {
        const fwd: Term[] = [];
        const inv: Term[] = [];
        const add = (n: Node): void => {
          if (n.type === 'path' && n.pathType === '|') for (const i of n.items as Node[]) add(i);
          else if (n.type === 'path' && n.pathType === '^') inv.push(toTerm((n.items as Term[])[0] as Term));
          else fwd.push(toTerm(n as unknown as Term));
        };
        for (const i of items) add(i);
        return { type: 'nps', fwd, inv };
      }
      default:
        throw semanticError(`unknown property path operator ${String(p.pathType)}`);
    }
  }

  expr(e: Node, agg?: (e: Node) => Expr): Expr {
    if (Array.isArray(e)) throw semanticError('unexpected list in expression');
    if (e.termType === 'Variable') return { type: 'var', slot: this.scope.slot(e.value as string) };
    if (e.termType !== undefined) return { type: 'term', term: toTerm(e as unknown as Term) };
    if (e.type === 'aggregate') {
      if (!agg) throw semanticError('aggregate used outside SELECT, HAVING or ORDER BY of a grouped query');
      return agg(e);
    }
    if (e.type === 'functionCall') {
      const iri = (e.function as Term).value;
      return { type: 'fn', iri, args: (e.args as Node[]).map((a) => this.expr(a, agg)) };
    }
    if (e.type === 'operation') {
      const raw = e.operator as string;
      const op = raw.toLowerCase();
      const args = e.args as Node[];
      if (op === 'exists' || op === 'notexists') {
        return { type: 'exists', negated: op === 'notexists', pattern: this.pattern(args[0] as Node) };
      }
      if (op === 'in' || op === 'notin') {
        const list = args[1] as unknown as Node[];
        return {
          type: 'call',
          name: op,
          args: [this.expr(args[0] as Node, agg), ...list.map((x) => this.expr(x, agg))],
        };
      }
      return { type: 'call', name: op, args: args.map((a) => this.expr(a, agg)) };
    }
    throw semanticError(`unsupported expression ${JSON.stringify(e).slice(0, 60)}`);
  }
}

function conjunction(filters: Expr[]): Expr | undefined {
  if (filters.length <= 1) return filters[0];
  return { type: 'call', name: '&&', args: filters };
}

/** RDF collections written as `( … )` in property-function arguments, by head blank node. */
function collectLists(
  triples: Node[],
  propfns: ReadonlySet<string>,
): { heads: Map<string, Term[]>; consumed: Set<Node> } {
  const heads = new Map<string, Term[]>();
  const consumed = new Set<Node>();
  if (propfns.size === 0) return { heads, consumed };
  const first = new Map<string, Node>();
  const rest = new Map<string, Node>();
  for (const tr of triples) {
    const s = tr.subject as Term;
    const p = tr.predicate as Node;
    if (s.termType !== 'BlankNode' || !s.value.startsWith('g_')) continue;
    if (p.value === RDF_FIRST) first.set(s.value, tr);
    else if (p.value === RDF_REST) rest.set(s.value, tr);
  }
  for (const tr of triples) {
    const p = tr.predicate as Node;
    if (p.termType !== 'NamedNode' || !propfns.has(p.value as string)) continue;
    for (const side of [tr.subject as Term, tr.object as Term]) {
      if (side.termType !== 'BlankNode') continue;
      const items: Term[] = [];
      const used: Node[] = [];
      let cur: Term = side;
      while (cur.termType === 'BlankNode' && first.has(cur.value) && rest.has(cur.value)) {
        const f = first.get(cur.value) as Node;
        const r = rest.get(cur.value) as Node;
        items.push(f.object as Term);
        used.push(f, r);
        cur = r.object as Term;
      }
      if (used.length > 0 && cur.termType === 'NamedNode' && cur.value === RDF_NIL) {
        heads.set(side.value, items);
        for (const u of used) consumed.add(u);
      }
    }
  }
  return { heads, consumed };
}

/** Slots an operator may bind, in first-appearance order (used by SELECT *). */
export function inScope(a: Algebra): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const add = (s: number): void => {
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  const pt = (p: PTerm): void => {
    if (p.kind === 'var') add(p.slot);
  };
  const walk = (x: Algebra): void => {
    switch (x.type) {
      case 'bgp':
        for (const p of x.patterns) {
          pt(p.s);
          pt(p.p);
          pt(p.o);
        }
        break;
      case 'path':
        pt(x.s);
        pt(x.o);
        break;
      case 'propfn':
        for (const p of [...x.subject, ...x.object]) pt(p);
        break;
      case 'join':
      case 'union':
        for (const i of x.inputs) walk(i);
        break;
      case 'leftjoin':
        walk(x.left);
        walk(x.right);
        break;
      case 'minus':
        walk(x.left);
        break;
      case 'filter':
      case 'distinct':
      case 'reduced':
      case 'orderby':
      case 'slice':
        walk(x.input);
        break;
      case 'extend':
        walk(x.input);
        add(x.slot);
        break;
      case 'graph':
        pt(x.name);
        walk(x.input);
        break;
      case 'values':
        for (const s of x.slots) add(s);
        break;
      case 'group':
        for (const k of x.keys) add(k.slot);
        for (const g of x.aggregates) add(g.slot);
        break;
      case 'project':
        for (const s of x.slots) add(s);
        break;
    }
  };
  walk(a);
  return out;
}
