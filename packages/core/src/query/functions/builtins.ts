import type { Literal, Term } from '@rdfjs/types';
import {
  blankNode,
  langLiteral,
  literal,
  namedNode,
  XSD,
  XSD_BOOLEAN,
  XSD_DATETIME,
  XSD_DAYTIMEDURATION,
  XSD_DECIMAL,
  XSD_DOUBLE,
  XSD_FLOAT,
  XSD_INTEGER,
  XSD_STRING,
} from '../terms.js';
import { type Builtin, STRING_BUILTINS } from './strings.js';
import {
  bool,
  compareLiterals,
  DBL,
  DEC,
  dateTimeParts,
  FLT,
  formatDouble,
  INT,
  isNumericType,
  isSimpleString,
  numeric,
  numericLiteral,
  parseNumeric,
  termValueEquals,
  typeError,
} from './values.js';

export type { Builtin } from './strings.js';

function arith(op: (x: number, y: number) => number, divide = false): Builtin {
  return ([a, b]) => {
    if (a === undefined || b === undefined) return typeError();
    const x = numeric(a);
    const y = numeric(b);
    let r = Math.max(x.r, y.r);
    if (divide) {
      if (r === INT) r = DEC;
      if (r === DEC && y.v === 0) typeError();
    }
    return numericLiteral(op(x.v, y.v), r);
  };
}

function compare(test: (c: number) => boolean): Builtin {
  return ([a, b]) => {
    if (a?.termType !== 'Literal' || b?.termType !== 'Literal') return typeError();
    const c = compareLiterals(a as Literal, b as Literal);
    return bool(!Number.isNaN(c) && test(c));
  };
}

function roundLike(f: (x: number) => number): Builtin {
  return ([a]) => {
    if (a === undefined) return typeError();
    const n = numeric(a);
    return numericLiteral(f(n.v), n.r);
  };
}

function dateField(pick: (p: ReturnType<typeof dateTimeParts>) => Term): Builtin {
  return ([a]) => {
    if (a === undefined) return typeError();
    return pick(dateTimeParts(a));
  };
}

function tzDuration(tz: string): string {
  if (tz === 'Z') return 'PT0S';
  const sign = tz[0] === '-' ? '-' : '';
  const h = Number(tz.slice(1, 3));
  const m = Number(tz.slice(4, 6));
  if (h === 0 && m === 0) return 'PT0S';
  return `${sign}PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}`;
}

/** Builtins of §17.4 that take evaluated arguments (special forms live in eval/). */
export const BUILTINS: Record<string, Builtin> = {
  ...STRING_BUILTINS,
  '=': ([a, b]) => bool(termValueEquals(a as Term, b as Term)),
  '!=': ([a, b]) => bool(!termValueEquals(a as Term, b as Term)),
  '<': compare((c) => c < 0),
  '>': compare((c) => c > 0),
  '<=': compare((c) => c <= 0),
  '>=': compare((c) => c >= 0),
  '+': arith((x, y) => x + y),
  '-': arith((x, y) => x - y),
  '*': arith((x, y) => x * y),
  '/': arith((x, y) => x / y, true),
  uminus: ([a]) => {
    const n = numeric(a as Term);
    return numericLiteral(-n.v, n.r);
  },
  uplus: ([a]) => {
    const n = numeric(a as Term);
    return numericLiteral(n.v, n.r);
  },
  str: ([a]) => {
    if (a === undefined || a.termType === 'BlankNode') return typeError();
    return literal(a.value);
  },
  lang: ([a]) => {
    if (a?.termType !== 'Literal') return typeError();
    return literal((a as Literal).language);
  },
  datatype: ([a]) => {
    if (a?.termType !== 'Literal') return typeError();
    return (a as Literal).datatype;
  },
  isiri: ([a]) => bool(a?.termType === 'NamedNode'),
  isuri: ([a]) => bool(a?.termType === 'NamedNode'),
  isblank: ([a]) => bool(a?.termType === 'BlankNode'),
  isliteral: ([a]) => bool(a?.termType === 'Literal'),
  isnumeric: ([a]) => {
    if (a === undefined || !isNumericType(a)) return bool(false);
    try {
      numeric(a);
      return bool(true);
    } catch {
      return bool(false);
    }
  },
  sameterm: ([a, b]) => {
    if (a === undefined || b === undefined) return typeError();
    if (a.termType !== b.termType || a.value !== b.value) return bool(false);
    if (a.termType !== 'Literal') return bool(true);
    const la = a as Literal;
    const lb = b as Literal;
    return bool(la.datatype.value === lb.datatype.value && la.language.toLowerCase() === lb.language.toLowerCase());
  },
  strdt: ([a, b]) => {
    if (a === undefined || !isSimpleString(a) || b?.termType !== 'NamedNode') return typeError();
    return literal(a.value, b.value);
  },
  strlang: ([a, b]) => {
    if (a === undefined || !isSimpleString(a) || b === undefined || !isSimpleString(b) || b.value === '') {
      return typeError();
    }
    return langLiteral(a.value, b.value.toLowerCase());
  },
  abs: roundLike(Math.abs),
  ceil: roundLike(Math.ceil),
  floor: roundLike(Math.floor),
  round: roundLike((x) => Math.floor(x + 0.5)),
  rand: () => literal(formatDouble(Math.random()), XSD_DOUBLE),
  year: dateField((p) => literal(String(p.year), XSD_INTEGER)),
  month: dateField((p) => literal(String(p.month), XSD_INTEGER)),
  day: dateField((p) => literal(String(p.day), XSD_INTEGER)),
  hours: dateField((p) => literal(String(p.hours), XSD_INTEGER)),
  minutes: dateField((p) => literal(String(p.minutes), XSD_INTEGER)),
  seconds: dateField((p) => literal(String(Number(p.seconds)), XSD_DECIMAL)),
  timezone: dateField((p) => (p.tz === undefined ? typeError() : literal(tzDuration(p.tz), XSD_DAYTIMEDURATION))),
  tz: dateField((p) => literal(p.tz ?? '')),
};

