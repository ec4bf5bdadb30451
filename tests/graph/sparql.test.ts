import { buildGraph, createQueryEngine } from '@policy-kg/core';
import { PREFIXES } from '@policy-kg/ontology';
import { describe, expect, it } from 'vitest';
import { doc, LINKING_DOCS } from './docs.js';

const prologue = Object.entries(PREFIXES)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`)
  .join('\n');

describe('the graph store as a SPARQL source', () => {
  const { store } = buildGraph(Object.keys(LINKING_DOCS).map((name) => doc(name)));

  it('answers who said what at which meeting, with the quote from the source file', async () => {
    const engine = createQueryEngine();
    const stream = await engine.queryBindings(
      `${prologue}
      SELECT ?name ?verb ?meeting ?date ?exact WHERE {
        ?s a kg:Statement ; kg:speaker ?who ; kg:verb ?verb ; kg:atMeeting ?m ; dcterms:date ?date ; kg:span ?span .
        ?who schema:name ?name . ?m schema:name ?meeting .
        ?span oa:hasSelector ?sel . ?sel oa:exact ?exact .
        FILTER(?verb = "强调")
      }`,
      { sources: [store.unionView()] },
    );
    const rows = (await stream.toArray()).map((b) =>
      ['name', 'verb', 'meeting', 'date', 'exact'].map((v) => b.get(v)?.value).join(' | '),
    );
    expect(rows).toEqual([
      '王建国 | 强调 | 全省医疗保障工作会议 | 2023-06-09 | 要深入实施健康中国战略,落实“动态清零”要求。',
    ]);
  });

  it('gives a slogan its first and last dates seen across documents', async () => {
    const engine = createQueryEngine();
    const stream = await engine.queryBindings(
      `${prologue}
      SELECT ?first ?last WHERE { ?c a kg:Slogan ; skos:prefLabel "动态清零"@zh-Hans ; kg:firstSeen ?first ; kg:lastSeen ?last }`,
      { sources: [store.unionView()] },
    );
    const rows = (await stream.toArray()).map((b) => `${b.get('first')?.value}..${b.get('last')?.value}`);
    expect(rows).toEqual(['2021-03-04..2023-06-09']);
  });
});

describe('the union default graph', () => {
  const { store } = buildGraph([doc('gansu-2021.txt'), doc('gansu-2023.txt')]);

  it('lists a triple stated by two documents once, and each document graph under GRAPH', async () => {
    const engine = createQueryEngine();
    const count = async (q: string) =>
      (await (await engine.queryBindings(`${prologue}\n${q}`, { sources: [store.unionView()] })).toArray()).length;
    // Both texts state that 甘肃省 is a kg:AdministrativeDivision.
    const place = '<https://w3id.org/policy-kg/id/place/620000>';
    expect(await count(`SELECT ?t { ${place} a ?t }`)).toBe(1);
    expect(await count(`SELECT ?g { GRAPH ?g { ${place} a kg:AdministrativeDivision } }`)).toBe(2);
  });
});
