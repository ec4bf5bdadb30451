import { PREFIXES } from '@policy-kg/ontology';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { type QuerySource, sparqlTerm } from './query/index.js';
import type { SearchHit } from './search/index.js';

/** What a query source knows about one search hit's graph node. */
export interface HitFacts {
  /** The node the facts are about: the hit's IRI, or for a passage the `kg:Text` it lies in. */
  node: string;
  /** `rdf:type`s, sorted. */
  types: string[];
  /** `schema:name`, `skos:prefLabel` or `dcterms:title`. */
  label?: string;
  speaker?: string;
  speakerName?: string;
  /** `dcterms:date` or `schema:startDate`. */
  date?: string;
  meeting?: string;
  meetingName?: string;
  /** The meeting's place, else the place of the text (for a text: its jurisdiction). */
  place?: string;
  placeName?: string;
  /** `prov:hadPrimarySource` or, for a text, the document it is part of. */
  document?: string;
}

/** A search hit with the facts the source holds about it (`facts` absent: the source does not know it). */
export type EnrichedHit = SearchHit & { facts?: HitFacts };

const PROLOGUE = Object.entries(PREFIXES)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`)
  .join('\n');

const lit = (s: string) => sparqlTerm(DataFactory.literal(s));

/** A passage id `<file name>#<text index>@<start>-<end>` (search/passages.ts) → file name and text index. */
function passageText(hit: SearchHit): { file: string; index: string } | undefined {
  const m = /^(.*)#(\d+)$/.exec(hit.doc ?? '');
  return hit.kind === 'passage' && m ? { file: m[1] as string, index: m[2] as string } : undefined;
}

const isIri = (id: string) => /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(id);

/**
 * The one SELECT that looks up every hit: IRIs (entities, statements) in one
 * VALUES block, passages in another, joined to their `kg:Text` by the
 * document's `kg:fileName` and the text's `kg:textIndex`.
 */
export function hitFactsQuery(hits: readonly SearchHit[]): string | undefined {
  const iriRows: string[] = [];
  const passageRows: string[] = [];
  hits.forEach((h, i) => {
    const key = lit(String(i));
    const text = passageText(h);
    if (text) passageRows.push(`(${key} ${lit(text.file)} ${lit(text.index)})`);
    else if (isIri(h.id)) iriRows.push(`(${key} ${sparqlTerm(DataFactory.namedNode(h.id))})`);
  });
  const branches: string[] = [];
  if (iriRows.length > 0) branches.push(`{ VALUES (?key ?node) { ${iriRows.join(' ')} } }`);
  if (passageRows.length > 0) {
    // The file name joins as a term (plain literal on both sides): a FILTER(STR(…)) there
    // made Virtuoso estimate hours for the query and refuse it.
    branches.push(`{ VALUES (?key ?file ?index) { ${passageRows.join(' ')} }
    ?d kg:fileName ?file . ?node dcterms:isPartOf ?d ; kg:textIndex ?ti . FILTER(STR(?ti) = ?index) }`);
  }
  if (branches.length === 0) return undefined;
  // One UNION branch per fact, tagged by ?f: a product of OPTIONALs made Virtuoso
  // estimate the query at half an hour and refuse it (MaxQueryCostEstimationTime).
  const facts = FACT_PATTERNS.map(([f, pattern]) => `{ ${pattern} BIND(${lit(f)} AS ?f) }`);
  return `${PROLOGUE}
SELECT ?key ?node ?f ?v ?n WHERE {
  ${branches.join('\n  UNION ')}
  ${facts.join('\n  UNION ')}
}`;
}

/** Fact tag → the pattern binding its value `?v` (and a name `?n`) for `?node`. */
const FACT_PATTERNS: ReadonlyArray<readonly [string, string]> = [
  ['type', '?node a ?v .'],
  ['label', '?node schema:name|skos:prefLabel|dcterms:title ?v .'],
  ['speaker', '?node kg:speaker ?v . OPTIONAL { ?v schema:name ?n }'],
  ['date', '?node dcterms:date|schema:startDate ?v .'],
  ['meeting', '?node kg:atMeeting ?v . OPTIONAL { ?v schema:name ?n }'],
  ['mplace', '?node kg:atMeeting/schema:location ?v . OPTIONAL { ?v skos:prefLabel ?n }'],
  [
    'tplace',
    '?node kg:jurisdiction|schema:location|prov:wasDerivedFrom/dcterms:isPartOf/kg:jurisdiction ?v . OPTIONAL { ?v skos:prefLabel ?n }',
  ],
  ['document', '?node prov:hadPrimarySource|dcterms:isPartOf ?v .'],
];

