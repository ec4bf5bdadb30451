import { PREFIXES as ONTOLOGY_PREFIXES } from '@policy-kg/ontology';

/** Namespaces of the policy-kg ontology and the vocabularies it reuses. */
export const NS = ONTOLOGY_PREFIXES;

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
