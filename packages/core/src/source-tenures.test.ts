import { DCTERMS, ID, KG, ORG, PROV, RDF, SCHEMA, SKOS, TIME, XSD } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { createQueryEngine } from './query/index.js';
import { tenures } from './reason/index.js';
import { tenuresFromSource } from './source-tenures.js';
import { GraphStore } from './store/index.js';

const { namedNode: n, literal, quad } = DataFactory;
const official = `${ID.official}o1`;
const other = `${ID.official}o2`;
const post = `${ID.post}p1`;

function store(): GraphStore {
  const s = new GraphStore();
  const add = (graph: string, triples: Array<[string, string, Quad['object']]>) =>
    s.addQuads(triples.map(([a, p, o]) => quad(n(a), n(p), o, n(`${ID.graph}${graph}`))));
  const membership = (graph: string, m: string, date: string | undefined, issued: string) => {
    const doc = `${ID.document}${graph}`;
    add(graph, [
      [m, RDF.type, n(KG.Membership)],
      [m, ORG.member, n(official)],
      [m, KG.post, n(post)],
      [m, KG.title, literal('主任')],
      [m, PROV.hadPrimarySource, n(doc)],
      [m, PROV.wasDerivedFrom, n(`${m}-mention`)],
      [doc, DCTERMS.issued, literal(issued, n(XSD.date))],
      [official, SCHEMA.name, literal('马晓伟')],
      [post, SKOS.prefLabel, literal('国家卫生健康委员会主任', 'zh-Hans')],
    ]);
    if (date) {
      add(graph, [
        [m, ORG.memberDuring, n(`${m}-during`)],
        [`${m}-during`, TIME.inside, n(`${m}-instant`)],
        [`${m}-instant`, TIME.inXSDDate, literal(date, n(XSD.date))],
      ]);
    }
  };
  membership('d1', `${ID.membership}m1`, '2022-01-27', '2022-02-01');
  membership('d2', `${ID.membership}m2`, undefined, '2023-03-05');
  // A collection page of two speeches, issued later: its date attests nothing.
  membership('d4', `${ID.membership}m4`, undefined, '2024-06-01');
  add('d4', [
    [`${ID.text}d4-0`, DCTERMS.isPartOf, n(`${ID.document}d4`)],
    [`${ID.text}d4-1`, DCTERMS.isPartOf, n(`${ID.document}d4`)],
  ]);
  add('d3', [[other, SCHEMA.name, literal('何伟')]]);
  return s;
}

describe('tenuresFromSource', () => {
  it('gives the records tenures() computes on the store, from one CONSTRUCT', async () => {
    const s = store();
    const engine = createQueryEngine();
    const queries: string[] = [];
    const source = {
      queryQuads: (q: string) => {
        queries.push(q);
        return engine.queryQuads(q, { sources: [s.unionView()] });
      },
    };
    const records = await tenuresFromSource(source, { officials: [official, other] });
    expect(queries).toHaveLength(1);
    expect(records).toEqual([...tenures(s, { official }), ...tenures(s, { official: other })]);
    expect(records).toMatchObject([
      {
        name: '马晓伟',
        postLabel: '国家卫生健康委员会主任',
        titles: ['主任'],
        firstAttested: '2022-01-27',
        lastAttested: '2023-03-05',
        firstAttestedIn: `${ID.document}d1`,
        lastAttestedIn: `${ID.document}d2`,
      },
    ]);
  });

  it('asks nothing for no officials', async () => {
    const source = {
      queryQuads: (): never => {
        throw new Error('no query expected');
      },
    };
    expect(await tenuresFromSource(source, { officials: [] })).toEqual([]);
  });
});
