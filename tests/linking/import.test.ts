import { readFileSync } from 'node:fs';
import {
  buildGraph,
  type CsvMapping,
  collectEntities,
  createQueryEngine,
  importCsv,
  importRdf,
  ingestText,
  linksetQuads,
  ParseError,
  proposeLinks,
} from '@policy-kg/core';
import { KG_CONTEXT_URL } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';

const G = 'https://example.org/g';
const DATA = new URL('../../examples/data/', import.meta.url);

const TTL = `@prefix org: <http://www.w3.org/ns/org#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/b/1> a org:Organization ; rdfs:label "甘肃省卫生健康委员会"@zh-hans .
<https://example.org/b/2> a org:Organization ; rdfs:label "兰州市卫生健康委员会"@zh-hans .`;

describe('importRdf', () => {
  const same = async (format: Parameters<typeof importRdf>[1]['format'], text: string) => {
    const quads = await importRdf(text, { format, graph: G });
    expect(quads.every((q) => q.graph.value === G)).toBe(true);
    return quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).sort();
  };
  it('reads Turtle, N-Triples, N-Quads, TriG and JSON-LD into one named graph', async () => {
    const ttl = await same('turtle', TTL);
    expect(ttl).toHaveLength(4);
    const nt = ttl
      .map((l) => l.split(' '))
      .map(([s, p, o]) => (o?.startsWith('http') ? `<${s}> <${p}> <${o}> .` : `<${s}> <${p}> "${o}"@zh-hans .`));
    expect(await same('ntriples', nt.join('\n'))).toEqual(ttl);
    expect(await same('nquads', nt.map((l) => l.replace(/ \.$/, ' <https://example.org/other> .')).join('\n'))).toEqual(
      ttl,
    );
    expect(await same('trig', `<https://example.org/x> { ${nt.join('\n')} }`)).toEqual(ttl);
    const jsonld = JSON.stringify({
      '@context': { label: { '@id': 'http://www.w3.org/2000/01/rdf-schema#label', '@language': 'zh-hans' } },
      '@graph': [
        {
          '@id': 'https://example.org/b/1',
          '@type': 'http://www.w3.org/ns/org#Organization',
          label: '甘肃省卫生健康委员会',
        },
        {
          '@id': 'https://example.org/b/2',
          '@type': 'http://www.w3.org/ns/org#Organization',
          label: '兰州市卫生健康委员会',
        },
      ],
    });
    expect(await same('jsonld', jsonld)).toEqual(ttl);
  });

  it('resolves the policy-kg JSON-LD context offline and refuses any other remote context', async () => {
    const doc = {
      '@context': KG_CONTEXT_URL,
      '@id': 'https://example.org/o/1',
      '@type': 'kg:Official',
      name: { 'zh-Hans': '王建国' },
    };
    const quads = await importRdf(JSON.stringify(doc), { format: 'jsonld', graph: G });
    expect(quads.some((q) => q.object.value === 'https://w3id.org/policy-kg/ontology#Official')).toBe(true);
    await expect(
      importRdf(JSON.stringify({ '@context': 'https://schema.org/', name: 'x' }), { format: 'jsonld', graph: G }),
    ).rejects.toMatchObject({
      code: 'KG_IMPORT_JSONLD',
    });
  });

  it('reports a malformed file as ParseError with line and column', async () => {
    const bad = `@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n`;
    const error = await importRdf(bad, { format: 'turtle', graph: G, source: 'bad.ttl' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).line).toBe(3);
    expect((error as ParseError).column).toBeGreaterThan(0);
    expect((error as Error).message).toMatch(/bad\.ttl at line 3, column \d+/);
    const json = await importRdf('{\n  "@id": "x",\n  oops\n}', { format: 'jsonld', graph: G }).catch(
      (e: unknown) => e,
    );
    expect(json).toBeInstanceOf(ParseError);
    expect((json as ParseError).line).toBe(3);
  });
});

describe('importCsv', () => {
  const mapping = JSON.parse(
    readFileSync(new URL('provincial-health-commissions.mapping.json', DATA), 'utf8'),
  ) as CsvMapping;
  const csv = readFileSync(new URL('provincial-health-commissions.csv', DATA), 'utf8');

  it('loads the good rows and reports the bad ones by line', () => {
    const { quads, rows, errors } = importCsv(csv, mapping, { graph: G });
    expect(rows).toBe(9);
    expect(errors).toEqual([
      { line: 11, message: 'column "beds_2022": "not-a-number" is not a xsd:integer' },
      { line: 12, message: 'empty key column "id"' },
    ]);
    expect(quads.filter((q) => q.predicate.value.endsWith('#label')).map((q) => q.object.value)).toContain(
      '山東省衛生健康委員會',
    );
  });

  it('handles quoted cells with commas, doubled quotes and line breaks, and reports short rows', () => {
    const text = 'id,name\r\n1,"a, ""b""\nc"\r\n2\n3,d\n';
    const { quads, errors } = importCsv(
      text,
      { subject: 'id', subjectPrefix: 'https://e.org/', label: 'name' },
      { graph: G },
    );
    expect(quads.map((q) => q.object.value)).toEqual(['a, "b"\nc', 'd']);
    expect(errors).toEqual([{ line: 4, message: 'expected 2 cells, found 1' }]);
  });
});

describe('SPARQL over our graph joined with an imported graph', () => {
  it('reaches imported fields of a linked institution through owl:sameAs', async () => {
    const { store } = buildGraph(
      ingestText('3月2日,甘肃省卫生健康委员会召开全省卫生健康工作会议。省卫生健康委主任王建国出席会议并讲话。', {
        name: 'a.txt',
        published: '2023-03-05',
      }),
    );
    const mapping = JSON.parse(
      readFileSync(new URL('provincial-health-commissions.mapping.json', DATA), 'utf8'),
    ) as CsvMapping;
    const imported = importCsv(readFileSync(new URL('provincial-health-commissions.csv', DATA), 'utf8'), mapping, {
      graph: G,
    });
    store.addQuads(imported.quads);
    const links = proposeLinks(
      collectEntities(store, { exclude: [G] }),
      collectEntities(store, { graphs: [DataFactory.namedNode(G)] }),
      { kinds: ['institution'] },
    ).filter((c) => c.score >= 0.85);
    expect(links.map((l) => l.theirs)).toEqual(['https://example.org/health-commissions/gs']);
    store.addQuads(
      linksetQuads(links, { linkset: `${G}/linkset`, subjectsTarget: 'https://example.org/ours', objectsTarget: G }),
    );
    const stream = await createQueryEngine().queryBindings(
      `PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX kg: <https://w3id.org/policy-kg/ontology#>
       PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
       SELECT ?name ?beds WHERE {
         ?inst a kg:Institution ; skos:prefLabel ?name .
         GRAPH <${G}/linkset> { ?inst owl:sameAs ?theirs }
         GRAPH <${G}> { ?theirs <https://example.org/vocab#beds> ?beds }
       }`,
      { sources: [store.unionView()] },
    );
    const rows = (await stream.toArray()).map((b) => `${b.get('name')?.value} ${b.get('beds')?.value}`);
    expect(rows).toEqual(['甘肃省卫生健康委员会 160000']);
  });
});
