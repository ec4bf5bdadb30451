/** Base of all entity IRIs minted by policy-kg (resources, not vocabulary terms). */
export const KG_ID_BASE = 'https://w3id.org/policy-kg/id/';

/**
 * IRI prefixes per kind of resource; append a reproducible key (a hash or a code).
 * Consumers decide the key; this package only fixes the paths.
 *
 * @example
 * import { ID } from '@policy-kg/ontology';
 * `${ID.place}620000`; // 'https://w3id.org/policy-kg/id/place/620000'
 */
export const ID = Object.freeze({
  document: `${KG_ID_BASE}document/`,
  text: `${KG_ID_BASE}text/`,
  official: `${KG_ID_BASE}official/`,
  institution: `${KG_ID_BASE}institution/`,
  role: `${KG_ID_BASE}role/`,
  post: `${KG_ID_BASE}post/`,
  membership: `${KG_ID_BASE}membership/`,
  reorganization: `${KG_ID_BASE}reorganization/`,
  policy: `${KG_ID_BASE}policy/`,
  slogan: `${KG_ID_BASE}slogan/`,
  observation: `${KG_ID_BASE}observation/`,
  meeting: `${KG_ID_BASE}meeting/`,
  statement: `${KG_ID_BASE}statement/`,
  mention: `${KG_ID_BASE}mention/`,
  span: `${KG_ID_BASE}span/`,
  place: `${KG_ID_BASE}place/`,
  activity: `${KG_ID_BASE}activity/`,
  graph: `${KG_ID_BASE}graph/`,
  diffusion: `${KG_ID_BASE}diffusion/`,
  echo: `${KG_ID_BASE}echo/`,
  tenure: `${KG_ID_BASE}tenure/`,
  comparison: `${KG_ID_BASE}comparison/`,
} as const);

/**
 * Well-known resources declared in `ttl/policy-kg.ttl` (tested against it): the indicator data
 * set every `kg:IndicatorObservation` belongs to, the SKOS concept schemes, and the country as a whole
 * (a `kg:AdministrativeDivision` at `kg:NationalLevel` without a GB/T 2260 code).
 */
export const KG_RESOURCES = Object.freeze({
  china: `${KG_ID_BASE}place/CN`,
  indicatorDataSet: `${KG_ID_BASE}dataset/indicators`,
  divisionScheme: `${KG_ID_BASE}scheme/gbt2260`,
  policyScheme: `${KG_ID_BASE}scheme/policies`,
  sloganScheme: `${KG_ID_BASE}scheme/slogans`,
} as const);
