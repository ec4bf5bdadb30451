import { KGS_NAMESPACE, QueryEngine, SearchIndex, searchPropertyFunctions } from '@policy-kg/core';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';

const { namedNode, literal, quad } = DataFactory;
const EX = 'https://example.org/';
const XSD_DATE = namedNode('http://www.w3.org/2001/XMLSchema#date');

// Invented statements (genre-typical wording), ids are IRIs as the graph would mint them.
const STATEMENTS = [
  { id: `${EX}st/1`, text: '要抓好基层卫生人才引进和待遇落实', speaker: `${EX}official/prov`, date: '2023-03-01' },
  { id: `${EX}st/2`, text: '稳定乡村医生队伍,留住基层医疗人才', speaker: `${EX}official/county`, date: '2021-05-01' },
  { id: `${EX}st/3`, text: '推进新冠病毒疫苗接种工作', speaker: `${EX}official/prov`, date: '2023-04-01' },
];

async function setup() {
  const index = new SearchIndex();
  await index.add(STATEMENTS.map((s) => ({ id: s.id, kind: 'statement', text: s.text, date: s.date })));
  const store = new Store();
  for (const s of STATEMENTS) {
    store.addQuad(quad(namedNode(s.id), namedNode(`${EX}speaker`), namedNode(s.speaker)));
    store.addQuad(quad(namedNode(s.id), namedNode(`${EX}date`), literal(s.date, XSD_DATE)));
  }
  store.addQuad(quad(namedNode(`${EX}official/prov`), namedNode(`${EX}level`), literal('province')));
  store.addQuad(quad(namedNode(`${EX}official/county`), namedNode(`${EX}level`), literal('county')));
  const engine = new QueryEngine({ source: store, extensions: { propertyFunctions: searchPropertyFunctions(index) } });
  return engine;
}

async function rows(engine: QueryEngine, query: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  const stream = await engine.queryBindings(query);
  for await (const b of stream) {
    const row: Record<string, string> = {};
    for (const [k, v] of b) row[typeof k === 'string' ? k : k.value] = v.value;
    out.push(row);
  }
  return out;
}

describe('search as a SPARQL property function (kgs:matches)', () => {
  it('joins search hits with the graph: statements about 基层人才 by provincial officials after 2022', async () => {
    const engine = await setup();
    const result = await rows(
      engine,
      `PREFIX kgs: <${KGS_NAMESPACE}> PREFIX ex: <${EX}>
       SELECT ?st ?score WHERE {
         (?st ?score) kgs:matches ("基层人才" 10) .
         ?st ex:speaker ?who . ?who ex:level "province" .
         ?st ex:date ?d . FILTER(?d >= "2022-01-01"^^<http://www.w3.org/2001/XMLSchema#date>)
       } ORDER BY DESC(?score)`,
    );
    expect(result[0]?.st).toBe(`${EX}st/1`);
    // st/2 matches 基层人才 too, but its speaker is a county official and it predates 2022
    expect(result.map((r) => r.st)).not.toContain(`${EX}st/2`);
    expect(Number(result[0]?.score)).toBeGreaterThan(0);
  });

  it('limits hits by k and checks a bound subject', async () => {
    const engine = await setup();
    const one = await rows(
      engine,
      `PREFIX kgs: <${KGS_NAMESPACE}> SELECT ?st WHERE { ?st kgs:matches ("乡村医生" 1) }`,
    );
    expect(one).toEqual([{ st: `${EX}st/2` }]);
    const bound = await rows(
      engine,
      `PREFIX kgs: <${KGS_NAMESPACE}> SELECT * WHERE { VALUES ?st { <${EX}st/3> } ?st kgs:matches ("疫苗接种" 3) }`,
    );
    expect(bound).toEqual([{ st: `${EX}st/3` }]);
  });
});
