// Public API of @policy-kg/ontology. Explicit named exports only (STYLE.md).
export { KG_CONTEXT, KG_CONTEXT_URL } from './context.js';
export {
  ancestors,
  type FormerPlace,
  formerPlaces,
  type GazetteerSource,
  gazetteerSource,
  lookupPlaces,
  PLACE_LEVEL_TERMS,
  type Place,
  type PlaceLevel,
  placeByCode,
  placeNames,
} from './gazetteer.js';
export { ID, KG_ID_BASE, KG_RESOURCES } from './ids.js';
export { DCTERMS, OWL, PREFIXES, RDF, RDFS, SH, SKOS, WD_NAMESPACE, XSD } from './namespaces.js';
export {
  type FormerName,
  lookupNationalBodies,
  type NationalBody,
  type NationalBodyMatch,
  type NationalBodyType,
  nationalBodies,
  nationalBodyById,
  nationalBodyNames,
  wikidataIri,
} from './national-bodies.js';
export { CONTEXT_JSONLD_PATH, ONTOLOGY_TTL_PATH, REUSED_AXIOMS_TTL_PATH, SHAPES_TTL_PATH } from './paths.js';
export type { Terms } from './terms.js';
export { OA, ORG, PROV, QB, SCHEMA, SD, SDMX_ATTRIBUTE, SDMX_DIMENSION, TIME, VOID } from './vocabularies.js';
export { KG, KG_NAMESPACE, KG_ONTOLOGY, KG_VERSION, POLICY_KINDS, type PolicyKind } from './vocabulary.js';
