import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { GraphStore } from './graph-store.js';
import { n3Internals, PredicateStatistics } from './n3-internals.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const EX = 'http://ex/';
const DG = defaultGraph();

const key = (q: Quad): string => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`;

/** The RDF merge of every graph, computed the obvious way. */
function naiveUnion(quads: Quad[], s: Term | null, p: Term | null, o: Term | null): string[] {
  const out = new Set<string>();
  for (const q of quads) {
    if (s && !q.subject.equals(s)) continue;
    if (p && !q.predicate.equals(p)) continue;
    if (o && !q.object.equals(o)) continue;
    out.add(key(q));
  }
  return [...out].sort();
}

const terms = ['a', 'b', 'c', 'd'].map((x) => namedNode(`${EX}${x}`));
const preds = ['p', 'q'].map((x) => namedNode(`${EX}${x}`));
const objects = [...terms, literal('x'), literal('y')];
const graphs = ['g1', 'g2', 'g3'].map((x) => namedNode(`${EX}${x}`));
const arbQuad = fc
  .tuple(fc.constantFrom(...terms), fc.constantFrom(...preds), fc.constantFrom(...objects), fc.constantFrom(...graphs))
  .map(([s, p, o, g]) => quad(s, p, o, g));
const arbPattern = fc.tuple(
  fc.option(fc.constantFrom(...terms), { nil: null }),
  fc.option(fc.constantFrom(...preds), { nil: null }),
  fc.option(fc.constantFrom(...objects), { nil: null }),
);

describe('GraphStore.unionView', () => {
  it('yields each triple of the merged document graphs once, whatever is bound', () => {
    fc.assert(
      fc.property(fc.array(arbQuad, { maxLength: 40 }), arbPattern, (quads, [s, p, o]) => {
        const store = new GraphStore();
        store.addQuads(quads);
        const view = store.unionView();
        const got = [...view.match(s, p, o, DG)];
        expect(got.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
        expect(got.map(key).sort()).toEqual(naiveUnion(quads, s, p, o));
        if (s && p && o) expect(view.has(s, p, o, DG)).toBe(got.length > 0);
        expect(view.countQuads(s, p, o, DG) > 0).toBe(got.length > 0);
        // graphsOf may over-approximate but never misses a graph holding a match.
        const candidates = new Set([...view.graphsOf(s, p, o)].map((g) => g.value));
        for (const q of quads) {
          if ((!s || q.subject.equals(s)) && (!p || q.predicate.equals(p)) && (!o || q.object.equals(o))) {
            expect(candidates.has(q.graph.value)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sees removals and replacements made after a query (statistics and membership follow the store version)', () => {
    const store = new GraphStore();
    const a = namedNode(`${EX}a`);
    const b = namedNode(`${EX}b`);
    const p = namedNode(`${EX}p`);
    const g1 = namedNode(`${EX}g1`);
    const g2 = namedNode(`${EX}g2`);
    store.addQuads([quad(a, p, b, g1)]);
    const view = store.unionView();
    expect([...view.match(a, null, null, DG)]).toHaveLength(1);
    expect(view.estimate(null, p, null)).toBe(1);
    store.replaceGraph(g2, [quad(b, p, a, g2)]);
    expect([...view.match(b, null, null, DG)]).toHaveLength(1);
    expect(view.estimate(null, p, null)).toBe(2);
    store.removeGraph(g1);
    expect([...view.match(a, null, null, DG)]).toHaveLength(0);
    expect([...view.graphsOf(b, null, null)].map((g) => g.value)).toEqual([g2.value]);
  });
});

describe('PredicateStatistics', () => {
  function storeWith(subjects: number, objectsPerSubject: number): Store {
    const store = new Store();
    for (let i = 0; i < subjects; i++) {
      for (let j = 0; j < objectsPerSubject; j++) {
        store.addQuad(quad(namedNode(`${EX}s${i}`), namedNode(`${EX}p`), literal(`o${(i * 7 + j) % 500}`)));
      }
      store.addQuad(quad(namedNode(`${EX}s${i}`), namedNode(`${EX}rare`), literal(`r${i % 3}`)));
    }
    return store;
  }

  it('counts the distinct subjects and objects of a small predicate exactly', () => {
    const store = storeWith(300, 2);
    const stats = new PredicateStatistics(n3Internals(store) as NonNullable<ReturnType<typeof n3Internals>>);
    expect(stats.distinct('s', namedNode(`${EX}p`))).toBe(300);
    const objects = new Set(store.getObjects(null, namedNode(`${EX}p`), null).map((o) => o.value));
    expect(stats.distinct('o', namedNode(`${EX}p`))).toBe(objects.size);
    expect(stats.distinct('s', namedNode(`${EX}rare`))).toBe(300);
    expect(stats.distinct('o', namedNode(`${EX}rare`))).toBe(3);
    expect(stats.distinct('s', namedNode(`${EX}absent`))).toBe(0);
  });

  it('estimates a large predicate from a sample of subjects, within a few percent', () => {
    const store = storeWith(20_000, 3);
    const stats = new PredicateStatistics(n3Internals(store) as NonNullable<ReturnType<typeof n3Internals>>, {
      exactPairs: 1000,
      sample: 2000,
    });
    const estimate = stats.distinct('s', namedNode(`${EX}p`));
    expect(Math.abs(estimate - 20_000) / 20_000).toBeLessThan(0.05);
  });
});
