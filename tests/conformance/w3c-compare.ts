import type { Literal, Term } from '@rdfjs/types';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  [
    'integer',
    'decimal',
    'float',
    'double',
    'int',
    'long',
    'short',
    'byte',
    'nonNegativeInteger',
    'positiveInteger',
    'negativeInteger',
    'nonPositiveInteger',
    'unsignedInt',
    'unsignedLong',
    'unsignedShort',
    'unsignedByte',
  ].map((t) => XSD + t),
);
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** A row to compare: variable (or s/p/o) name → term. */
export type Row = Map<string, Term>;

/** How a comparison ended. `byValue` is true when some literal matched only by numeric value. */
export interface Comparison {
  ok: boolean;
  byValue: boolean;
  reason?: string;
}

function datatypeOf(l: Literal): string {
  if (l.language) return RDF_LANGSTRING;
  return l.datatype?.value || `${XSD}string`;
}

/** Canonical key of a ground term: numbers by value within their datatype, tags case-insensitive. */
function canon(t: Term, stats: { byValue: boolean } | undefined): string | null {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}`;
    case 'BlankNode':
      return null;
    case 'Literal': {
      const l = t as Literal;
      const dt = datatypeOf(l);
      let v = l.value;
      if (NUMERIC.has(dt)) {
        const n = Number(
          v
            .trim()
            .replace(/^\+/, '')
            .replace(/^(-?)INF$/, '$1Infinity'),
        );
        if (!Number.isNaN(n) || v === 'NaN') {
          const nv = String(n);
          if (stats && nv !== v) stats.byValue = true;
          v = nv;
        }
      }
      return `"${v}@${l.language.toLowerCase()}^${dt}`;
    }
    default:
      return `?${t.value}`;
  }
}

function rowKey(r: Row, stats?: { byValue: boolean }): string | null {
  const parts: string[] = [];
  for (const [k, t] of [...r.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const c = canon(t, stats);
    if (c === null) return null;
    parts.push(`${k}=${c}`);
  }
  return parts.join('|');
}

function show(r: Row): string {
  return `{${[...r].map(([k, v]) => `${k}=${v.termType === 'Literal' ? JSON.stringify(v.value) + ((v as Literal).language ? `@${(v as Literal).language}` : `^^${(v as Literal).datatype.value.replace(XSD, 'xsd:')}`) : v.termType === 'BlankNode' ? `_:${v.value}` : `<${v.value}>`}`).join(' ')}}`;
}

/** Bag equality of rows, blank nodes matched up to one bijection (backtracking). */
export function compareBags(expected: Row[], actual: Row[]): Comparison {
  const stats = { byValue: false };
  if (expected.length !== actual.length) {
    return {
      ok: false,
      byValue: false,
      reason: `expected ${expected.length} rows, got ${actual.length}: expected ${expected.slice(0, 4).map(show).join(' ')} actual ${actual.slice(0, 4).map(show).join(' ')}`,
    };
  }
  const groundE = new Map<string, number>();
  const restE: Row[] = [];
  for (const r of expected) {
    const k = rowKey(r);
    if (k === null) restE.push(r);
    else groundE.set(k, (groundE.get(k) ?? 0) + 1);
  }
  const restA: Row[] = [];
  for (const r of actual) {
    const k = rowKey(r, stats);
    if (k === null) {
      restA.push(r);
      continue;
    }
    const n = groundE.get(k) ?? 0;
    if (n === 0)
      return {
        ok: false,
        byValue: false,
        reason: `unexpected row ${show(r)}; expected ${expected.slice(0, 6).map(show).join(' ')}`,
      };
    groundE.set(k, n - 1);
  }
  if (restE.length !== restA.length)
    return { ok: false, byValue: false, reason: 'rows with blank nodes differ in number' };
  const e2a = new Map<string, string>();
  const a2e = new Map<string, string>();
  const used = new Array<boolean>(restA.length).fill(false);
  const matchRow = (e: Row, a: Row, added: [string, string][]): boolean => {
    if (e.size !== a.size) return false;
    for (const [k, et] of e) {
      const at = a.get(k);
      if (!at) return false;
      if (et.termType === 'BlankNode' || at.termType === 'BlankNode') {
        if (et.termType !== at.termType) return false;
        const m = e2a.get(et.value);
        const n = a2e.get(at.value);
        if (m === undefined && n === undefined) {
          e2a.set(et.value, at.value);
          a2e.set(at.value, et.value);
          added.push([et.value, at.value]);
        } else if (m !== at.value || n !== et.value) return false;
      } else if (canon(et, undefined) !== canon(at, stats)) return false;
    }
    return true;
  };
  const solve = (i: number): boolean => {
    if (i === restE.length) return true;
    for (let j = 0; j < restA.length; j++) {
      if (used[j]) continue;
      const added: [string, string][] = [];
      if (matchRow(restE[i] as Row, restA[j] as Row, added)) {
        used[j] = true;
        if (solve(i + 1)) return true;
        used[j] = false;
      }
      for (const [e, a] of added) {
        e2a.delete(e);
        a2e.delete(a);
      }
    }
    return false;
  };
  if (!solve(0))
    return {
      ok: false,
      byValue: false,
      reason: `no blank-node bijection: actual ${restA.slice(0, 4).map(show).join(' ')}`,
    };
  return { ok: true, byValue: stats.byValue };
}

/** Row-by-row order check on the given keys; blank nodes are wildcards. */
export function compareOrder(expected: Row[], actual: Row[], keys: string[] | null): Comparison {
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as Row;
    const a = actual[i] as Row;
    const names = keys ?? [...new Set([...e.keys(), ...a.keys()])];
    for (const k of names) {
      const et = e.get(k);
      const at = a.get(k);
      if (et === undefined || at === undefined) {
        if (et !== at) return { ok: false, byValue: false, reason: `order differs at row ${i} (${k})` };
        continue;
      }
      if (et.termType === 'BlankNode' && at.termType === 'BlankNode') continue;
      if (canon(et, undefined) !== canon(at, undefined)) {
        return { ok: false, byValue: false, reason: `order differs at row ${i}: ${show(e)} vs ${show(a)}` };
      }
    }
  }
  return { ok: true, byValue: false };
}

/** De-duplicates rows (for REDUCED / LaxCardinality and graphs). */
export function dedupe(rows: Row[]): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const r of rows) {
    const k = [...r.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(
        ([n, t]) =>
          `${n}=${t.termType}:${t.value}:${(t as Literal).language ?? ''}:${(t as Literal).datatype?.value ?? ''}`,
      )
      .join('|');
    if (!seen.has(k)) {
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}
