import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { GraphAnchors } from './generate.js';
import type { QueryShape } from './queries.js';
import { NS, PREFIXES } from './vocab.js';

const { namedNode, quad } = DataFactory;
const KG_DOCUMENT = `${NS.kg}Document`;
const RDF_TYPE = `${NS.rdf}type`;

/** Graph of the shared reference data (places, institutions, officials, meetings). */
export const REFERENCE_GRAPH = `${NS.kgid}graph/reference`;

/**
 * Spreads the generated policy graph over named graphs the way `kg build`
 * stores a corpus: one graph per document (the document's own triples, its
 * statements and observations) and one graph for the shared reference data
 * generated before the first document. The generator emits each document's
 * `rdf:type kg:Document` triple first, so that triple opens its graph.
 */
export function* toDocumentGraphs(quads: Iterable<Quad>): Generator<Quad> {
  let graph = namedNode(REFERENCE_GRAPH);
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE && q.object.value === KG_DOCUMENT) {
      graph = namedNode(`${NS.kgid}graph/doc-${q.subject.value.slice(q.subject.value.lastIndexOf('/') + 1)}`);
    }
    yield quad(q.subject, q.predicate, q.object, graph);
  }
}

/**
 * Query shapes over the per-document named graphs: plain patterns read the
 * union default graph (`GraphStore.unionView()`, Oxigraph's
 * `use_default_graph_as_union`), GRAPH patterns read one document each.
 */
export function namedGraphQueries(a: GraphAnchors, speakerName: string): QueryShape[] {
  const q = (id: string, title: string, body: string): QueryShape => ({ id, title, sparql: `${PREFIXES}\n${body}` });
  return [
    q(
      'G01',
      'typed statements(): a speaker’s statements with optional labels (union default graph)',
      // The shape query/typed `statements()` generates: VALUES for the user's value, OPTIONALs,
      // BIND COALESCE, a FILTER on an optional label, ORDER BY.
      `SELECT ?s ?speaker ?speakerName ?text ?date ?meeting ?meetingName ?place ?placeName ?doc WHERE {
  VALUES (?speakerQ) { ("${speakerName}") }
  ?s a kg:Statement ; kg:speaker ?speaker ; schema:text ?text ; schema:isBasedOn ?doc .
  OPTIONAL { ?s dcterms:date ?date }
  OPTIONAL { ?speaker schema:name ?speakerName }
  OPTIONAL { ?s kg:atMeeting ?meeting . OPTIONAL { ?meeting schema:name ?meetingName }
    OPTIONAL { ?meeting schema:location ?mplace . OPTIONAL { ?mplace skos:prefLabel ?mplaceName } } }
  OPTIONAL { ?doc kg:jurisdiction ?tplace . OPTIONAL { ?tplace skos:prefLabel ?tplaceName } }
  BIND(COALESCE(?mplace, ?tplace) AS ?place)
  BIND(IF(BOUND(?mplace), ?mplaceName, ?tplaceName) AS ?placeName)
  FILTER(STR(?speakerName) = ?speakerQ)
} ORDER BY ?date ?s`,
    ),
    q(
      'G02',
      'typed statements(): every statement with labels (union default graph, no filter)',
      `SELECT ?s ?speaker ?speakerName ?text ?date ?placeName WHERE {
  ?s a kg:Statement ; kg:speaker ?speaker ; schema:text ?text ; schema:isBasedOn ?doc .
  OPTIONAL { ?s dcterms:date ?date }
  OPTIONAL { ?speaker schema:name ?speakerName }
  OPTIONAL { ?doc kg:jurisdiction ?tplace . OPTIONAL { ?tplace skos:prefLabel ?placeName } }
  FILTER(CONTAINS(STR(?text), "基层"))
} ORDER BY ?date ?s LIMIT 200`,
    ),
    q(
      'G03',
      'cross-graph join: statements in document graphs × speaker names in the reference graph',
      `SELECT ?h (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?st schema:mentions <${a.slogan}> ; kg:speaker ?o }
  GRAPH ?h { ?o schema:name ?name }
} GROUP BY ?h`,
    ),
    q(
      'G04',
      'cross-graph join: statements × their document’s date, each in any graph',
      `SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?st schema:isBasedOn ?doc ; dcterms:date ?date FILTER(?date >= "2020-01-01"^^xsd:date) }
  GRAPH ?h { ?doc schema:datePublished ?d FILTER(?d < "2023-01-01"^^xsd:date) }
}`,
    ),
    q(
      'G05',
      'triples per document graph (GRAPH ?g, GROUP BY)',
      `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) ?g LIMIT 10`,
    ),
  ];
}
