import { readFileSync } from 'node:fs';
import { buildGraph, type GraphStore, mint, projectGraph, toSortedNQuads, validateGraph } from '@policy-kg/core';
import { KG, OA, RDF } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDocs } from './corpus.js';

const n = DataFactory.namedNode;

describe('the graph of the five corpus documents', () => {
  let store: GraphStore;
  let nquads: string;
  beforeAll(() => {
    store = buildGraph(corpusDocs()).store;
    nquads = toSortedNQuads(store.quads());
  });

  it('is byte-identical N-Quads when built again, even from the documents in reverse order', () => {
    const again = toSortedNQuads(buildGraph(corpusDocs().reverse()).store.quads());
    expect(again.length).toBe(nquads.length);
    expect(again === nquads).toBe(true);
  });

  it('conforms to the ontology SHACL shapes with zero violations', async () => {
    const report = await validateGraph(store.quads());
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('keeps each source file in its own named graph, plus the summary graph', () => {
    const graphs = store.getGraphs().map((g) => g.value);
    expect(graphs).toHaveLength(6);
    expect(graphs).toContain(mint.summaryGraph());
    for (const g of graphs.filter((x) => x !== mint.summaryGraph())) {
      expect(store.countQuads(null, n(RDF.type), n(KG.Document), n(g))).toBe(1);
    }
  });

  it('anchors every span with code-point positions and an exact quote from the original file', () => {
    const starts = [...store.match(null, n(OA.start), null, null)];
    const exacts = [...store.match(null, n(OA.exact), null, null)];
    expect(starts.length).toBeGreaterThan(100);
    expect(exacts.length).toBe(starts.length);
    const raw = readFileSync(new URL('../../examples/corpus/000_97935c6e3442e2c0.txt', import.meta.url), 'utf8');
    const chars = [...raw];
    const g = store
      .getGraphs()
      .find((x) => store.countQuads(null, n(KG.fileName), DataFactory.literal('000_97935c6e3442e2c0.txt'), x));
    let checked = 0;
    for (const q of store.match(null, n(OA.start), null, g ?? null)) {
      const end = [...store.match(q.subject, n(OA.end), null, null)][0]?.object.value;
      const span = [...store.match(null, n(OA.hasSelector), q.subject, null)][0]?.subject;
      const quote = [...store.match(span ?? null, n(OA.hasSelector), null, null)]
        .map((s) => [...store.match(s.object, n(OA.exact), null, null)][0]?.object.value)
        .find((x) => x !== undefined);
      expect(chars.slice(Number(q.object.value), Number(end)).join('')).toBe(quote);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('projects officials, institutions, concepts and meetings with seeded, repeatable communities', () => {
    const a = projectGraph(store, { seed: 7 });
    const b = projectGraph(store, { seed: 7 });
    expect(a.order).toBeGreaterThan(50);
    const kinds = new Set(a.mapNodes((_, attrs) => attrs.kind as string));
    expect([...kinds].sort()).toEqual(['institution', 'meeting', 'official', 'policy', 'slogan']);
    expect(a.mapNodes((node, attrs) => `${node}=${attrs.community}`)).toEqual(
      b.mapNodes((node, attrs) => `${node}=${attrs.community}`),
    );
    const posts = a.filterEdges((_, attrs) => (attrs.post as number) > 0);
    expect(posts.length).toBeGreaterThan(5);
    for (const e of posts) expect(a.getNodeAttribute(a.source(e), 'kind')).toBe('official');
    expect(a.filterEdges((_, attrs) => (attrs.speech as number) > 0).length).toBeGreaterThan(0);
    expect(a.filterEdges((_, attrs) => (attrs.mention as number) > 0).length).toBeGreaterThan(0);
    const pr = a.mapNodes((_, attrs) => attrs.pagerank as number);
    expect(pr.every((x) => Number.isFinite(x))).toBe(true);
  });
});
