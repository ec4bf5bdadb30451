// Canonical forms for comparing results across stores: Virtuoso lowercases language tags
// and canonicalises numbers and booleans (virtuoso.md), so terms compare by value.
import type * as RDF from '@rdfjs/types';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'nonNegativeInteger'].map((t) => XSD + t),
);

/** A comparable string for one term. */
export function termKey(t: RDF.Term | undefined): string {
  if (!t) return 'UNBOUND';
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return '_:';
    case 'Literal': {
      if (t.language) return `${JSON.stringify(t.value)}@${t.language.toLowerCase()}`;
      const dt = t.datatype.value;
      if (NUMERIC.has(dt)) return `num:${Number(t.value)}`;
      if (dt === `${XSD}boolean`) return `bool:${t.value === 'true' || t.value === '1'}`;
      if (dt === `${XSD}string`) return JSON.stringify(t.value);
      return `${JSON.stringify(t.value)}^^<${dt}>`;
    }
    default:
      return `${t.termType}:${t.value}`;
  }
}

/** Rows as canonical strings over `vars`; sorted unless `ordered`. */
export function rowKeys(
  rows: Iterable<{ get(v: string): RDF.Term | undefined }>,
  vars: readonly string[],
  ordered = false,
): string[] {
  const keys = [...rows].map((r) => vars.map((v) => `${v}=${termKey(r.get(v))}`).join(' '));
  return ordered ? keys : keys.sort();
}

/** Triples as sorted canonical strings (graph ignored). */
export function tripleKeys(quads: Iterable<RDF.Quad>): string[] {
  return [...quads].map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`).sort();
}
