import { terms } from './terms.js';

/** The persistent namespace of the policy-kg vocabulary (prefix `kg`). Public API: changes follow semver. */
export const KG_NAMESPACE = 'https://w3id.org/policy-kg/ontology#';

/** The ontology's own IRI (the `owl:Ontology` resource in `ttl/policy-kg.ttl`). */
export const KG_ONTOLOGY = 'https://w3id.org/policy-kg/ontology';

/** The ontology version recorded as `owl:versionInfo`. */
export const KG_VERSION = '0.1.0';

/**
 * Every term declared in `ttl/policy-kg.ttl`, and nothing else (a test checks both directions).
 * See the Turtle file for each term's label and comment in English and Chinese.
 *
 * @example
 * import { KG } from '@policy-kg/ontology';
 * KG.Official; // 'https://w3id.org/policy-kg/ontology#Official'
 */
export const KG = terms(KG_NAMESPACE, [
  // classes
  'Document',
  'Text',
  'Official',
  'Institution',
  'Role',
  'Post',
  'Membership',
  'Reorganization',
  'Policy',
  'Slogan',
  'IndicatorObservation',
  'Meeting',
  'Statement',
  'Mention',
  'AdministrativeDivision',
  'ExtractionActivity',
  'ValueKind',
  'MeetingFormat',
  'AdministrativeLevel',
  'InstitutionType',
  // datatype
  'GBT2260Code',
  // object properties
  'speaker',
  'atMeeting',
  'chair',
  'reporter',
  'meetingFormat',
  'post',
  'jurisdiction',
  'level',
  'institutionType',
  'valueKind',
  'span',
  'refersTo',
  // datatype properties
  'verb',
  'title',
  'firstSeen',
  'lastSeen',
  'policyKind',
  'formulaCount',
  'metric',
  'value',
  'upperValue',
  'previousValue',
  'change',
  'changeUnit',
  'changeBasis',
  'approximate',
  'lowerBound',
  'valueText',
  'periodText',
  'byteStart',
  'byteEnd',
  'textIndex',
  'sha256',
  'encoding',
  'fileName',
  'effectiveDate',
  'component',
  'rule',
  'toolVersion',
  // kg:ValueKind
  'Target',
  'Achieved',
  'Planned',
  // kg:MeetingFormat
  'OnSite',
  'VideoConference',
  'Hybrid',
  // kg:AdministrativeLevel
  'NationalLevel',
  'ProvincialLevel',
  'PrefecturalLevel',
  'CountyLevel',
  'TownshipLevel',
  // kg:InstitutionType
  'PartyOrgan',
  'GovernmentOrgan',
  'LegislativeOrgan',
  'ConsultativeOrgan',
  'SupervisoryOrgan',
  'JudicialOrgan',
  'PublicInstitution',
  'Hospital',
  'DiseaseControlCenter',
  'University',
  'Association',
  'Enterprise',
  'MassOrganization',
  'OtherInstitution',
  // Data Cube structure
  'IndicatorStructure',
  // derived facts
  'InferenceActivity',
  'Diffusion',
  'Echo',
  'Tenure',
  'IndicatorComparison',
  'concept',
  'earlierStatement',
  'laterStatement',
  'firstAttestedIn',
  'lastAttestedIn',
  'fromObservation',
  'toObservation',
  'firstUse',
  'lagDays',
  'similarity',
  'firstAttested',
  'lastAttested',
  'difference',
  'ratio',
]);

/** Allowed values of `kg:policyKind` (a closed list, enforced by the SHACL shapes). */
export const POLICY_KINDS = ['strategy', 'plan', 'program', 'reform', 'campaign', 'law', 'document', 'other'] as const;

/** One of {@link POLICY_KINDS}. */
export type PolicyKind = (typeof POLICY_KINDS)[number];
