import type { Literal, Term } from '@rdfjs/types';
import {
  booleanLiteral,
  literal,
  RDF_LANGSTRING,
  XSD,
  XSD_BOOLEAN,
  XSD_DATE,
  XSD_DATETIME,
  XSD_DECIMAL,
  XSD_DOUBLE,
  XSD_FLOAT,
  XSD_INTEGER,
  XSD_STRING,
} from '../terms.js';

/**
 * A SPARQL expression type error (§17.3). Thrown as a shared, stack-less
 * object: errors are frequent in FILTERs and must stay cheap.
 */
export class ExprError {
  constructor(readonly reason: string) {}
}
const TYPE_ERROR = new ExprError('type error');

/** Throws the shared type error. */
export function typeError(): never {
  throw TYPE_ERROR;
}

/** Numeric type ranks for promotion: integer < decimal < float < double. */
export const INT = 0;
export const DEC = 1;
export const FLT = 2;
export const DBL = 3;

const INTEGER_TYPES = [
  'integer',
  'nonPositiveInteger',
  'negativeInteger',
  'long',
  'int',
  'short',
  'byte',
  'nonNegativeInteger',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
  'positiveInteger',
];
const NUMERIC_RANK = new Map<string, number>([
  ...INTEGER_TYPES.map((t) => [`${XSD}${t}`, INT] as [string, number]),
  [XSD_DECIMAL, DEC],
  [XSD_FLOAT, FLT],
  [XSD_DOUBLE, DBL],
]);
const RANK_TYPE = [XSD_INTEGER, XSD_DECIMAL, XSD_FLOAT, XSD_DOUBLE];

const INT_RE = /^[+-]?\d+$/;
const DEC_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DBL_RE = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/;

/** Numeric rank of a datatype IRI, or -1 when it is not numeric. */
export function numericRank(datatype: string): number {
  return NUMERIC_RANK.get(datatype) ?? -1;
}

/** True when the literal is of a numeric datatype (well-typed or not). */
export function isNumericType(t: Term): boolean {
  return t.termType === 'Literal' && NUMERIC_RANK.has((t as Literal).datatype.value);
}

/** Parses a numeric lexical form of the given rank; NaN-safe `undefined` when ill-typed. */
export function parseNumeric(lex: string, rank: number): number | undefined {
  const s = lex.trim();
  if (rank === INT) return INT_RE.test(s) ? Number(s) : undefined;
  if (rank === DEC) return DEC_RE.test(s) ? Number(s) : undefined;
  if (!DBL_RE.test(s)) return undefined;
  if (s.endsWith('INF')) return s.startsWith('-') ? -Infinity : Infinity;
  return s === 'NaN' ? Number.NaN : Number(s);
}

/** The numeric value and rank of a term; throws a type error when not a valid number. */
export function numeric(t: Term): { v: number; r: number } {
  if (t.termType !== 'Literal') typeError();
  const r = numericRank((t as Literal).datatype.value);
  if (r < 0) typeError();
  const v = parseNumeric(t.value, r);
  if (v === undefined) typeError();
  return { v, r };
}

function formatDecimal(v: number): string {
  if (!Number.isFinite(v)) typeError();
  if (Number.isInteger(v)) return v.toFixed(1);
  // Doubles carry decimals here: trim binary noise (0.1 + 0.2) to 15 significant digits.
  let s = String(Number(v.toPrecision(15)));
  if (s.includes('e')) s = v.toFixed(20).replace(/0+$/, '');
  return s;
}

/** Canonical xsd:double lexical form, e.g. `1.3E1`. */
export function formatDouble(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'INF';
  if (v === -Infinity) return '-INF';
  if (v === 0) return Object.is(v, -0) ? '-0.0E0' : '0.0E0';
  const [m = '0', e = '0'] = v.toExponential().split('e');
  return `${m.includes('.') ? m : `${m}.0`}E${Number(e)}`;
}

/** A numeric literal of the given rank (integer results are truncated). */
export function numericLiteral(v: number, rank: number): Literal {
  switch (rank) {
    case INT:
      if (!Number.isFinite(v)) typeError();
      return literal(BigInt(Math.trunc(v)).toString(), XSD_INTEGER);
    case DEC:
      return literal(formatDecimal(v), XSD_DECIMAL);
    case FLT:
      return literal(formatDouble(Math.fround(v)), XSD_FLOAT);
    default:
      return literal(formatDouble(v), RANK_TYPE[rank] ?? XSD_DOUBLE);
  }
}

