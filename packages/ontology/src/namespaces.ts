// Core W3C vocabularies reused by policy-kg (RDF, RDFS, OWL, XSD, SKOS, Dublin Core, SHACL) and the
// prefix table. A test checks that every reused term in the Turtle files is listed here or in vocabularies.ts.
import { terms } from './terms.js';

/** RDF 1.1 terms. */
export const RDF = terms('http://www.w3.org/1999/02/22-rdf-syntax-ns#', [
  'type',
  'Property',
  'langString',
  'first',
  'rest',
  'nil',
  'value',
]);

/** RDF Schema terms. */
export const RDFS = terms('http://www.w3.org/2000/01/rdf-schema#', [
  'Class',
  'Datatype',
  'Literal',
  'Resource',
  'label',
  'comment',
  'subClassOf',
  'subPropertyOf',
  'domain',
  'range',
  'seeAlso',
]);

/** OWL 2 terms. */
export const OWL = terms('http://www.w3.org/2002/07/owl#', [
  'Ontology',
  'Class',
  'Thing',
  'NamedIndividual',
  'ObjectProperty',
  'DatatypeProperty',
  'FunctionalProperty',
  'InverseFunctionalProperty',
  'TransitiveProperty',
  'SymmetricProperty',
  'sameAs',
  'equivalentClass',
  'equivalentProperty',
  'inverseOf',
  'versionIRI',
  'versionInfo',
  'imports',
  'onDatatype',
  'withRestrictions',
]);

/** XML Schema datatypes. */
export const XSD = terms('http://www.w3.org/2001/XMLSchema#', [
  'string',
  'boolean',
  'decimal',
  'integer',
  'double',
  'nonNegativeInteger',
  'positiveInteger',
  'date',
  'dateTime',
  'gYear',
  'gYearMonth',
  'anyURI',
  'pattern',
]);

/** SKOS terms. */
export const SKOS = terms('http://www.w3.org/2004/02/skos/core#', [
  'Concept',
  'ConceptScheme',
  'prefLabel',
  'altLabel',
  'hiddenLabel',
  'notation',
  'broader',
  'narrower',
  'broaderTransitive',
  'related',
  'inScheme',
  'hasTopConcept',
  'topConceptOf',
  'exactMatch',
  'closeMatch',
  'definition',
  'note',
]);

/** Dublin Core terms. */
export const DCTERMS = terms('http://purl.org/dc/terms/', [
  'title',
  'description',
  'issued',
  'created',
  'modified',
  'date',
  'source',
  'publisher',
  'isPartOf',
  'hasPart',
  'format',
  'identifier',
  'language',
  'license',
  'subject',
  'conformsTo',
]);

/** SHACL terms (shapes and validation reports). */
export const SH = terms('http://www.w3.org/ns/shacl#', [
  'NodeShape',
  'PropertyShape',
  'targetClass',
  'targetNode',
  'targetSubjectsOf',
  'targetObjectsOf',
  'property',
  'path',
  'minCount',
  'maxCount',
  'minLength',
  'maxLength',
  'lessThan',
  'lessThanOrEquals',
  'qualifiedValueShape',
  'qualifiedMinCount',
  'qualifiedMaxCount',
  'xone',
  'and',
  'not',
  'datatype',
  'class',
  'node',
  'nodeKind',
  'IRI',
  'Literal',
  'BlankNode',
  'BlankNodeOrIRI',
  'in',
  'or',
  'pattern',
  'languageIn',
  'uniqueLang',
  'minInclusive',
  'maxInclusive',
  'hasValue',
  'message',
  'name',
  'description',
  'severity',
  'Violation',
  'Warning',
  'Info',
  'ValidationReport',
  'ValidationResult',
  'conforms',
  'result',
  'focusNode',
  'resultPath',
  'resultSeverity',
  'resultMessage',
  'sourceShape',
  'sourceConstraintComponent',
  'value',
]);

/** Wikidata entity namespace: `${WD_NAMESPACE}Q148` is the People's Republic of China. */
export const WD_NAMESPACE = 'http://www.wikidata.org/entity/';

/**
 * Prefix → namespace for writers (n3 `Writer({ prefixes })`), SPARQL prologues and the JSON-LD context.
 * `kg` is the vocabulary, `kgid` the entity base.
 */
export const PREFIXES = Object.freeze({
  kg: 'https://w3id.org/policy-kg/ontology#',
  kgid: 'https://w3id.org/policy-kg/id/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'http://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  prov: 'http://www.w3.org/ns/prov#',
  time: 'http://www.w3.org/2006/time#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  qb: 'http://purl.org/linked-data/cube#',
  'sdmx-dimension': 'http://purl.org/linked-data/sdmx/2009/dimension#',
  'sdmx-attribute': 'http://purl.org/linked-data/sdmx/2009/attribute#',
  oa: 'http://www.w3.org/ns/oa#',
  dcterms: 'http://purl.org/dc/terms/',
  void: 'http://rdfs.org/ns/void#',
  sd: 'http://www.w3.org/ns/sparql-service-description#',
  sh: 'http://www.w3.org/ns/shacl#',
  wd: 'http://www.wikidata.org/entity/',
} as const);
