import { readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { ID, KG_ID_BASE, KG_RESOURCES } from './ids.js';
import { DCTERMS, OWL, PREFIXES, RDF, RDFS, SH, SKOS, XSD } from './namespaces.js';
import { ONTOLOGY_TTL_PATH, REUSED_AXIOMS_TTL_PATH, SHAPES_TTL_PATH } from './paths.js';
import { OA, ORG, PROV, QB, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, TIME } from './vocabularies.js';
import { KG, KG_NAMESPACE, KG_ONTOLOGY, KG_VERSION } from './vocabulary.js';

function parse(path: string): Quad[] {
  return new Parser({ baseIRI: KG_ONTOLOGY }).parse(readFileSync(path, 'utf8'));
}

const ontology = parse(ONTOLOGY_TTL_PATH);
const declared = new Set(
  ontology.map((q) => q.subject.value).filter((s) => s.startsWith(KG_NAMESPACE) && s !== KG_NAMESPACE),
);

function objectsOf(subject: string, predicate: string): Quad['object'][] {
  return ontology.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
}

describe('KG constants and ttl/policy-kg.ttl', () => {
  it('declares every KG constant in the Turtle file', () => {
    const missing = Object.values(KG).filter((iri) => !declared.has(iri));
    expect(missing).toEqual([]);
  });

  it('has a KG constant for every kg: term the Turtle file declares', () => {
    const constants = new Set<string>(Object.values(KG));
    const missing = [...declared].filter((iri) => !constants.has(iri));
    expect(missing).toEqual([]);
  });

  it('maps every key to its own local name', () => {
    for (const [key, iri] of Object.entries(KG)) expect(iri).toBe(KG_NAMESPACE + key);
  });

  it('gives every term a type and an English and a Chinese label and comment', () => {
    for (const iri of Object.values(KG)) {
      expect(objectsOf(iri, RDF.type).length, iri).toBeGreaterThan(0);
      for (const predicate of [RDFS.label, RDFS.comment]) {
        const langs = objectsOf(iri, predicate).map((o) => (o.termType === 'Literal' ? o.language.toLowerCase() : ''));
        expect(langs, `${iri} ${predicate}`).toEqual(expect.arrayContaining(['en', 'zh-hans']));
      }
    }
  });

  it('records the version and declares the well-known resources', () => {
    expect(objectsOf(KG_ONTOLOGY, OWL.versionInfo).map((o) => o.value)).toEqual([KG_VERSION]);
    for (const iri of Object.values(KG_RESOURCES)) {
      expect(objectsOf(iri, RDF.type).length, iri).toBe(1);
      expect(iri.startsWith(KG_ID_BASE)).toBe(true);
    }
  });

  it('makes kg:speaker a sub-property of prov:wasAttributedTo', () => {
    expect(objectsOf(KG.speaker, RDFS.subPropertyOf).map((o) => o.value)).toEqual([PROV.wasAttributedTo]);
  });

  it('keeps entity paths under the entity base', () => {
    for (const path of Object.values(ID)) expect(path).toMatch(new RegExp(`^${KG_ID_BASE}[a-z]+/$`));
  });
});

describe('reused vocabulary constants', () => {
  const reused = [
    RDF,
    RDFS,
    OWL,
    XSD,
    SCHEMA,
    ORG,
    PROV,
    TIME,
    SKOS,
    QB,
    SDMX_DIMENSION,
    SDMX_ATTRIBUTE,
    OA,
    DCTERMS,
    SH,
  ];
  const constants = new Set<string>(reused.flatMap((ns) => Object.values(ns)));
  const namespaces = Object.entries(PREFIXES).filter(
    ([prefix]) => !['kg', 'kgid', 'wd', 'void', 'sd'].includes(prefix),
  );

  it('has a constant for every reused term the ontology, shapes and reused axioms use', () => {
    const quads = [...ontology, ...parse(SHAPES_TTL_PATH), ...parse(REUSED_AXIOMS_TTL_PATH)];
    const used = new Set<string>();
    for (const q of quads) {
      for (const t of [q.subject, q.predicate, q.object]) {
        if (t.termType === 'NamedNode') used.add(t.value);
        if (t.termType === 'Literal') used.add(t.datatype.value);
      }
    }
    const missing = [...used].filter(
      (iri) =>
        namespaces.some(([, ns]) => iri.startsWith(ns)) &&
        !constants.has(iri) &&
        // ontology-level references to whole vocabularies (rdfs:seeAlso <http://schema.org/>)
        !namespaces.some(([, ns]) => iri === ns || `${iri}#` === ns),
    );
    expect(missing).toEqual([]);
  });

  it('builds each IRI from its namespace and key', () => {
    expect(ORG.Post).toBe('http://www.w3.org/ns/org#Post');
    expect(SDMX_DIMENSION.refArea).toBe('http://purl.org/linked-data/sdmx/2009/dimension#refArea');
    expect(Object.isFrozen(SCHEMA)).toBe(true);
  });
});
