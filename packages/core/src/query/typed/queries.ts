import type * as RDF from '@rdfjs/types';
import {
  addDateRange,
  firstBy,
  num,
  type Provenance,
  placePattern,
  provenance,
  select,
  spanPattern,
  type TypedQueryOptions,
  val,
} from './run.js';
import type { QuerySource } from './source.js';
import { str } from './terms.js';

/** Filters of {@link statements}; all optional, combined with AND. */
export interface StatementFilter extends TypedQueryOptions {
  /** Speaker's name, exactly (`郭玉芬`). */
  speaker?: string;
  /** Text the statement contains (`疫情防控`). */
  topic?: string;
  /** Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from?: string;
  /** Latest date, same forms. */
  to?: string;
  /** Place (label or GB/T 2260 code) of the meeting or text, sub-places included (`甘肃`). */
  place?: string;
  /** Text the meeting's name contains. */
  meeting?: string;
}

/** One statement: who said what, when, where, with its source span. */
export interface StatementRow {
  statement: string;
  speaker: string;
  speakerName?: string;
  verb?: string;
  text: string;
  date?: string;
  meeting?: string;
  meetingName?: string;
  place?: string;
  placeName?: string;
  provenance: Provenance;
}

/**
 * Statements by speaker, topic text, date range, place and meeting, oldest first.
 *
 * @example await statements(source, { speaker: '郭玉芬', from: '2023' });
 */
export async function statements(source: QuerySource, filter: StatementFilter = {}): Promise<StatementRow[]> {
  const values: Record<string, RDF.Term> = {};
  const where = [
    '?s a kg:Statement ; kg:speaker ?speaker ; schema:text ?text ; prov:hadPrimarySource ?doc .',
    'OPTIONAL { ?s kg:verb ?verb }',
    'OPTIONAL { ?s dcterms:date ?date }',
    'OPTIONAL { ?speaker schema:name ?speakerName }',
    'OPTIONAL { ?s kg:atMeeting ?meeting . OPTIONAL { ?meeting schema:name ?meetingName }',
    '  OPTIONAL { ?meeting schema:location ?mplace . OPTIONAL { ?mplace skos:prefLabel ?mplaceName } } }',
    'OPTIONAL { ?s prov:wasDerivedFrom/dcterms:isPartOf/kg:jurisdiction ?tplace . OPTIONAL { ?tplace skos:prefLabel ?tplaceName } }',
    // Labels are looked up inside the OPTIONALs: a pattern on an unbound BIND result would match every place.
    // The name is picked on the client (placeName below): Virtuoso 7.2 sometimes leaves
    // BIND(IF(BOUND(?mplace), ?mplaceName, ?tplaceName)) unbound when ?mplace is unbound.
    'BIND(COALESCE(?mplace, ?tplace) AS ?place)',
  ];
  if (filter.speaker !== undefined) {
    values.speakerQ = str(filter.speaker);
    where.push('FILTER(STR(?speakerName) = ?speakerQ)');
  }
  if (filter.topic !== undefined) {
    values.topicQ = str(filter.topic);
    where.push('FILTER(CONTAINS(STR(?text), ?topicQ))');
  }
  addDateRange(values, where, filter);
  if (filter.meeting !== undefined) {
    values.meetingQ = str(filter.meeting);
    where.push('FILTER(CONTAINS(STR(?meetingName), ?meetingQ))');
  }
  if (filter.place !== undefined) {
    values.placeQ = str(filter.place);
    where.push(placePattern('place', 'placeQ'));
  }
  where.push(spanPattern('s'));
  const rows = await select(
    source,
    {
      values,
      where,
      select:
        '?s ?speaker ?speakerName ?verb ?text ?date ?meeting ?meetingName ?place ?mplace ?mplaceName ?tplaceName ?doc ?start ?end ?exact',
      orderBy: '?date ?s',
    },
    filter,
  );
  return firstBy(rows, (r) => val(r, 's') ?? '', filter.limit).map((r) =>
    compact<StatementRow>({
      statement: val(r, 's'),
      speaker: val(r, 'speaker'),
      speakerName: val(r, 'speakerName'),
      verb: val(r, 'verb'),
      text: val(r, 'text'),
      date: val(r, 'date'),
      meeting: val(r, 'meeting'),
      meetingName: val(r, 'meetingName'),
      place: val(r, 'place'),
      placeName: val(r, r.has('mplace') ? 'mplaceName' : 'tplaceName'),
      provenance: provenance(r),
    }),
  );
}

