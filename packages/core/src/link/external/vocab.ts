export { ID, KG, KG_RESOURCES, ORG, OWL, RDF, RDFS, SCHEMA, SKOS, VOID, WD_NAMESPACE, XSD } from '@policy-kg/ontology';
/** foaf:name (FOAF is not among the ontology's reused vocabularies). */
export const FOAF_NAME = 'http://xmlns.com/foaf/0.1/name';
