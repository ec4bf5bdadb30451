import type * as RDF from '@rdfjs/types';
import { UsageError } from '../../errors.js';
import type { QuerySource } from './source.js';
import { PROLOGUE, str, valuesBlock } from './terms.js';

/** Where a fact was read: the document, the span (code-point offsets, as in the graph) and the quote. */
export interface Provenance {
  /** Document IRI (`prov:hadPrimarySource`). */
  document: string;
  /** Start offset of the span in the original file's decoded text, in code points (as `oa:start`). */
  start?: number;
  /** End offset (exclusive), in code points. */
  end?: number;
  /** The exact source text of the span (`oa:exact`). */
  quote?: string;
}

/** Options every typed query takes. */
export interface TypedQueryOptions {
  signal?: AbortSignal;
  /** At most this many rows. Default: all. */
  limit?: number;
}

/** SPARQL that binds `?start ?end ?exact` for the span of `?{node}` (optional). */
export const spanPattern = (node: string): string => `
  OPTIONAL { ?${node} kg:span ?span . ?span oa:hasSelector ?psel , ?qsel .
    ?psel oa:start ?start ; oa:end ?end . ?qsel oa:exact ?exact }`;

/**
 * SPARQL that holds when place `?{node}` is bound and is, or lies under, the
 * place named (label or code) by `?{param}`. A FILTER, so an unbound place
 * never joins with arbitrary places.
 */
export const placePattern = (node: string, param: string): string => `
  FILTER(BOUND(?${node}) && EXISTS {
    ?${node} skos:broader* ?${node}Root .
    ?${node}Root skos:prefLabel|skos:altLabel|skos:notation ?${node}RootLabel .
    FILTER(STR(?${node}RootLabel) = ?${param}) })`;

/**
 * Assemble a query from constant template parts plus a VALUES row for the
 * caller's values, run it and return plain rows (`variable → term`).
 */
export async function select(
  source: QuerySource,
  parts: { values: Record<string, RDF.Term>; where: string[]; select: string; orderBy: string },
  options: TypedQueryOptions,
): Promise<Array<Map<string, RDF.Term>>> {
  const query = `${PROLOGUE}
SELECT ${parts.select} WHERE {
  ${valuesBlock(parts.values)}
  ${parts.where.join('\n  ')}
} ORDER BY ${parts.orderBy}`;
  const stream = await source.queryBindings(query, options.signal ? { signal: options.signal } : {});
  const rows: Array<Map<string, RDF.Term>> = [];
  for await (const b of stream as AsyncIterable<RDF.Bindings>) {
    const row = new Map<string, RDF.Term>();
    for (const [k, v] of b) row.set(k.value, v);
    rows.push(row);
  }
  return sortRows(rows, parts.orderBy);
}

const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'long', 'int', 'nonNegativeInteger', 'positiveInteger'].map(
    (t) => `http://www.w3.org/2001/XMLSchema#${t}`,
  ),
);

/**
 * Order of two terms: numbers by value, everything else by lexical form (code
 * units), unbound last (an undated fact after the dated ones: "oldest first").
 */
function compareTerms(a: RDF.Term | undefined, b: RDF.Term | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (
    a.termType === 'Literal' &&
    b.termType === 'Literal' &&
    NUMERIC.has(a.datatype.value) &&
    NUMERIC.has(b.datatype.value)
  ) {
    const d = Number(a.value) - Number(b.value);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/**
 * Sort rows by the template's ORDER BY variables on the client. SPARQL leaves
 * the order of incomparable terms to the engine (our engine puts `xsd:date`
 * before `xsd:gYearMonth`, Virtuoso interleaves them and collates strings its
 * own way), so the same data gave rows in different orders embedded and on a
 * server. Lexical order of ISO dates of mixed precision is chronological.
 */
function sortRows(rows: Array<Map<string, RDF.Term>>, orderBy: string): Array<Map<string, RDF.Term>> {
  const keys = [...orderBy.matchAll(/\?(\w+)/g)].map((m) => m[1] as string);
  // Then every other variable: rows of one fact that differ only in an optional
  // label must come in one order too, since callers keep the first row per fact.
  const rest = [...new Set(rows.flatMap((r) => [...r.keys()]))].filter((k) => !keys.includes(k)).sort();
  keys.push(...rest);
  return rows.sort((x, y) => {
    for (const k of keys) {
      const c = compareTerms(x.get(k), y.get(k));
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** The lexical value of a bound variable. */
export const val = (row: Map<string, RDF.Term>, name: string): string | undefined => row.get(name)?.value;

/** A number from a bound literal. */
export const num = (row: Map<string, RDF.Term>, name: string): number | undefined => {
  const v = row.get(name)?.value;
  return v === undefined ? undefined : Number(v);
};

/** Provenance from the `?doc ?start ?end ?exact` variables. */
export function provenance(row: Map<string, RDF.Term>): Provenance {
  const p: Provenance = { document: val(row, 'doc') ?? '' };
  const start = num(row, 'start');
  const end = num(row, 'end');
  const quote = val(row, 'exact');
  if (start !== undefined) p.start = start;
  if (end !== undefined) p.end = end;
  if (quote !== undefined) p.quote = quote;
  return p;
}

/** Keep the first row per key (the queries join optional labels, which may repeat a fact). */
export function firstBy<T>(rows: Iterable<T>, key: (row: T) => string, limit?: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const r of rows) {
    const k = key(r);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
    if (limit !== undefined && out.length >= limit) break;
  }
  return out;
}

/** Normalise a date bound: `2022` → `2022-01-01` (from) or `2022-12-31` (to); `2022-03` likewise. */
export function dateBound(value: string, side: 'from' | 'to'): string {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return side === 'from' ? `${v}-01-01` : `${v}-12-31`;
  if (/^\d{4}-\d{2}$/.test(v)) return side === 'from' ? `${v}-01` : `${v}-31`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  throw new UsageError(`bad date "${value}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
}

/**
 * Restrict `?date` to a range. The bounds travel as VALUES terms (`?fromQ`,
 * `?toQ`), never as query text; undated rows are dropped when a bound is given.
 */
export function addDateRange(
  values: Record<string, RDF.Term>,
  where: string[],
  range: { from?: string | undefined; to?: string | undefined },
): void {
  if (range.from !== undefined) {
    values.fromQ = str(dateBound(range.from, 'from'));
    where.push('FILTER(BOUND(?date) && STR(?date) >= ?fromQ)');
  }
  if (range.to !== undefined) {
    values.toQ = str(dateBound(range.to, 'to'));
    where.push('FILTER(BOUND(?date) && STR(?date) <= ?toQ)');
  }
}
