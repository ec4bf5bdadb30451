// Domain vocabularies reused by policy-kg (schema.org, ORG, PROV-O, OWL-Time, Data Cube, Web Annotation,
// VoID, SPARQL Service Description). A test checks that every reused term in the Turtle files is listed.
import { terms } from './terms.js';

/** schema.org terms (namespace `http://schema.org/`, as in schema.org's own RDF and JSON-LD context). */
export const SCHEMA = terms('http://schema.org/', [
  'Person',
  'Organization',
  'GovernmentOrganization',
  'Event',
  'CreativeWork',
  'Quotation',
  'Report',
  'Place',
  'AdministrativeArea',
  'name',
  'alternateName',
  'familyName',
  'givenName',
  'jobTitle',
  'startDate',
  'endDate',
  'location',
  'organizer',
  'attendee',
  'text',
  'isBasedOn',
  'datePublished',
  'foundingDate',
  'dissolutionDate',
  'url',
]);

/** W3C Organization Ontology terms. */
export const ORG = terms('http://www.w3.org/ns/org#', [
  'Organization',
  'FormalOrganization',
  'OrganizationalUnit',
  'Post',
  'Role',
  'Membership',
  'ChangeEvent',
  'holds',
  'heldBy',
  'postIn',
  'hasPost',
  'role',
  'member',
  'organization',
  'hasMembership',
  'memberDuring',
  'subOrganizationOf',
  'hasSubOrganization',
  'transitiveSubOrganizationOf',
  'originalOrganization',
  'resultingOrganization',
  'changedBy',
  'resultedFrom',
  'identifier',
  'classification',
]);

/** PROV-O terms. */
export const PROV = terms('http://www.w3.org/ns/prov#', [
  'Entity',
  'Activity',
  'Agent',
  'Person',
  'Organization',
  'SoftwareAgent',
  'wasDerivedFrom',
  'wasGeneratedBy',
  'wasAttributedTo',
  'wasAssociatedWith',
  'hadPrimarySource',
  'used',
  'generatedAtTime',
  'startedAtTime',
  'endedAtTime',
]);

/** OWL-Time terms. */
export const TIME = terms('http://www.w3.org/2006/time#', [
  'Interval',
  'ProperInterval',
  'Instant',
  'hasBeginning',
  'hasEnd',
  'inside',
  'inXSDDate',
  'inXSDDateTimeStamp',
  'inXSDgYear',
  'inXSDgYearMonth',
]);

/** RDF Data Cube terms. */
export const QB = terms('http://purl.org/linked-data/cube#', [
  'DataSet',
  'Observation',
  'DataStructureDefinition',
  'ComponentSpecification',
  'DimensionProperty',
  'MeasureProperty',
  'AttributeProperty',
  'dataSet',
  'structure',
  'component',
  'dimension',
  'measure',
  'attribute',
  'order',
  'componentRequired',
]);

/** SDMX dimensions used by our Data Cube structure. */
export const SDMX_DIMENSION = terms('http://purl.org/linked-data/sdmx/2009/dimension#', ['refArea', 'refPeriod']);

/** SDMX attributes used by our Data Cube structure. */
export const SDMX_ATTRIBUTE = terms('http://purl.org/linked-data/sdmx/2009/attribute#', ['unitMeasure']);

/** Web Annotation terms (offsets in our data are Unicode code points; see `kg:span`). */
export const OA = terms('http://www.w3.org/ns/oa#', [
  'Annotation',
  'SpecificResource',
  'TextPositionSelector',
  'TextQuoteSelector',
  'DataPositionSelector',
  'hasSource',
  'hasSelector',
  'hasTarget',
  'hasBody',
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
]);

/** VoID terms (linksets, dataset descriptions). */
export const VOID = terms('http://rdfs.org/ns/void#', [
  'Dataset',
  'Linkset',
  'subset',
  'target',
  'subjectsTarget',
  'objectsTarget',
  'linkPredicate',
  'triples',
  'entities',
  'distinctSubjects',
  'sparqlEndpoint',
  'dataDump',
  'uriSpace',
  'vocabulary',
]);

/** SPARQL 1.1 Service Description terms. */
export const SD = terms('http://www.w3.org/ns/sparql-service-description#', [
  'Service',
  'endpoint',
  'supportedLanguage',
  'SPARQL11Query',
  'SPARQL11Update',
  'resultFormat',
  'feature',
  'extensionFunction',
  'Function',
  'defaultDataset',
  'Dataset',
  'defaultGraph',
  'NamedGraph',
  'namedGraph',
  'name',
  'graph',
  'UnionDefaultGraph',
]);
