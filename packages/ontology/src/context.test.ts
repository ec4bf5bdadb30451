import { readFileSync } from 'node:fs';
import jsonldModule from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { KG_CONTEXT, KG_CONTEXT_URL } from './context.js';
import { OWL, RDF, RDFS, XSD } from './namespaces.js';
import { CONTEXT_JSONLD_PATH, ONTOLOGY_TTL_PATH, SHAPES_TTL_PATH } from './paths.js';
import { KG } from './vocabulary.js';

// @types/jsonld's overloads (callback vs promise) do not resolve for an options
// object with a custom documentLoader; this is the promise API we use.
const jsonld = jsonldModule as unknown as {
  expand(input: object, options: object): Promise<Array<Record<string, unknown>>>;
  toRDF(input: object, options: object): Promise<string>;
};

// Offline: the loader serves our context and refuses everything else.
const documentLoader = async (url: string) => {
  if (url !== KG_CONTEXT_URL) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': KG_CONTEXT } };
};

const ontology = new Store(new Parser().parse(readFileSync(ONTOLOGY_TTL_PATH, 'utf8')));
const context = KG_CONTEXT as unknown as Record<string, string | { '@id': string; '@type'?: string }>;
const entryOf = (iri: string) => Object.values(context).find((v) => (typeof v === 'string' ? v : v['@id']) === iri);

const doc = {
  '@context': KG_CONTEXT_URL,
  '@graph': [
    {
      id: 'kgid:observation/x',
      type: 'IndicatorObservation',
      dataSet: 'kgid:dataset/indicators',
      metric: '门诊量',
      value: '5.66',
      valueText: '5.66万人次',
      valueKind: 'Target',
      lowerBound: true,
      hadPrimarySource: 'kgid:document/d',
      refArea: 'kgid:place/620000',
    },
    { id: 'kgid:document/d', type: 'Document', sha256: 'a'.repeat(64), encoding: 'GB18030' },
    {
      id: 'kgid:place/620000',
      type: 'AdministrativeDivision',
      prefLabel: { 'zh-Hans': '甘肃省' },
      notation: '620000',
      level: 'ProvincialLevel',
      inScheme: 'kgid:scheme/gbt2260',
    },
  ],
};

describe('KG_CONTEXT', () => {
  it('expands a document offline to our IRIs, datatypes and enumeration values', async () => {
    const expanded = await jsonld.expand(doc, { documentLoader });
    const obs = expanded.find((n) => n['@id'] === 'https://w3id.org/policy-kg/id/observation/x');
    expect(obs?.['@type']).toEqual([KG.IndicatorObservation]);
    expect(obs?.[KG.value]).toEqual([{ '@value': '5.66', '@type': XSD.decimal }]);
    expect(obs?.[KG.valueKind]).toEqual([{ '@id': KG.Target }]);
    expect(obs?.[KG.metric]).toEqual([{ '@value': '门诊量' }]);
    const place = expanded.find((n) => n['@id'] === 'https://w3id.org/policy-kg/id/place/620000');
    expect(place?.['http://www.w3.org/2004/02/skos/core#prefLabel']).toEqual([
      // jsonld lower-cases language tags (BCP 47 tags are case-insensitive)
      { '@value': '甘肃省', '@language': expect.stringMatching(/^zh-hans$/i) },
    ]);
  });

  it('turns a JSON-LD document into RDF that passes the SHACL shapes', async () => {
    const nquads = await jsonld.toRDF(doc, { documentLoader, format: 'application/n-quads' });
    const shapes = new Store(new Parser().parse(readFileSync(SHAPES_TTL_PATH, 'utf8')));
    const report = await new SHACLValidator(shapes).validate(new Store(new Parser().parse(nquads)));
    expect(report.results.map((r) => r.message.map((m) => m.value))).toEqual([]);
  });

  it('maps every KG term to its own IRI', () => {
    for (const iri of Object.values(KG)) expect(entryOf(iri), iri).toBeDefined();
  });

  it('types every kg: property as its Turtle declaration says', () => {
    for (const iri of Object.values(KG)) {
      const entry = entryOf(iri);
      const types = ontology.getObjects(iri, RDF.type, null).map((t) => t.value);
      const range = ontology.getObjects(iri, RDFS.range, null)[0]?.value;
      const coerced = typeof entry === 'string' ? undefined : entry?.['@type'];
      if (types.includes(OWL.ObjectProperty)) expect(['@id', '@vocab'], iri).toContain(coerced);
      else if (types.includes(OWL.DatatypeProperty) && range && range !== XSD.string) expect(coerced, iri).toBe(range);
      else expect(coerced, iri).toBeUndefined();
    }
  });

  it('matches the context file ttl/context.jsonld (regenerate with pnpm build:context)', () => {
    expect(JSON.parse(readFileSync(CONTEXT_JSONLD_PATH, 'utf8'))).toEqual({ '@context': KG_CONTEXT });
  });
});