/** Simple literal or xsd:string (no language tag). */
export function isSimpleString(t: Term): t is Literal {
  return t.termType === 'Literal' && !(t as Literal).language && (t as Literal).datatype.value === XSD_STRING;
}

/** A "string literal" in the §17.4.3 sense: simple, xsd:string or language-tagged. */
export function isStringLiteral(t: Term): t is Literal {
  if (t.termType !== 'Literal') return false;
  const l = t as Literal;
  return l.language !== '' || l.datatype.value === XSD_STRING || l.datatype.value === RDF_LANGSTRING;
}

/** Effective boolean value (§17.2.2). */
export function ebv(t: Term): boolean {
  if (t.termType !== 'Literal') typeError();
  const l = t as Literal;
  const dt = l.datatype.value;
  if (dt === XSD_BOOLEAN) {
    if (l.value === 'true' || l.value === '1') return true;
    if (l.value === 'false' || l.value === '0') return false;
    return false;
  }
  if (l.language === '' && dt === XSD_STRING) return l.value.length > 0;
  const r = numericRank(dt);
  if (r >= 0) {
    const v = parseNumeric(l.value, r);
    return v !== undefined && v !== 0 && !Number.isNaN(v);
  }
  return typeError();
}

export function bool(b: boolean): Literal {
  return booleanLiteral(b);
}

const DATETIME_RE = /^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d(?:\.\d+)?)(Z|[+-]\d\d:\d\d)?$/;
const DATE_RE = /^(-?\d{4,})-(\d\d)-(\d\d)(Z|[+-]\d\d:\d\d)?$/;

/** Parsed xsd:dateTime or xsd:date parts. */
export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: string;
  tz: string | undefined;
}

/** Parses an xsd:dateTime (or xsd:date) literal; throws a type error otherwise. */
export function dateTimeParts(t: Term): DateTimeParts {
  if (t.termType !== 'Literal') typeError();
  const dt = (t as Literal).datatype.value;
  if (dt === XSD_DATETIME) {
    const m = DATETIME_RE.exec(t.value);
    if (!m) typeError();
    return {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hours: Number(m[4]),
      minutes: Number(m[5]),
      seconds: m[6] as string,
      tz: m[7],
    };
  }
  if (dt === XSD_DATE) {
    const m = DATE_RE.exec(t.value);
    if (!m) typeError();
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hours: 0, minutes: 0, seconds: '0', tz: m[4] };
  }
  return typeError();
}

/** Milliseconds since the epoch (timezone-less values taken as UTC) and whether a timezone was given. */
export function dateTimeValue(p: DateTimeParts): { ms: number; hasTz: boolean } {
  const secs = Number(p.seconds);
  let ms = Date.UTC(p.year, p.month - 1, p.day, p.hours, p.minutes, 0) + secs * 1000;
  if (p.year >= 0 && p.year < 100) {
    const d = new Date(ms);
    d.setUTCFullYear(p.year);
    ms = d.getTime();
  }
  if (p.tz && p.tz !== 'Z') {
    const sign = p.tz[0] === '-' ? -1 : 1;
    const offset = Number(p.tz.slice(1, 3)) * 60 + Number(p.tz.slice(4, 6));
    ms -= sign * offset * 60_000;
  }
  return { ms, hasTz: p.tz !== undefined };
}

/** Value categories used by comparison. */
export enum Cat {
  Numeric = 0,
  String = 1,
  Lang = 2,
  Boolean = 3,
  DateTime = 4,
  Date = 5,
  Other = 6,
}

export function category(l: Literal): Cat {
  if (l.language) return Cat.Lang;
  const dt = l.datatype.value;
  if (dt === XSD_STRING) return Cat.String;
  if (NUMERIC_RANK.has(dt)) return Cat.Numeric;
  if (dt === XSD_BOOLEAN) return Cat.Boolean;
  if (dt === XSD_DATETIME) return Cat.DateTime;
  if (dt === XSD_DATE) return Cat.Date;
  return Cat.Other;
}

function boolValue(l: Literal): boolean {
  if (l.value === 'true' || l.value === '1') return true;
  if (l.value === 'false' || l.value === '0') return false;
  return typeError();
}

