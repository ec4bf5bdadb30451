import { createHash } from 'node:crypto';
import type { Term } from '@rdfjs/types';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  [
    'integer',
    'decimal',
    'double',
    'float',
    'int',
    'long',
    'short',
    'byte',
    'nonNegativeInteger',
    'positiveInteger',
    'nonPositiveInteger',
    'negativeInteger',
    'unsignedInt',
    'unsignedLong',
  ].map((t) => XSD + t),
);

/** A row as the benchmark compares it: variable name → term (unbound: absent). */
export interface RowLike {
  get(name: string): Term | undefined | null;
}

/**
 * A term as a comparison key. Numbers compare by value within their datatype
 * (Oxigraph canonicalises "78.20" to "78.2"); blank nodes are wildcards;
 * language tags compare case-insensitively.
 */
export function termKey(term: Term | undefined | null): string {
  if (term === undefined || term === null) return '';
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return '_:';
    case 'Literal': {
      const dt = term.datatype.value;
      if (NUMERIC.has(dt)) return `${Number(term.value)}^^${dt === `${XSD}double` || dt === `${XSD}float` ? 'f' : 'n'}`;
      if (term.language !== '') return `"${term.value}"@${term.language.toLowerCase()}`;
      return dt === `${XSD}string` ? `"${term.value}"` : `"${term.value}"^^${dt}`;
    }
    default:
      return `${term.termType}:${term.value}`;
  }
}

/** The rows as a sorted bag of keys over `variables`. */
export function canonicalRows(variables: readonly string[], rows: readonly RowLike[]): string[] {
  return rows.map((r) => variables.map((v) => termKey(r.get(v))).join('\t')).sort();
}

/** A short digest of a canonical bag, for the table. */
export function digest(rows: readonly string[]): string {
  return createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 8);
}

/** Where two bags differ: up to `limit` keys only in `a` and only in `b`. */
export function bagDiff(a: readonly string[], b: readonly string[], limit = 3): { onlyA: string[]; onlyB: string[] } {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  const onlyB: string[] = [];
  for (const k of b) {
    const c = counts.get(k) ?? 0;
    if (c > 0) counts.set(k, c - 1);
    else if (onlyB.length < limit) onlyB.push(k);
  }
  const onlyA: string[] = [];
  for (const [k, c] of counts) for (let i = 0; i < c && onlyA.length < limit; i++) onlyA.push(k);
  return { onlyA, onlyB };
}
