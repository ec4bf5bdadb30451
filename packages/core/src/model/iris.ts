import { ID, KG_ID_BASE } from '@policy-kg/ontology';
import { hashKey } from './rdf.js';

// Every IRI is `${ID.<kind>}<key>`, the key a hash of content (never a counter),
// so the same input gives the same IRIs. Keys of document-scoped things start
// with the document key, so replacing a document replaces all of them.

/** Key of a source file: the first 32 hex digits of its SHA-256. */
export const documentKey = (sha256: string): string => sha256.slice(0, 32);

/**
 * Reproducible entity IRIs.
 *
 * @example mint.document('9f86…'); // https://w3id.org/policy-kg/id/document/9f86…
 */
export const mint = {
  document: (sha256: string): string => `${ID.document}${documentKey(sha256)}`,
  /** The named graph holding everything read from one source file. */
  graph: (sha256: string): string => `${ID.graph}${documentKey(sha256)}`,
  text: (sha256: string, index: number): string => `${ID.text}${documentKey(sha256)}-${index}`,
  mention: (textKey: string, kind: string, start: number, end: number, extra = ''): string =>
    `${ID.mention}${hashKey(textKey, kind, String(start), String(end), extra)}`,
  span: (textKey: string, start: number, end: number): string =>
    `${ID.span}${hashKey(textKey, String(start), String(end))}`,
  activity: (sha256: string, component: string): string => `${ID.activity}${hashKey(documentKey(sha256), component)}`,
  official: (entityKey: string): string => `${ID.official}${hashKey(entityKey)}`,
  institution: (entityKey: string): string => `${ID.institution}${hashKey(entityKey)}`,
  nationalBody: (id: string): string => `${ID.institution}${id}`,
  role: (label: string): string => `${ID.role}${hashKey(label)}`,
  post: (institutionIri: string, role: string): string => `${ID.post}${hashKey(institutionIri, role)}`,
  membership: (officialIri: string, postIri: string, textKey: string, title: string): string =>
    `${ID.membership}${hashKey(officialIri, postIri, textKey, title)}`,
  policy: (name: string, kind: string): string => `${ID.policy}${hashKey(name, kind)}`,
  slogan: (text: string): string => `${ID.slogan}${hashKey(text)}`,
  /** One per metric of a value span: 均 gives one value to several listed metrics. */
  observation: (textKey: string, start: number, end: number, metric: string): string =>
    `${ID.observation}${hashKey(textKey, String(start), String(end), metric)}`,
  meeting: (entityKey: string): string => `${ID.meeting}${hashKey(entityKey)}`,
  statement: (textKey: string, start: number, end: number, speaker: string): string =>
    `${ID.statement}${hashKey(textKey, String(start), String(end), speaker)}`,
  place: (code: string): string => `${ID.place}${code}`,
  /** The graph of cross-document aggregates (first/last seen), rebuilt from the document graphs. */
  summaryGraph: (): string => `${ID.graph}summary`,
} as const;

/** True when an IRI was minted by policy-kg. */
export const isKgIri = (value: string): boolean => value.startsWith(KG_ID_BASE);