/** One post an official was seen holding, on a date. */
export interface PostRow {
  official: string;
  name: string;
  post: string;
  postLabel?: string;
  title?: string;
  organization?: string;
  organizationLabel?: string;
  /** Date the holding was observed (the text's date). */
  date?: string;
  provenance: Provenance;
}

/**
 * An official's posts over time (one row per observation), oldest first.
 *
 * @example await officialPosts(source, { name: '马晓伟' });
 */
export async function officialPosts(
  source: QuerySource,
  filter: TypedQueryOptions & { name: string },
): Promise<PostRow[]> {
  const rows = await select(
    source,
    {
      values: { nameQ: str(filter.name) },
      where: [
        '?o a kg:Official ; schema:name ?name . FILTER(STR(?name) = ?nameQ)',
        '?m a kg:Membership ; org:member ?o ; kg:post ?post ; prov:hadPrimarySource ?doc .',
        'OPTIONAL { ?post skos:prefLabel ?postLabel }',
        'OPTIONAL { ?m kg:title ?title }',
        'OPTIONAL { ?m org:organization ?org . OPTIONAL { ?org skos:prefLabel ?orgLabel } }',
        'OPTIONAL { ?m org:memberDuring/time:inside/time:inXSDDate ?date }',
        'OPTIONAL { ?m prov:wasDerivedFrom ?mention }',
        spanPattern('mention'),
      ],
      select: '?o ?name ?m ?post ?postLabel ?title ?org ?orgLabel ?date ?doc ?start ?end ?exact',
      orderBy: '?date ?postLabel ?m',
    },
    filter,
  );
  return firstBy(rows, (r) => val(r, 'm') ?? '', filter.limit).map((r) =>
    compact<PostRow>({
      official: val(r, 'o'),
      name: val(r, 'name'),
      post: val(r, 'post'),
      postLabel: val(r, 'postLabel'),
      title: val(r, 'title'),
      organization: val(r, 'org'),
      organizationLabel: val(r, 'orgLabel'),
      date: val(r, 'date'),
      provenance: provenance(r),
    }),
  );
}

/** An institution under a parent. */
export interface InstitutionRow {
  institution: string;
  label?: string;
  /** Its direct parent. */
  parent: string;
  parentLabel?: string;
  provenance: Provenance;
}

/**
 * Institutions under a parent (named by a label), at any depth
 * (`org:subOrganizationOf+`).
 *
 * @example await institutionsUnder(source, { parent: '国务院' });
 */
export async function institutionsUnder(
  source: QuerySource,
  filter: TypedQueryOptions & { parent: string },
): Promise<InstitutionRow[]> {
  const rows = await select(
    source,
    {
      values: { parentQ: str(filter.parent) },
      where: [
        '?root skos:prefLabel|skos:altLabel ?rootLabel . FILTER(STR(?rootLabel) = ?parentQ)',
        '?i org:subOrganizationOf+ ?root .',
        '?i org:subOrganizationOf ?parent .',
        'OPTIONAL { ?i skos:prefLabel ?label }',
        'OPTIONAL { ?parent skos:prefLabel ?parentLabel }',
        `OPTIONAL { ?mention kg:refersTo ?i ; prov:hadPrimarySource ?doc . ${spanPattern('mention')} }`,
      ],
      select: '?i ?label ?parent ?parentLabel ?doc ?start ?end ?exact',
      orderBy: '?label ?i ?parent ?doc ?start',
    },
    filter,
  );
  return firstBy(rows, (r) => `${val(r, 'i')} ${val(r, 'parent')}`, filter.limit).map((r) =>
    compact<InstitutionRow>({
      institution: val(r, 'i'),
      label: val(r, 'label'),
      parent: val(r, 'parent'),
      parentLabel: val(r, 'parentLabel'),
      provenance: provenance(r),
    }),
  );
}