/** Blank node for BNODE() without argument. */
export function freshBlankNode(): Term {
  return blankNode();
}

/** IRI() / URI(): resolves against the base IRI (§17.4.2.8). */
export function toIri(t: Term | undefined, base: string | undefined): Term {
  if (t === undefined) return typeError();
  if (t.termType === 'NamedNode') return t;
  if (!isSimpleString(t)) return typeError();
  if (base === undefined || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(t.value)) return namedNode(t.value);
  try {
    return namedNode(new URL(t.value, base).href);
  } catch {
    return namedNode(t.value);
  }
}

/** XPath cast-to-string lexical form of a literal (canonical for numbers and booleans). */
function canonicalString(l: Literal): string {
  const dt = l.datatype.value;
  if (dt === XSD_BOOLEAN) {
    if (l.value === '1' || l.value === 'true') return 'true';
    if (l.value === '0' || l.value === 'false') return 'false';
    return l.value;
  }
  if (!isNumericType(l)) return l.value;
  let n: { v: number; r: number };
  try {
    n = numeric(l);
  } catch {
    return l.value;
  }
  if (n.r === INT) return BigInt(l.value.trim().replace(/^\+/, '')).toString();
  if (n.r === DEC) return String(n.v);
  const abs = Math.abs(n.v);
  if (abs === 0 || (abs >= 1e-6 && abs < 1e6)) return String(n.v);
  return formatDouble(n.v);
}

const DATETIME_LEX = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/;

/** XSD constructor functions (casts, §17.5). Returns undefined for a non-cast IRI. */
export function castFunction(iri: string): Builtin | undefined {
  if (!iri.startsWith(XSD)) return undefined;
  switch (iri) {
    case XSD_STRING:
      return ([a]) => {
        if (a === undefined || a.termType === 'BlankNode') return typeError();
        return literal(a.termType === 'Literal' ? canonicalString(a as Literal) : a.value);
      };
    case XSD_BOOLEAN:
      return ([a]) => {
        if (a?.termType !== 'Literal') return typeError();
        if (isNumericType(a)) {
          const v = numeric(a).v;
          return bool(v !== 0 && !Number.isNaN(v));
        }
        const l = a as Literal;
        if (l.datatype.value !== XSD_BOOLEAN && !isSimpleString(a)) return typeError();
        const s = l.value.trim();
        if (s === 'true' || s === '1') return bool(true);
        if (s === 'false' || s === '0') return bool(false);
        return typeError();
      };
    case XSD_INTEGER:
    case XSD_DECIMAL:
    case XSD_FLOAT:
    case XSD_DOUBLE: {
      const rank = iri === XSD_INTEGER ? INT : iri === XSD_DECIMAL ? DEC : iri === XSD_FLOAT ? FLT : DBL;
      return ([a]) => {
        if (a?.termType !== 'Literal') return typeError();
        const l = a as Literal;
        let v: number | undefined;
        if (l.datatype.value === XSD_BOOLEAN) {
          v = l.value === 'true' || l.value === '1' ? 1 : l.value === 'false' || l.value === '0' ? 0 : undefined;
        } else if (isNumericType(l)) {
          v = numeric(l).v;
          if (rank <= DEC && !Number.isFinite(v)) return typeError();
          if (rank === INT) v = Math.trunc(v);
        } else if (isSimpleString(l)) {
          v = parseNumeric(l.value, rank);
        } else {
          return typeError();
        }
        if (v === undefined) return typeError();
        if (isSimpleString(l) && rank !== INT) {
          const lex = l.value.trim();
          if (rank === DEC) return literal(lex, XSD_DECIMAL);
          return literal(lex, rank === FLT ? XSD_FLOAT : XSD_DOUBLE);
        }
        if (isSimpleString(l)) return literal(l.value.trim(), XSD_INTEGER);
        return numericLiteral(v, rank);
      };
    }
    case XSD_DATETIME:
      return ([a]) => {
        if (a?.termType !== 'Literal') return typeError();
        const l = a as Literal;
        if (l.datatype.value === XSD_DATETIME || isSimpleString(l)) {
          if (!DATETIME_LEX.test(l.value.trim())) return typeError();
          return literal(l.value.trim(), XSD_DATETIME);
        }
        return typeError();
      };
    default:
      return undefined;
  }
}

export { termValueEquals };
