import type { Algebra, Expr, PathExpr, PTerm, QueryPlan } from './parse/algebra.js';

function term(p: PTerm, vars: string[]): string {
  if (p.kind === 'var') {
    const n = vars[p.slot] ?? `_${p.slot}`;
    return n.startsWith(' ') ? `?${n.trim()}` : `?${n}`;
  }
  const t = p.term;
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'Literal') return JSON.stringify(t.value);
  return t.value;
}

function path(p: PathExpr): string {
  switch (p.type) {
    case 'link':
      return `<${p.iri.value}>`;
    case 'inv':
      return `^${path(p.path)}`;
    case 'seq':
      return `(${p.items.map(path).join('/')})`;
    case 'alt':
      return `(${p.items.map(path).join('|')})`;
    case 'star':
      return `${path(p.path)}*`;
    case 'plus':
      return `${path(p.path)}+`;
    case 'opt':
      return `${path(p.path)}?`;
    case 'nps':
      return `!(${[...p.fwd.map((t) => `<${t.value}>`), ...p.inv.map((t) => `^<${t.value}>`)].join('|')})`;
  }
}

function expr(e: Expr, vars: string[]): string {
  switch (e.type) {
    case 'term':
      return term({ kind: 'term', term: e.term }, vars);
    case 'var':
      return term({ kind: 'var', slot: e.slot }, vars);
    case 'call':
      return `${e.name}(${e.args.map((a) => expr(a, vars)).join(', ')})`;
    case 'fn':
      return `<${e.iri}>(${e.args.map((a) => expr(a, vars)).join(', ')})`;
    case 'exists':
      return `${e.negated ? 'NOT ' : ''}EXISTS{…}`;
  }
}

function est(a: Algebra): string {
  return a.estimate === undefined ? '' : `  (est. ${a.estimate < 10 ? a.estimate.toFixed(1) : Math.round(a.estimate)})`;
}

/**
 * Renders an (optimized) plan as an indented text tree with the optimizer's
 * cardinality estimates.
 *
 * @example
 * ```ts
 * console.log(formatPlan(plan));
 * // project ?s
 * //   bgp  (est. 12)
 * //     ?s <http://schema.org/name> ?n
 * ```
 */
export function formatPlan(plan: QueryPlan): string {
  const lines: string[] = [`${plan.form}`];
  const v = plan.vars;
  const walk = (a: Algebra, depth: number): void => {
    const pad = '  '.repeat(depth);
    const line = (s: string): void => {
      lines.push(`${pad}${s}`);
    };
    switch (a.type) {
      case 'bgp':
        line(`bgp${est(a)}`);
        for (const p of a.patterns) lines.push(`${pad}  ${term(p.s, v)} ${term(p.p, v)} ${term(p.o, v)}`);
        return;
      case 'path':
        line(`path ${term(a.s, v)} ${path(a.path)} ${term(a.o, v)}${est(a)}`);
        return;
      case 'propfn':
        line(
          `property-function <${a.iri}> (${a.subject.map((x) => term(x, v)).join(' ')}) (${a.object.map((x) => term(x, v)).join(' ')})`,
        );
        return;
      case 'values':
        line(`values ${a.slots.map((s) => term({ kind: 'var', slot: s }, v)).join(' ')} (${a.rows.length} rows)`);
        return;
      case 'join':
      case 'union':
        line(`${a.type}${est(a)}`);
        for (const i of a.inputs) walk(i, depth + 1);
        return;
      case 'leftjoin':
      case 'minus':
        line(`${a.type}${a.type === 'leftjoin' && a.expr ? ` filter ${expr(a.expr, v)}` : ''}${est(a)}`);
        walk(a.left, depth + 1);
        walk(a.right, depth + 1);
        return;
      case 'filter':
        line(`filter ${expr(a.expr, v)}`);
        break;
      case 'extend':
        line(`extend ${term({ kind: 'var', slot: a.slot }, v)} := ${expr(a.expr, v)}`);
        break;
      case 'graph':
        line(`graph ${term(a.name, v)}`);
        break;
      case 'group':
        line(
          `group by ${a.keys.map((k) => term({ kind: 'var', slot: k.slot }, v)).join(' ') || '()'}; ${a.aggregates
            .map(
              (g) => `${term({ kind: 'var', slot: g.slot }, v)} := ${g.agg.name}${g.agg.distinct ? ' distinct' : ''}`,
            )
            .join(', ')}`,
        );
        break;
      case 'project':
        line(`project ${a.slots.map((s) => term({ kind: 'var', slot: s }, v)).join(' ')}`);
        break;
      case 'orderby':
        line(
          `order by ${a.keys.map((k) => `${k.descending ? 'desc ' : ''}${expr(k.expr, v)}`).join(', ')}${a.topK === undefined ? '' : ` (top ${a.topK})`}`,
        );
        break;
      case 'slice':
        line(`slice offset ${a.offset} limit ${a.limit < 0 ? '∞' : a.limit}`);
        break;
      default:
        line(a.type);
    }
    walk(a.input, depth + 1);
  };
  walk(plan.algebra, 1);
  return lines.join('\n');
}
