import type { Term } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import type { Algebra } from '../parse/algebra.js';
import { parseSparql } from '../parse/parse.js';
import { toAlgebra } from '../parse/to-algebra.js';
import { namedNode } from '../terms.js';
import { optimize, pushFilters, splitConjunctions } from './index.js';
import { orderJoin } from './join-order.js';

const EX = 'http://ex/';
const counts: Record<string, number> = { [`${EX}type`]: 100_000, [`${EX}name`]: 50_000, [`${EX}rare`]: 3 };
const stats = {
  count: (_s: Term | null, p: Term | null, o: Term | null) => {
    const base = p ? (counts[p.value] ?? 0) : 200_000;
    return o?.termType === 'NamedNode' ? Math.ceil(base / 100) : base;
  },
  distinct: (_pos: 's' | 'o', p: Term) => Math.max(1, Math.floor((counts[p.value] ?? 1) / 2)),
};

function plan(q: string) {
  return toAlgebra(parseSparql(q, { baseIRI: EX }) as Parameters<typeof toAlgebra>[0]);
}

function firstBgp(a: Algebra): Extract<Algebra, { type: 'bgp' }> | undefined {
  if (a.type === 'bgp') return a;
  for (const v of Object.values(a)) {
    if (v && typeof v === 'object' && 'type' in (v as object)) {
      const r = firstBgp(v as Algebra);
      if (r) return r;
    }
    if (Array.isArray(v)) {
      for (const x of v) {
        const r = x && typeof x === 'object' && 'type' in x ? firstBgp(x as Algebra) : undefined;
        if (r) return r;
      }
    }
  }
  return undefined;
}

describe('optimizer passes', () => {
  it('orders the most selective triple pattern first', () => {
    const p = plan('SELECT * { ?s <type> ?t . ?s <name> ?n . ?s <rare> ?r }');
    const bgp = firstBgp(optimize(p.algebra, stats));
    const first = bgp?.patterns[0]?.p;
    expect(first?.kind === 'term' && first.term.value).toBe(`${EX}rare`);
  });

  it('avoids cross products when ordering joins', () => {
    const p = plan('SELECT * { ?a <type> ?b . ?c <rare> ?d . ?b <name> ?c }');
    const bgp = firstBgp(optimize(p.algebra, stats));
    const preds = bgp?.patterns.map((tp) => (tp.p.kind === 'term' ? tp.p.term.value.slice(EX.length) : '?'));
    expect(preds).toEqual(['rare', 'name', 'type']);
  });

  it('splits conjunctive filters', () => {
    const p = plan('SELECT * { ?s <name> ?n FILTER(?n > 1 && ?n < 5) }');
    const out = splitConjunctions(p.algebra);
    const inner = out.type === 'project' ? out.input : out;
    expect(inner.type).toBe('filter');
    expect(inner.type === 'filter' && inner.input.type).toBe('filter');
  });

  it('pushes a filter right after the patterns that bind its variables', () => {
    const p = plan('SELECT * { ?s <rare> ?r . ?s <name> ?n . ?s <type> ?t FILTER(?r > 1) }');
    const out = optimize(p.algebra, stats);
    const inner = out.type === 'project' ? out.input : out;
    expect(inner.type).toBe('join');
    const first = inner.type === 'join' ? inner.inputs[0] : undefined;
    expect(first?.type).toBe('filter');
  });

  it('pushes a filter on OPTIONAL-left variables into the left side', () => {
    const p = plan('SELECT * { ?s <rare> ?r OPTIONAL { ?s <name> ?n } FILTER(?r > 1) }');
    const out = pushFilters(p.algebra);
    const inner = out.type === 'project' ? out.input : out;
    expect(inner.type).toBe('leftjoin');
    expect(inner.type === 'leftjoin' && inner.left.type).toBe('filter');
  });

  it('keeps estimates on the ordered plan for explain', () => {
    const j = orderJoin(
      [
        {
          type: 'bgp',
          patterns: [
            {
              s: { kind: 'var', slot: 0 },
              p: { kind: 'term', term: namedNode(`${EX}rare`) },
              o: { kind: 'var', slot: 1 },
            },
          ],
        },
      ],
      stats,
    );
    expect(j.estimate).toBe(3);
  });
});