function cmp(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two literals by value (§17.3 operator table): -1, 0, 1, or NaN for
 * unordered numbers. Throws a type error when no operator applies.
 */
export function compareLiterals(a: Literal, b: Literal): number {
  const ca = category(a);
  const cb = category(b);
  if (ca !== cb) typeError();
  switch (ca) {
    case Cat.Numeric: {
      const x = numeric(a).v;
      const y = numeric(b).v;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
      return cmp(x, y);
    }
    case Cat.String:
      return cmp(a.value, b.value);
    case Cat.Lang:
      if (a.language.toLowerCase() !== b.language.toLowerCase()) typeError();
      return cmp(a.value, b.value);
    case Cat.Boolean:
      return cmp(Number(boolValue(a)), Number(boolValue(b)));
    case Cat.DateTime:
    case Cat.Date: {
      const x = dateTimeValue(dateTimeParts(a));
      const y = dateTimeValue(dateTimeParts(b));
      if (x.hasTz !== y.hasTz) {
        // §10.4 of XPath F&O: without a timezone the order is indeterminate within ±14h.
        const d = x.ms - y.ms;
        if (Math.abs(d) <= 14 * 3600_000) typeError();
        return d < 0 ? -1 : 1;
      }
      return cmp(x.ms, y.ms);
    }
    default:
      return typeError();
  }
}

/** The category of a literal, `Other` when its lexical form is invalid for its (known) datatype. */
function validCategory(l: Literal): Cat {
  const c = category(l);
  switch (c) {
    case Cat.Numeric:
      return parseNumeric(l.value, numericRank(l.datatype.value)) === undefined ? Cat.Other : c;
    case Cat.Boolean:
      return /^(true|false|1|0)$/.test(l.value) ? c : Cat.Other;
    case Cat.DateTime:
      return DATETIME_RE.test(l.value) ? c : Cat.Other;
    case Cat.Date:
      return DATE_RE.test(l.value) ? c : Cat.Other;
    default:
      return c;
  }
}

/** RDFterm-equal plus value equality for known types (§17.4.1.7, operator `=`). */
export function termValueEquals(a: Term, b: Term): boolean {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') {
    return a.termType === b.termType && a.value === b.value;
  }
  const la = a as Literal;
  const lb = b as Literal;
  const ca = validCategory(la);
  const cb = validCategory(lb);
  const same =
    la.value === lb.value &&
    la.datatype.value === lb.datatype.value &&
    la.language.toLowerCase() === lb.language.toLowerCase();
  // A language-tagged literal never equals a typed one (open-eq-10: even an ill-typed one).
  if ((ca === Cat.Lang) !== (cb === Cat.Lang)) return false;
  if (ca === Cat.Other || cb === Cat.Other) {
    if (same) return true;
    return typeError();
  }
  if (ca !== cb) {
    if ((ca === Cat.DateTime && cb === Cat.Date) || (ca === Cat.Date && cb === Cat.DateTime)) return false;
    return false;
  }
  if (ca === Cat.Lang) return same;
  try {
    return compareLiterals(la, lb) === 0;
  } catch (e) {
    if (same) return true;
    throw e;
  }
}

/** Ranks of term kinds in ORDER BY (§15.1): unbound < blank < IRI < literal. */
function kindRank(t: Term | undefined): number {
  if (t === undefined) return 0;
  if (t.termType === 'BlankNode') return 1;
  if (t.termType === 'NamedNode') return 2;
  return 3;
}

/** Total order for ORDER BY, MIN and MAX. */
export function orderCompare(a: Term | undefined, b: Term | undefined): number {
  const ka = kindRank(a);
  const kb = kindRank(b);
  if (ka !== kb || a === undefined || b === undefined) return ka - kb;
  if (ka !== 3) return cmp(a.value, b.value);
  const la = a as Literal;
  const lb = b as Literal;
  const ca = category(la);
  const cb = category(lb);
  if (ca === cb && ca !== Cat.Other) {
    try {
      const c = compareLiterals(la, lb);
      if (c !== 0 && !Number.isNaN(c)) return c;
    } catch {
      // fall through to the lexical order
    }
  }
  // §15.1 leaves other pairs unordered: order by category (numbers, strings, tagged
  // strings, booleans, dates, others), then datatype, tag and lexical form.
  if (ca !== cb) return ca - cb;
  return (
    cmp(la.datatype.value, lb.datatype.value) ||
    cmp(la.language.toLowerCase(), lb.language.toLowerCase()) ||
    cmp(la.value, lb.value)
  );
}
