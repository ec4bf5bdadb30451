import {
  buildGraph,
  fromJsonLd,
  type GraphStore,
  parseRdf,
  projectGraph,
  toGexf,
  toGraphMl,
  toJsonLd,
  toSortedNQuads,
  writeCsvTables,
  writeNQuads,
  writeTriG,
  writeTurtle,
} from '@policy-kg/core';
import { KG_CONTEXT_URL } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { doc, LINKING_DOCS } from './docs.js';

// No blank nodes are minted (selectors, intervals and instants have IRIs), so
// two graphs are isomorphic exactly when their sorted N-Triples are equal.
const triples = (quads: Iterable<Quad>) =>
  toSortedNQuads([...quads].map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph())));

describe('export round trips', () => {
  let store: GraphStore;
  beforeAll(() => {
    store = buildGraph(Object.keys(LINKING_DOCS).map((name) => doc(name))).store;
  });

  it('mints no blank nodes', () => {
    const blank = [...store.quads()].filter(
      (q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode',
    );
    expect(blank).toEqual([]);
  });

  it('Turtle → store → Turtle gives an isomorphic graph and identical text', async () => {
    const ttl = await writeTurtle(store.quads());
    expect(ttl).toContain('@prefix kg: <https://w3id.org/policy-kg/ontology#>');
    const back = parseRdf(ttl, { syntax: 'turtle' });
    expect(triples(back)).toBe(triples(store.quads()));
    expect(await writeTurtle(back)).toBe(ttl);
  });

  it('N-Quads and TriG round trips keep every named graph', async () => {
    const nq = writeNQuads(store.quads());
    expect(toSortedNQuads(parseRdf(nq, { syntax: 'nquads' }))).toBe(nq);
    const trig = await writeTriG(store.quads());
    expect(toSortedNQuads(parseRdf(trig, { syntax: 'trig' }))).toBe(nq);
  });

  it('JSON-LD with the local context round-trips to the same quads, offline', async () => {
    const json = await toJsonLd(store.quads());
    expect((json as { '@context'?: unknown })['@context']).toBe(KG_CONTEXT_URL);
    const text = JSON.stringify(json);
    expect(text).toContain('王建国');
    const back = await fromJsonLd(JSON.parse(text));
    expect(toSortedNQuads(back)).toBe(writeNQuads(store.quads()));
  });

  it('refuses a remote JSON-LD context instead of fetching it', async () => {
    await expect(fromJsonLd({ '@context': 'https://example.org/ctx.jsonld', '@id': 'x' })).rejects.toMatchObject({
      code: 'KG_JSONLD_CONTEXT',
    });
  });

  it('reports a Turtle syntax error with its line', () => {
    expect(() => parseRdf('<a:s> <a:p> "o" .\n<a:s> <a:p> .', { syntax: 'turtle', source: 'bad.ttl' })).toThrow(
      /Turtle syntax error in bad\.ttl at line 2/,
    );
  });

  it('writes CSV tables in UTF-8, with a BOM only when asked', () => {
    const plain = writeCsvTables(store);
    const excel = writeCsvTables(store, { bom: true });
    expect(plain.officials.startsWith('\uFEFF')).toBe(false);
    expect(excel.officials.startsWith('\uFEFFiri,name,')).toBe(true);
    expect(excel.posts.slice(1)).toBe(plain.posts);
    const posts = plain.posts.trimEnd().split('\r\n');
    expect(posts[0]).toBe(
      'official,official_iri,title,role,institution,institution_iri,place,place_code,date,document',
    );
    expect(posts.filter((r) => r.startsWith('王建国,')).map((r) => r.split(',')[2])).toEqual(
      expect.arrayContaining(['副省长', '省卫生健康委主任']),
    );
    expect(plain.posts).toContain(',甘肃省,620000,2021-03-04,gansu-2021.txt');
    const slogans = plain.slogans.split('\r\n').filter((r) => r.startsWith('动态清零,slogan'));
    expect(slogans.map((r) => r.split(',').slice(3, 6).join(','))).toEqual([
      '2021-03-04,甘肃省,620000',
      '2023-06-09,甘肃省,620000',
    ]);
    // A field with a comma is quoted (RFC 4180).
    expect(plain.statements).toMatch(/"要坚持人民至上、生命至上,持续巩固“动态清零”成果。"/u);
  });

  it('writes GraphML and GEXF of the projection with every node and edge', () => {
    const g = projectGraph(store);
    const graphml = toGraphMl(g);
    const gexf = toGexf(g);
    expect(graphml.match(/<node /g)?.length).toBe(g.order);
    expect(graphml.match(/<edge /g)?.length).toBe(g.size);
    expect(gexf.match(/<node /g)?.length).toBe(g.order);
    expect(gexf).toContain('label="王建国"');
    expect(toGraphMl(projectGraph(store))).toBe(graphml);
  });
});
