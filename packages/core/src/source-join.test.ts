import { DCTERMS, ID, KG, PROV, RDF, SCHEMA, SKOS, XSD } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { localQuerySource, type QuerySource } from './query/index.js';
import type { SearchHit } from './search/index.js';
import { enrichHitsFromSource, hitFactsQuery } from './source-join.js';
import { GraphStore } from './store/index.js';

const { namedNode: n, literal, quad } = DataFactory;
const g = n(`${ID.graph}d1`);
const doc = `${ID.document}d1`;
const text = `${ID.text}d1-3`;
const statement = `${ID.statement}s1`;
const speaker = `${ID.official}o1`;
const meeting = `${ID.meeting}m1`;
const gansu = `${ID.place}620000`;
const lanzhou = `${ID.place}620100`;

function store(): GraphStore {
  const t = (s: string, p: string, o: Quad['object']) => quad(n(s), n(p), o, g);
  const s = new GraphStore();
  s.addQuads([
    t(doc, RDF.type, n(KG.Document)),
    t(doc, KG.fileName, literal('甘肃卫健.txt')),
    t(text, RDF.type, n(KG.Text)),
    t(text, DCTERMS.isPartOf, n(doc)),
    t(text, KG.textIndex, literal('3', n(XSD.nonNegativeInteger))),
    t(text, DCTERMS.title, literal('全省卫生健康工作会议召开', 'zh-Hans')),
    t(text, DCTERMS.date, literal('2022-02-17', n(XSD.date))),
    t(text, KG.jurisdiction, n(gansu)),
    t(gansu, SKOS.prefLabel, literal('甘肃省', 'zh-Hans')),
    t(lanzhou, SKOS.prefLabel, literal('兰州市', 'zh-Hans')),
    t(statement, RDF.type, n(KG.Statement)),
    t(statement, KG.speaker, n(speaker)),
    t(statement, SCHEMA.text, literal('要统筹做好疫情防控')),
    t(statement, DCTERMS.date, literal('2022-02-17', n(XSD.date))),
    t(statement, KG.atMeeting, n(meeting)),
    t(statement, PROV.hadPrimarySource, n(doc)),
    t(speaker, RDF.type, n(KG.Official)),
    t(speaker, SCHEMA.name, literal('郭玉芬')),
    t(meeting, SCHEMA.name, literal('全省卫生健康工作会议')),
    t(meeting, SCHEMA.location, n(lanzhou)),
  ]);
  return s;
}

const hit = (h: Partial<SearchHit> & { id: string }): SearchHit => ({
  kind: 'official',
  score: 1,
  detail: {},
  text: '',
  entities: [],
  ...h,
});

/** Counts the queries a source receives. */
function counting(source: QuerySource): { source: QuerySource; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    source: {
      queryBindings: (q, c) => {
        calls.push(q);
        return source.queryBindings(q, c);
      },
    },
  };
}

describe('enrichHitsFromSource', () => {
  it("joins a statement IRI, an entity IRI and a passage with their facts in one query, the meeting's place first", async () => {
    const { source, calls } = counting(localQuerySource(store()));
    const hits = [
      hit({ id: statement, kind: 'statement' }),
      hit({ id: speaker }),
      hit({ id: '甘肃卫健.txt#3@10-40', kind: 'passage', doc: '甘肃卫健.txt#3' }),
      hit({ id: `${ID.official}unknown` }),
    ];
    const out = await enrichHitsFromSource(hits, source);
    expect(calls).toHaveLength(1);
    expect(out[0]?.facts).toEqual({
      node: statement,
      types: [KG.Statement],
      speaker,
      speakerName: '郭玉芬',
      date: '2022-02-17',
      meeting,
      meetingName: '全省卫生健康工作会议',
      place: lanzhou,
      placeName: '兰州市',
      document: doc,
    });
    expect(out[1]?.facts).toMatchObject({ node: speaker, types: [KG.Official], label: '郭玉芬' });
    expect(out[2]?.facts).toEqual({
      node: text,
      types: [KG.Text],
      label: '全省卫生健康工作会议召开',
      date: '2022-02-17',
      place: gansu,
      placeName: '甘肃省',
      document: doc,
    });
    expect(out[3]?.facts).toBeUndefined();
    expect(out.map((h) => h.id)).toEqual(hits.map((h) => h.id));
  });

  it('sends no query when no hit has an IRI or a passage id', async () => {
    const { source, calls } = counting(localQuerySource(store()));
    const out = await enrichHitsFromSource([hit({ id: 'not an iri' })], source);
    expect(calls).toHaveLength(0);
    expect(hitFactsQuery([hit({ id: 'not an iri' })])).toBeUndefined();
    expect(out[0]?.facts).toBeUndefined();
  });

  it('puts hit values into VALUES rows as escaped literals, never as query text', () => {
    const q = hitFactsQuery([hit({ id: 'x', kind: 'passage', doc: 'a"} . ?s ?p ?o {".txt#1' })]) ?? '';
    expect(q).toContain('"a\\"} . ?s ?p ?o {\\".txt"');
  });
});
