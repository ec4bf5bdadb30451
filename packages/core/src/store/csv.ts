import {
  DCTERMS,
  KG,
  OA,
  ORG,
  PROV,
  RDF,
  SCHEMA,
  SDMX_ATTRIBUTE,
  SDMX_DIMENSION,
  SKOS,
  TIME,
} from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { QuadMatcher } from '../model/index.js';

/** The tables `kg export --format csv` writes, one file each. */
export const CSV_TABLES = ['officials', 'posts', 'statements', 'indicators', 'slogans'] as const;

/** One of {@link CSV_TABLES}. */
export type CsvTable = (typeof CSV_TABLES)[number];

/** Options of {@link writeCsvTables}. */
export interface CsvOptions {
  /** Start each file with a UTF-8 byte order mark, so Excel reads it as UTF-8. Default false. */
  bom?: boolean;
}

const n = DataFactory.namedNode;

function values(source: QuadMatcher, s: Term, p: string): string[] {
  return [...source.match(s, n(p), null, null)].map((q) => q.object.value).sort();
}
const one = (source: QuadMatcher, s: Term | undefined, p: string): string => (s ? (values(source, s, p)[0] ?? '') : '');
const oneTerm = (source: QuadMatcher, s: Term | undefined, p: string): Term | undefined => {
  if (!s) return undefined;
  for (const q of source.match(s, n(p), null, null)) return q.object;
  return undefined;
};
function subjectsOf(source: QuadMatcher, cls: string): Term[] {
  const seen = new Map<string, Term>();
  for (const q of source.match(null, n(RDF.type), n(cls), null)) seen.set(q.subject.value, q.subject);
  return [...seen.keys()].sort().map((k) => seen.get(k) as Term);
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function field(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function table(header: readonly string[], rows: string[][], options: CsvOptions): string {
  const body = [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Place label and GB/T 2260 code of a place node. */
const placeCols = (source: QuadMatcher, place: Term | undefined): [string, string] => [
  one(source, place, SKOS.prefLabel),
  one(source, place, SKOS.notation),
];

/** The text a fact was read from (via its mention), for place and date columns. */
function textOf(source: QuadMatcher, fact: Term): Term | undefined {
  const mention = oneTerm(source, fact, PROV.wasDerivedFrom);
  return oneTerm(source, mention ?? fact, DCTERMS.isPartOf);
}

/**
 * Render the CSV tables (officials, posts, statements, indicators, slogans by
 * place and date) from a graph. UTF-8, CRLF line ends, RFC 4180 quoting,
 * rows sorted; an optional BOM for Excel.
 *
 * @example const files = writeCsvTables(store, { bom: true }); files.officials;
 */
export function writeCsvTables(source: QuadMatcher, options: CsvOptions = {}): Record<CsvTable, string> {
  const docName = (doc: Term | undefined) => one(source, doc, KG.fileName);
  const officials = subjectsOf(source, KG.Official).map((o) => [
    o.value,
    one(source, o, SCHEMA.name),
    values(source, o, SCHEMA.alternateName).join(';'),
    String(values(source, o, ORG.holds).length),
    values(source, o, PROV.hadPrimarySource)
      .map((d) => docName(n(d)))
      .join(';'),
  ]);
  const posts = subjectsOf(source, KG.Membership).map((m) => {
    const official = oneTerm(source, m, ORG.member);
    const org = oneTerm(source, m, ORG.organization);
    const instant = oneTerm(source, oneTerm(source, m, ORG.memberDuring), TIME.inside);
    const date = instant
      ? ([...source.match(instant, null, null, null)].find((q) => q.predicate.value !== RDF.type)?.object.value ?? '')
      : '';
    return [
      one(source, official, SCHEMA.name),
      official?.value ?? '',
      one(source, m, KG.title),
      one(source, oneTerm(source, m, ORG.role), SKOS.prefLabel),
      one(source, org, SKOS.prefLabel),
      org?.value ?? '',
      ...placeCols(source, oneTerm(source, org, KG.jurisdiction)),
      date,
      docName(oneTerm(source, m, PROV.hadPrimarySource)),
    ];
  });
  const statements = subjectsOf(source, KG.Statement).map((s) => {
    const speaker = oneTerm(source, s, KG.speaker);
    const span = oneTerm(source, s, KG.span);
    const position = [...source.match(span ?? null, n(OA.hasSelector), null, null)]
      .map((q) => q.object)
      .find((sel) => one(source, sel, OA.start) !== '');
    return [
      s.value,
      one(source, speaker, SCHEMA.name) || one(source, speaker, SKOS.prefLabel),
      one(source, s, KG.verb),
      one(source, s, DCTERMS.date),
      one(source, oneTerm(source, s, KG.atMeeting), SCHEMA.name),
      ...placeCols(source, oneTerm(source, textOf(source, s), KG.jurisdiction)),
      one(source, s, SCHEMA.text),
      docName(oneTerm(source, s, PROV.hadPrimarySource)),
      one(source, position, OA.start),
      one(source, position, OA.end),
    ];
  });
  const indicators = subjectsOf(source, KG.IndicatorObservation).map((i) => [
    one(source, i, KG.metric),
    one(source, i, KG.value),
    one(source, i, KG.upperValue),
    one(source, i, SDMX_ATTRIBUTE.unitMeasure),
    one(source, i, KG.valueKind).replace(/^.*#/u, ''),
    one(source, i, SDMX_DIMENSION.refPeriod) || one(source, i, KG.periodText),
    ...placeCols(source, oneTerm(source, i, SDMX_DIMENSION.refArea)),
    one(source, i, KG.change),
    one(source, i, KG.changeUnit),
    one(source, i, KG.changeBasis),
    one(source, i, KG.lowerBound),
    one(source, i, KG.valueText),
    docName(oneTerm(source, i, PROV.hadPrimarySource)),
  ]);
  const slogans: string[][] = [];
  for (const [cls, scheme] of [
    [KG.Slogan, 'slogan'],
    [KG.Policy, 'policy'],
  ] as const) {
    for (const c of subjectsOf(source, cls)) {
      for (const q of source.match(null, n(KG.refersTo), c, null)) {
        const text = oneTerm(source, q.subject, DCTERMS.isPartOf);
        slogans.push([
          one(source, c, SKOS.prefLabel),
          scheme,
          one(source, c, KG.policyKind),
          one(source, q.subject, DCTERMS.date),
          ...placeCols(source, oneTerm(source, text, KG.jurisdiction)),
          docName(oneTerm(source, q.subject, PROV.hadPrimarySource)),
          c.value,
        ]);
      }
    }
  }
  const sorted = (rows: string[][]) => rows.sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
  return {
    officials: table(['iri', 'name', 'aliases', 'posts', 'documents'], sorted(officials), options),
    posts: table(
      [
        'official',
        'official_iri',
        'title',
        'role',
        'institution',
        'institution_iri',
        'place',
        'place_code',
        'date',
        'document',
      ],
      sorted(posts),
      options,
    ),
    statements: table(
      [
        'iri',
        'speaker',
        'verb',
        'date',
        'meeting',
        'place',
        'place_code',
        'text',
        'document',
        'char_start',
        'char_end',
      ],
      sorted(statements),
      options,
    ),
    indicators: table(
      [
        'metric',
        'value',
        'upper_value',
        'unit',
        'value_kind',
        'period',
        'place',
        'place_code',
        'change',
        'change_unit',
        'change_basis',
        'lower_bound',
        'value_text',
        'document',
      ],
      sorted(indicators),
      options,
    ),
    slogans: table(
      ['label', 'scheme', 'policy_kind', 'date', 'place', 'place_code', 'document', 'iri'],
      sorted(slogans),
      options,
    ),
  };
}
