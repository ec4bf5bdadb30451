import { createHash, randomUUID } from 'node:crypto';
import type { Literal, Term } from '@rdfjs/types';
import { langLiteral, literal, namedNode, XSD_INTEGER, XSD_STRING } from '../terms.js';
import { isSimpleString, isStringLiteral, typeError } from './values.js';

/** A builtin taking evaluated arguments. */
export type Builtin = (args: Term[]) => Term;

function str1(t: Term | undefined): Literal {
  if (t === undefined || !isStringLiteral(t)) return typeError();
  return t;
}

/** A literal with the same language tag / datatype as `like` (§17.4.3). */
function likeArg(value: string, like: Literal): Literal {
  return like.language ? langLiteral(value, like.language) : literal(value, XSD_STRING);
}

/** Argument compatibility for CONTAINS, STRSTARTS, … (§17.4.3.1.2). */
function compatible(a: Literal, b: Literal): void {
  if (b.language && b.language.toLowerCase() !== a.language.toLowerCase()) typeError();
}

function codePoints(s: string): string[] {
  return Array.from(s);
}

function regexFlags(flags: string): string {
  let out = '';
  for (const f of flags) {
    if (f === 'i' || f === 'm' || f === 's') out += f;
    else if (f !== 'x' && f !== 'q') typeError();
  }
  return out;
}

const regexCache = new Map<string, RegExp>();

/** Compiles an XPath regular expression with flags (s, m, i, x, q) to a JS RegExp. */
export function compileRegex(pattern: string, flags: string, global = false): RegExp {
  const key = `${global ? 'g' : ''}${flags}/${pattern}`;
  let re = regexCache.get(key);
  if (re) return re;
  let p = pattern;
  if (flags.includes('q')) p = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  else if (flags.includes('x')) p = p.replace(/\s+/g, '');
  const f = regexFlags(flags) + (global ? 'g' : '');
  try {
    re = new RegExp(p, `${f}u`);
  } catch {
    try {
      re = new RegExp(p, f);
    } catch {
      return typeError();
    }
  }
  if (regexCache.size > 1000) regexCache.clear();
  regexCache.set(key, re);
  return re;
}

function hash(algorithm: string): Builtin {
  return ([a]) => {
    if (a === undefined || !isSimpleString(a)) return typeError();
    return literal(createHash(algorithm).update(a.value, 'utf8').digest('hex'));
  };
}

/** String, hash and UUID builtins of §17.4.3–17.4.6. */
export const STRING_BUILTINS: Record<string, Builtin> = {
  strlen: ([a]) => literal(String(codePoints(str1(a).value).length), XSD_INTEGER),
  ucase: ([a]) => likeArg(str1(a).value.toUpperCase(), str1(a)),
  lcase: ([a]) => likeArg(str1(a).value.toLowerCase(), str1(a)),
  substr: ([a, start, len]) => {
    const s = str1(a);
    if (start?.termType !== 'Literal' || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(start.value)) {
      return typeError();
    }
    if (len !== undefined && (len.termType !== 'Literal' || Number.isNaN(Number(len.value)))) return typeError();
    const cps = codePoints(s.value);
    const st = Math.round(Number(start.value));
    const end = len === undefined ? Number.POSITIVE_INFINITY : st + Math.round(Number(len.value));
    const out: string[] = [];
    for (let i = 0; i < cps.length; i++) {
      const pos = i + 1;
      if (pos >= st && pos < end) out.push(cps[i] as string);
    }
    return likeArg(out.join(''), s);
  },
  strstarts: ([a, b]) => {
    const x = str1(a);
    const y = str1(b);
    compatible(x, y);
    return bool(x.value.startsWith(y.value));
  },
  strends: ([a, b]) => {
    const x = str1(a);
    const y = str1(b);
    compatible(x, y);
    return bool(x.value.endsWith(y.value));
  },
  contains: ([a, b]) => {
    const x = str1(a);
    const y = str1(b);
    compatible(x, y);
    return bool(x.value.includes(y.value));
  },
  strbefore: ([a, b]) => {
    const x = str1(a);
    const y = str1(b);
    compatible(x, y);
    const i = x.value.indexOf(y.value);
    if (i < 0) return literal('');
    return y.value === '' && !x.language ? literal('', XSD_STRING) : likeArg(x.value.slice(0, i), x);
  },
  strafter: ([a, b]) => {
    const x = str1(a);
    const y = str1(b);
    compatible(x, y);
    const i = x.value.indexOf(y.value);
    if (i < 0) return literal('');
    return likeArg(x.value.slice(i + y.value.length), x);
  },
  encode_for_uri: ([a]) =>
    literal(
      encodeURIComponent(str1(a).value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ),
  concat: (args) => {
    const lits = args.map(str1);
    const out = lits.map((l) => l.value).join('');
    const lang = lits[0]?.language ?? '';
    if (lang && lits.every((l) => l.language === lang)) return langLiteral(out, lang);
    return literal(out);
  },
  langmatches: ([a, b]) => {
    const tag = str1(a).value.toLowerCase();
    const range = str1(b).value.toLowerCase();
    if (range === '*') return bool(tag !== '');
    return bool(tag === range || tag.startsWith(`${range}-`));
  },
  regex: ([a, p, f]) => {
    const s = str1(a);
    if (p === undefined || !isSimpleString(p)) return typeError();
    if (f !== undefined && !isSimpleString(f)) return typeError();
    return bool(compileRegex(p.value, f?.value ?? '').test(s.value));
  },
  replace: ([a, p, r, f]) => {
    const s = str1(a);
    if (p === undefined || !isSimpleString(p) || r === undefined || !isSimpleString(r)) return typeError();
    if (f !== undefined && !isSimpleString(f)) return typeError();
    const re = compileRegex(p.value, f?.value ?? '', true);
    const replacement = r.value.replace(/\$0/g, '$$&');
    return likeArg(s.value.replace(re, replacement), s);
  },
  md5: hash('md5'),
  sha1: hash('sha1'),
  sha256: hash('sha256'),
  sha384: hash('sha384'),
  sha512: hash('sha512'),
  uuid: () => namedNode(`urn:uuid:${randomUUID()}`),
  struuid: () => literal(randomUUID()),
};

function bool(b: boolean): Literal {
  return literal(b ? 'true' : 'false', 'http://www.w3.org/2001/XMLSchema#boolean');
}
