import { PREFIXES, XSD } from './namespaces.js';
import { KG } from './vocabulary.js';

/** The IRI our JSON-LD context is published under; documents reference it as `"@context"`. Serve it locally. */
export const KG_CONTEXT_URL = 'https://w3id.org/policy-kg/context.jsonld';

type TermDefinition = string | { '@id': string; '@type'?: string; '@container'?: string };

// kg: properties whose values are resources; the enumerations take bare names (`"valueKind": "Target"`).
const RESOURCE_PROPERTIES = ['speaker', 'atMeeting', 'chair', 'reporter', 'post', 'jurisdiction', 'span', 'refersTo'];
RESOURCE_PROPERTIES.push('concept', 'earlierStatement', 'laterStatement', 'firstAttestedIn', 'lastAttestedIn');
RESOURCE_PROPERTIES.push('fromObservation', 'toObservation');
const ENUMERATION_PROPERTIES = ['meetingFormat', 'level', 'institutionType', 'valueKind'];
// kg: properties whose literals need a datatype other than xsd:string (checked against rdfs:range by a test).
const TYPED_PROPERTIES: Record<string, string> = {
  firstSeen: XSD.date,
  lastSeen: XSD.date,
  formulaCount: XSD.positiveInteger,
  value: XSD.decimal,
  upperValue: XSD.decimal,
  previousValue: XSD.decimal,
  change: XSD.decimal,
  approximate: XSD.boolean,
  lowerBound: XSD.boolean,
  byteStart: XSD.nonNegativeInteger,
  byteEnd: XSD.nonNegativeInteger,
  textIndex: XSD.nonNegativeInteger,
  firstUse: XSD.date,
  lagDays: XSD.integer,
  similarity: XSD.decimal,
  firstAttested: XSD.date,
  lastAttested: XSD.date,
  difference: XSD.decimal,
  ratio: XSD.decimal,
};
// kg: local names the context renames, because a more common term owns the short name.
const RENAMED: Record<string, string> = { title: 'titleAsWritten' };

const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
const typed = (iri: string, type: string) => ({ '@id': iri, '@type': type });
const language = (iri: string) => ({ '@id': iri, '@container': '@language' });

function kgTerms(): Record<string, TermDefinition> {
  const out: Record<string, TermDefinition> = {};
  for (const [name, iri] of Object.entries(KG)) {
    const term = RENAMED[name] ?? name;
    if (RESOURCE_PROPERTIES.includes(name)) out[term] = id(iri);
    else if (ENUMERATION_PROPERTIES.includes(name)) out[term] = { '@id': iri, '@type': '@vocab' };
    else if (TYPED_PROPERTIES[name]) out[term] = typed(iri, TYPED_PROPERTIES[name]);
    else out[term] = iri;
  }
  return out;
}

const P = PREFIXES;

/**
 * The JSON-LD 1.1 context for policy-kg data: our prefixes, every kg: term under its local name
 * (kg:title as `titleAsWritten`), and short names for the reused terms we write. Names, labels,
 * titles and statement content are language maps (`"prefLabel": { "zh-Hans": "甘肃省" }`). Give
 * decimals as strings (`"value": "5.66"`): JSON numbers would become xsd:double lexical forms.
 *
 * @example
 * import { KG_CONTEXT } from '@policy-kg/ontology';
 * const doc = { '@context': KG_CONTEXT, '@id': 'kgid:place/620000', '@type': 'AdministrativeDivision' };
 */
export const KG_CONTEXT = Object.freeze({
  '@version': 1.1,
  ...PREFIXES,
  id: '@id',
  type: '@type',
  ...kgTerms(),
  // schema.org
  name: language(`${P.schema}name`),
  alternateName: language(`${P.schema}alternateName`),
  text: language(`${P.schema}text`),
  startDate: `${P.schema}startDate`,
  endDate: `${P.schema}endDate`,
  location: id(`${P.schema}location`),
  organizer: id(`${P.schema}organizer`),
  foundingDate: `${P.schema}foundingDate`,
  dissolutionDate: `${P.schema}dissolutionDate`,
  // ORG
  holds: id(`${P.org}holds`),
  heldBy: id(`${P.org}heldBy`),
  postIn: id(`${P.org}postIn`),
  role: id(`${P.org}role`),
  member: id(`${P.org}member`),
  organization: id(`${P.org}organization`),
  memberDuring: id(`${P.org}memberDuring`),
  subOrganizationOf: id(`${P.org}subOrganizationOf`),
  originalOrganization: id(`${P.org}originalOrganization`),
  resultingOrganization: id(`${P.org}resultingOrganization`),
  // OWL-Time
  hasBeginning: id(`${P.time}hasBeginning`),
  hasEnd: id(`${P.time}hasEnd`),
  inside: id(`${P.time}inside`),
  inXSDDate: typed(`${P.time}inXSDDate`, XSD.date),
  inXSDgYearMonth: typed(`${P.time}inXSDgYearMonth`, XSD.gYearMonth),
  inXSDgYear: typed(`${P.time}inXSDgYear`, XSD.gYear),
  // SKOS
  prefLabel: language(`${P.skos}prefLabel`),
  altLabel: language(`${P.skos}altLabel`),
  hiddenLabel: language(`${P.skos}hiddenLabel`),
  notation: typed(`${P.skos}notation`, KG.GBT2260Code),
  broader: id(`${P.skos}broader`),
  inScheme: id(`${P.skos}inScheme`),
  exactMatch: id(`${P.skos}exactMatch`),
  // PROV-O
  hadPrimarySource: id(`${P.prov}hadPrimarySource`),
  wasDerivedFrom: id(`${P.prov}wasDerivedFrom`),
  wasGeneratedBy: id(`${P.prov}wasGeneratedBy`),
  used: id(`${P.prov}used`),
  // Data Cube
  dataSet: id(`${P.qb}dataSet`),
  refArea: id(`${P['sdmx-dimension']}refArea`),
  refPeriod: `${P['sdmx-dimension']}refPeriod`,
  unitMeasure: `${P['sdmx-attribute']}unitMeasure`,
  // Web Annotation (oa:start/oa:end count Unicode code points)
  SpecificResource: `${P.oa}SpecificResource`,
  TextPositionSelector: `${P.oa}TextPositionSelector`,
  TextQuoteSelector: `${P.oa}TextQuoteSelector`,
  hasSource: id(`${P.oa}hasSource`),
  hasSelector: id(`${P.oa}hasSelector`),
  start: typed(`${P.oa}start`, XSD.nonNegativeInteger),
  end: typed(`${P.oa}end`, XSD.nonNegativeInteger),
  exact: `${P.oa}exact`,
  prefix: `${P.oa}prefix`,
  suffix: `${P.oa}suffix`,
  // Dublin Core
  title: language(`${P.dcterms}title`),
  issued: typed(`${P.dcterms}issued`, XSD.date),
  date: `${P.dcterms}date`,
  source: `${P.dcterms}source`,
  publisher: id(`${P.dcterms}publisher`),
  isPartOf: id(`${P.dcterms}isPartOf`),
});