/** One dated mention of a slogan or policy. */
export interface TimelineRow {
  concept: string;
  label: string;
  /** `kg:Slogan` or `kg:Policy` IRI. */
  type: string;
  date?: string;
  year?: number;
  place?: string;
  placeName?: string;
  provenance: Provenance;
}

/**
 * A slogan's or policy's mentions (by label, pref or alt), with date and
 * the place of the text, oldest first. Group with {@link timelineCounts}.
 *
 * @example await timeline(source, { label: '健康中国', place: '甘肃' });
 */
export async function timeline(
  source: QuerySource,
  filter: TypedQueryOptions & { label: string; place?: string; from?: string; to?: string },
): Promise<TimelineRow[]> {
  const values: Record<string, RDF.Term> = { labelQ: str(filter.label) };
  const where = [
    '?c skos:prefLabel|skos:altLabel ?anyLabel . FILTER(STR(?anyLabel) = ?labelQ)',
    '?c a ?type . FILTER(?type IN (kg:Slogan, kg:Policy))',
    '?c skos:prefLabel ?label .',
    '?mention kg:refersTo ?c ; prov:hadPrimarySource ?doc .',
    'OPTIONAL { ?mention dcterms:date ?date }',
    'OPTIONAL { ?mention dcterms:isPartOf/kg:jurisdiction ?tplace . OPTIONAL { ?tplace skos:prefLabel ?tplaceName } }',
    'OPTIONAL { ?doc kg:jurisdiction ?dplace . OPTIONAL { ?dplace skos:prefLabel ?dplaceName } }',
    // The name is picked on the client, as in statements().
    'BIND(COALESCE(?tplace, ?dplace) AS ?place)',
  ];
  if (filter.place !== undefined) {
    values.placeQ = str(filter.place);
    where.push(placePattern('place', 'placeQ'));
  }
  addDateRange(values, where, filter);
  where.push(spanPattern('mention'));
  const rows = await select(
    source,
    {
      values,
      where,
      select: '?c ?label ?type ?mention ?date ?place ?tplace ?tplaceName ?dplaceName ?doc ?start ?end ?exact',
      orderBy: '?date ?tplaceName ?dplaceName ?mention',
    },
    filter,
  );
  return firstBy(rows, (r) => val(r, 'mention') ?? '', filter.limit).map((r) => {
    const date = val(r, 'date');
    return compact<TimelineRow>({
      concept: val(r, 'c'),
      label: val(r, 'label'),
      type: val(r, 'type'),
      date,
      year: date ? Number(date.slice(0, 4)) : undefined,
      place: val(r, 'place'),
      placeName: val(r, r.has('tplace') ? 'tplaceName' : 'dplaceName'),
      provenance: provenance(r),
    });
  });
}

