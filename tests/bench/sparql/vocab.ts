import { KG_NAMESPACE } from '@policy-kg/ontology';

// Namespaces the policy-kg ontology reuses (packages/ontology/ttl/policy-kg.ttl).
// TODO(#4): switch to the ontology's exported term constants once it exports them.
export const NS = {
  kg: KG_NAMESPACE,
  kgid: 'https://w3id.org/policy-kg/id/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'http://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  prov: 'http://www.w3.org/ns/prov#',
  time: 'http://www.w3.org/2006/time#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  qb: 'http://purl.org/linked-data/cube#',
  'sdmx-dimension': 'http://purl.org/linked-data/sdmx/2009/dimension#',
  'sdmx-attribute': 'http://purl.org/linked-data/sdmx/2009/attribute#',
  dcterms: 'http://purl.org/dc/terms/',
} as const;

/** The PREFIX block every benchmark query starts with. */
export const PREFIXES = Object.entries(NS)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join('\n');

/** Entity IRIs minted by the generator (same paths as the ontology's `ID`). */
export const IDS = {
  document: `${NS.kgid}document/`,
  official: `${NS.kgid}official/`,
  institution: `${NS.kgid}institution/`,
  role: `${NS.kgid}role/`,
  membership: `${NS.kgid}membership/`,
  slogan: `${NS.kgid}slogan/`,
  policy: `${NS.kgid}policy/`,
  observation: `${NS.kgid}observation/`,
  meeting: `${NS.kgid}meeting/`,
  statement: `${NS.kgid}statement/`,
  place: `${NS.kgid}place/`,
  indicators: `${NS.kgid}dataset/indicators`,
  divisionScheme: `${NS.kgid}scheme/gbt2260`,
  sloganScheme: `${NS.kgid}scheme/slogans`,
} as const;
