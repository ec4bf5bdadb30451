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
    branches.push(`{ VALUES (?key ?file ?index) { ${passageRows.join(' ')} }
    ?d kg:fileName ?fileName . FILTER(STR(?fileName) = ?file)
    ?node dcterms:isPartOf ?d ; kg:textIndex ?ti . FILTER(STR(?ti) = ?index) }`);
  }
  if (branches.length === 0) return undefined;
  return `${PROLOGUE}
SELECT ?key ?node ?type ?label ?speaker ?speakerName ?date ?meeting ?meetingName ?mplace ?mplaceName ?tplace ?tplaceName ?document WHERE {
  ${branches.join('\n  UNION ')}
  OPTIONAL { ?node a ?type }
  OPTIONAL { ?node schema:name|skos:prefLabel|dcterms:title ?label }
  OPTIONAL { ?node kg:speaker ?speaker . OPTIONAL { ?speaker schema:name ?speakerName } }
  OPTIONAL { ?node dcterms:date|schema:startDate ?date }
  OPTIONAL { ?node kg:atMeeting ?meeting . OPTIONAL { ?meeting schema:name ?meetingName }
    OPTIONAL { ?meeting schema:location ?mplace . OPTIONAL { ?mplace skos:prefLabel ?mplaceName } } }
  OPTIONAL { ?node kg:jurisdiction|schema:location|prov:wasDerivedFrom/dcterms:isPartOf/kg:jurisdiction ?tplace .
    OPTIONAL { ?tplace skos:prefLabel ?tplaceName } }
  OPTIONAL { ?node prov:hadPrimarySource|dcterms:isPartOf ?document }
}`;
}

const FIELDS = ['label', 'speaker', 'speakerName', 'date', 'meeting', 'meetingName', 'document'] as const;

/**
 * The place of a row: the meeting's, else the text's. Chosen here rather than
 * with BIND(IF(BOUND …)) in the query, which Virtuoso 7.2 leaves unbound
 * inside this UNION-of-VALUES shape.
 */
function rowPlace(b: RDF.Bindings): { place?: string; placeName?: string } {
  const meeting = b.get('mplace')?.value;
  const place = meeting ?? b.get('tplace')?.value;
  const placeName = (meeting ? b.get('mplaceName') : b.get('tplaceName'))?.value;
  return { ...(place === undefined ? {} : { place }), ...(placeName === undefined ? {} : { placeName }) };
}

/**
 * Join local search hits with what a (remote) query source knows about them,
 * by IRI: the speaker, date, place and meeting of a statement, the labels and
 * types of an entity, the date, place and document of a passage's text. All
 * hits go in ONE query (VALUES), never one request per hit. Where a fact has
 * several values the lexically smallest is kept, so the result does not
 * depend on the server's row order.
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
  const byKey = new Map<number, { facts: HitFacts; types: Set<string> }>();
  for await (const b of stream as AsyncIterable<RDF.Bindings>) {
    const key = Number(b.get('key')?.value);
    const node = b.get('node')?.value;
    if (!Number.isInteger(key) || node === undefined) continue;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { facts: { node, types: [] }, types: new Set() };
      byKey.set(key, entry);
    } else if (node < entry.facts.node) entry.facts.node = node;
    const type = b.get('type')?.value;
    if (type !== undefined) entry.types.add(type);
    const facts = entry.facts as unknown as Record<string, unknown>;
    for (const f of FIELDS) {
      const v = b.get(f)?.value;
      if (v !== undefined && (facts[f] === undefined || v < (facts[f] as string))) facts[f] = v;
    }
    // Place and its name as a pair: the smallest place IRI, then its smallest name.
    const { place, placeName } = rowPlace(b);
    const f = entry.facts;
    if (place !== undefined && (f.place === undefined || place < f.place)) {
      f.place = place;
      if (placeName === undefined) delete f.placeName;
      else f.placeName = placeName;
    } else if (place === f.place && placeName !== undefined && (f.placeName === undefined || placeName < f.placeName)) {
      f.placeName = placeName;
    }
  }
  return hits.map((h, i) => {
    const entry = byKey.get(i);
    // A VALUES row of an IRI the source does not hold comes back with every OPTIONAL unbound.
    if (!entry || (entry.types.size === 0 && Object.keys(entry.facts).length === 2)) return { ...h };
    return { ...h, facts: { ...entry.facts, types: [...entry.types].sort() } };
  });
}