/** Mentions per (place, year), sorted by year then place: the chart of a timeline. */
export function timelineCounts(
  rows: Iterable<TimelineRow>,
): Array<{ year: number | null; placeName: string | null; mentions: number; documents: number }> {
  const groups = new Map<
    string,
    { year: number | null; placeName: string | null; mentions: number; docs: Set<string> }
  >();
  for (const r of rows) {
    const key = `${r.year ?? ''}\u0000${r.placeName ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { year: r.year ?? null, placeName: r.placeName ?? null, mentions: 0, docs: new Set() };
      groups.set(key, g);
    }
    g.mentions++;
    g.docs.add(r.provenance.document);
  }
  return [...groups.values()]
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.placeName ?? '').localeCompare(b.placeName ?? '', 'zh'))
    .map((g) => ({ year: g.year, placeName: g.placeName, mentions: g.mentions, documents: g.docs.size }));
}

/** One indicator observation. */
export interface IndicatorRow {
  observation: string;
  metric: string;
  value: number;
  valueText?: string;
  unit?: string;
  /** `kg:Target`, `kg:Achieved`, … */
  valueKind?: string;
  area?: string;
  areaName?: string;
  period?: string;
  provenance: Provenance;
}

/**
 * Indicator observations by metric text, place (sub-places included) and period.
 *
 * @example await indicators(source, { metric: '人均预期寿命', place: '山东' });
 */
export async function indicators(
  source: QuerySource,
  filter: TypedQueryOptions & { metric?: string; place?: string; period?: string } = {},
): Promise<IndicatorRow[]> {
  const values: Record<string, RDF.Term> = {};
  const where = [
    '?o a kg:IndicatorObservation ; kg:metric ?metric ; kg:value ?value ; prov:hadPrimarySource ?doc .',
    'OPTIONAL { ?o kg:valueText ?valueText }',
    'OPTIONAL { ?o sdmx-attribute:unitMeasure ?unit }',
    'OPTIONAL { ?o kg:valueKind ?valueKind }',
    'OPTIONAL { ?o sdmx-dimension:refArea ?area . OPTIONAL { ?area skos:prefLabel ?areaName } }',
    'OPTIONAL { ?o sdmx-dimension:refPeriod ?period }',
  ];
  if (filter.metric !== undefined) {
    values.metricQ = str(filter.metric);
    where.push('FILTER(CONTAINS(STR(?metric), ?metricQ))');
  }
  if (filter.place !== undefined) {
    values.placeQ = str(filter.place);
    where.push(placePattern('area', 'placeQ'));
  }
  if (filter.period !== undefined) {
    values.periodQ = str(filter.period);
    where.push('FILTER(STRSTARTS(STR(?period), ?periodQ))');
  }
  where.push(spanPattern('o'));
  const rows = await select(
    source,
    {
      values,
      where,
      select: '?o ?metric ?value ?valueText ?unit ?valueKind ?area ?areaName ?period ?doc ?start ?end ?exact',
      orderBy: '?metric ?period ?o',
    },
    filter,
  );
  return firstBy(rows, (r) => val(r, 'o') ?? '', filter.limit).map((r) =>
    compact<IndicatorRow>({
      observation: val(r, 'o'),
      metric: val(r, 'metric'),
      value: num(r, 'value'),
      valueText: val(r, 'valueText'),
      unit: val(r, 'unit'),
      valueKind: val(r, 'valueKind'),
      area: val(r, 'area'),
      areaName: val(r, 'areaName'),
      period: val(r, 'period'),
      provenance: provenance(r),
    }),
  );
}

/** One meeting. */
export interface MeetingRow {
  meeting: string;
  name: string;
  date?: string;
  place?: string;
  placeName?: string;
  provenance: Provenance;
}

/**
 * Meetings by date range and place, oldest first.
 *
 * @example await meetings(source, { from: '2022', place: '甘肃' });
 */
export async function meetings(
  source: QuerySource,
  filter: TypedQueryOptions & { from?: string; to?: string; place?: string; name?: string } = {},
): Promise<MeetingRow[]> {
  const values: Record<string, RDF.Term> = {};
  const where = [
    '?m a kg:Meeting ; schema:name ?name ; prov:hadPrimarySource ?doc .',
    'OPTIONAL { ?m schema:startDate ?date }',
    'OPTIONAL { ?m schema:location ?place . OPTIONAL { ?place skos:prefLabel ?placeName } }',
  ];
  if (filter.name !== undefined) {
    values.nameQ = str(filter.name);
    where.push('FILTER(CONTAINS(STR(?name), ?nameQ))');
  }
  addDateRange(values, where, filter);
  if (filter.place !== undefined) {
    values.placeQ = str(filter.place);
    where.push(placePattern('place', 'placeQ'));
  }
  where.push(`OPTIONAL { ?m prov:wasDerivedFrom ?mention . ${spanPattern('mention')} }`);
  const rows = await select(
    source,
    {
      values,
      where,
      select: '?m ?name ?date ?place ?placeName ?doc ?start ?end ?exact',
      orderBy: '?date ?name ?m',
    },
    filter,
  );
  return firstBy(rows, (r) => val(r, 'm') ?? '', filter.limit).map((r) =>
    compact<MeetingRow>({
      meeting: val(r, 'm'),
      name: val(r, 'name'),
      date: val(r, 'date'),
      place: val(r, 'place'),
      placeName: val(r, 'placeName'),
      provenance: provenance(r),
    }),
  );
}

/** Drop `undefined` fields (exactOptionalPropertyTypes) and type the row. */
function compact<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out as T;
}