/** Per hit: its node and every value of every fact, with the value's smallest name. */
interface Collected {
  node: string;
  values: Map<string, Map<string, string | undefined>>;
}

/** The smallest value of a fact and its name, so the result never depends on row order. */
function smallest(values: Map<string, string | undefined> | undefined): { value?: string; name?: string } {
  if (!values || values.size === 0) return {};
  const value = [...values.keys()].sort()[0] as string;
  const name = values.get(value);
  return name === undefined ? { value } : { value, name };
}

function toFacts(c: Collected): HitFacts {
  const out: HitFacts = { node: c.node, types: [...(c.values.get('type')?.keys() ?? [])].sort() };
  const one = (f: string) => smallest(c.values.get(f));
  const label = one('label').value;
  const speaker = one('speaker');
  const date = one('date').value;
  const meeting = one('meeting');
  // The meeting's place, else the text's (as the typed statements query does).
  const place = c.values.get('mplace')?.size ? one('mplace') : one('tplace');
  const document = one('document').value;
  if (label !== undefined) out.label = label;
  if (speaker.value !== undefined) out.speaker = speaker.value;
  if (speaker.name !== undefined) out.speakerName = speaker.name;
  if (date !== undefined) out.date = date;
  if (meeting.value !== undefined) out.meeting = meeting.value;
  if (meeting.name !== undefined) out.meetingName = meeting.name;
  if (place.value !== undefined) out.place = place.value;
  if (place.name !== undefined) out.placeName = place.name;
  if (document !== undefined) out.document = document;
  return out;
}

/**
 * Join local search hits with what a (remote) query source knows about them,
 * by IRI: the speaker, date, place and meeting of a statement, the labels and
 * types of an entity, the date, place and document of a passage's text. All
 * hits go in ONE query (VALUES), never one request per hit. Where a fact has
 * several values the smallest is kept, so the result does not depend on the
 * server's row order. A hit the source knows nothing about has no `facts`.
 *
 * @example
 * ```ts
 * const hits = await index.search('疫情防控', { k: 10 });
 * for (const h of await enrichHitsFromSource(hits, new RemoteQuerySource(target))) console.log(h.facts?.speakerName);
 * ```
 */
export async function enrichHitsFromSource(
  hits: readonly SearchHit[],
  source: QuerySource,
  options: { signal?: AbortSignal } = {},
): Promise<EnrichedHit[]> {
  const query = hitFactsQuery(hits);
  if (query === undefined) return hits.map((h) => ({ ...h }));
  const stream = await source.queryBindings(query, options.signal ? { signal: options.signal } : {});
  const byKey = new Map<number, Collected>();
  for await (const b of stream as AsyncIterable<RDF.Bindings>) {
    const key = Number(b.get('key')?.value);
    const node = b.get('node')?.value;
    const f = b.get('f')?.value;
    const v = b.get('v')?.value;
    if (!Number.isInteger(key) || node === undefined || f === undefined || v === undefined) continue;
    let entry = byKey.get(key);
    // A file name shared by two documents: keep the smallest text node and only its facts.
    if (!entry || node < entry.node) {
      entry = { node, values: new Map() };
      byKey.set(key, entry);
    } else if (node > entry.node) continue;
    let values = entry.values.get(f);
    if (!values) {
      values = new Map();
      entry.values.set(f, values);
    }
    const name = b.get('n')?.value;
    const had = values.get(v);
    if (!values.has(v) || (name !== undefined && (had === undefined || name < had))) values.set(v, name);
  }
  return hits.map((h, i) => {
    const entry = byKey.get(i);
    return entry ? { ...h, facts: toFacts(entry) } : { ...h };
  });
}
