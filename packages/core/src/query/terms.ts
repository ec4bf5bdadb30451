import type { BlankNode, Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'rdf-data-factory';

/** The data factory every query result term comes from. */
export const factory: DataFactory<Quad> = new DataFactory();

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const XSD_STRING = `${XSD}string`;
export const XSD_BOOLEAN = `${XSD}boolean`;
export const XSD_INTEGER = `${XSD}integer`;
export const XSD_DECIMAL = `${XSD}decimal`;
export const XSD_FLOAT = `${XSD}float`;
export const XSD_DOUBLE = `${XSD}double`;
export const XSD_DATETIME = `${XSD}dateTime`;
export const XSD_DATE = `${XSD}date`;
export const XSD_DAYTIMEDURATION = `${XSD}dayTimeDuration`;
export const RDF_LANGSTRING = `${RDF}langString`;

/** A row of bindings indexed by variable slot; `undefined` means unbound. */
export type Row = (Term | undefined)[];

/**
 * A stable string key for a term, used for hashing (joins, DISTINCT, GROUP
 * BY). It is n3's term id format, so n3 terms answer with their cached `id`
 * and other terms compute the same string.
 */
export function termKey(t: Term | undefined): string {
  if (t === undefined) return '\u0001';
  const id = (t as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  switch (t.termType) {
    case 'NamedNode':
      return t.value;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal': {
      const l = t as Literal;
      if (l.language) return `"${l.value}"@${l.language.toLowerCase()}`;
      const dt = l.datatype.value;
      return dt === XSD_STRING ? `"${l.value}"` : `"${l.value}"^^${dt}`;
    }
    case 'DefaultGraph':
      return '';
    default:
      return `?${t.value}`;
  }
}

/** RDF term identity (sameTerm), with case-insensitive language tags. */
export function termEquals(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (a.termType !== b.termType || a.value !== b.value) return false;
  if (a.termType === 'Literal') {
    const la = a as Literal;
    const lb = b as Literal;
    return la.language.toLowerCase() === lb.language.toLowerCase() && la.datatype.value === lb.datatype.value;
  }
  return true;
}

export function namedNode(iri: string): NamedNode {
  return factory.namedNode(iri);
}

export function blankNode(label?: string): BlankNode {
  return factory.blankNode(label);
}

const dtCache = new Map<string, NamedNode>();
function datatypeNode(iri: string): NamedNode {
  let n = dtCache.get(iri);
  if (n === undefined) {
    n = factory.namedNode(iri);
    dtCache.set(iri, n);
  }
  return n;
}

/** A literal with a datatype (plain `xsd:string` when omitted). */
export function literal(value: string, datatype: string = XSD_STRING): Literal {
  return factory.literal(value, datatypeNode(datatype));
}

export function langLiteral(value: string, language: string): Literal {
  return factory.literal(value, language);
}

export const TRUE: Literal = literal('true', XSD_BOOLEAN);
export const FALSE: Literal = literal('false', XSD_BOOLEAN);

export function booleanLiteral(b: boolean): Literal {
  return b ? TRUE : FALSE;
}

/** Converts any RDF/JS term (n3's, sparqljs's) to one made by our factory. */
export function toTerm(t: Term): Term {
  switch (t.termType) {
    case 'NamedNode':
      return factory.namedNode(t.value);
    case 'BlankNode':
      return factory.blankNode(t.value);
    case 'Literal': {
      const l = t as Literal;
      // Language tags compare case-insensitively; n3 stores them lowercased.
      return l.language ? factory.literal(l.value, l.language.toLowerCase()) : literal(l.value, l.datatype.value);
    }
    case 'DefaultGraph':
      return factory.defaultGraph();
    default:
      return factory.variable(t.value);
  }
}
