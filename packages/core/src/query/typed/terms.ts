import { PREFIXES } from '@policy-kg/ontology';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { UsageError } from '../../errors.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Whether an IRI holds a character SPARQL forbids inside `<…>` (SPARQL 1.1 grammar, IRIREF). */
const badIri = (iri: string): boolean => [...iri].some((c) => c.charCodeAt(0) <= 0x20 || '<>"{}|^`\\'.includes(c));

/** Escape a string for a SPARQL `"…"` literal: every character the grammar treats specially. */
function escapeString(value: string): string {
  return value.replace(/[\\"\n\r\t\b\f]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\b':
        return '\\b';
      default:
        return '\\f';
    }
  });
}

/**
 * Write an RDF/JS term in SPARQL syntax. This is the only way a user value
 * reaches query text: literals are escaped, IRIs validated, so a value can
 * never change the shape of the query.
 *
 * @example sparqlTerm(DataFactory.literal('健康"中国')) // '"健康\\"中国"'
 */
export function sparqlTerm(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      if (badIri(term.value)) throw new UsageError(`not a usable IRI: ${JSON.stringify(term.value)}`);
      return `<${term.value}>`;
    case 'Literal': {
      const lexical = `"${escapeString(term.value)}"`;
      if (term.language) {
        if (!/^[a-zA-Z]+(-[a-zA-Z0-9]+)*$/.test(term.language)) {
          throw new UsageError(`not a language tag: ${JSON.stringify(term.language)}`);
        }
        return `${lexical}@${term.language}`;
      }
      if (term.datatype.value === XSD_STRING) return lexical;
      return `${lexical}^^${sparqlTerm(term.datatype)}`;
    }
    default:
      throw new UsageError(`cannot bind a ${term.termType} in a typed query`);
  }
}

/**
 * A one-row `VALUES` block binding variables to terms; variables named here
 * are constants of the query template, values come from the caller.
 */
export function valuesBlock(bindings: Record<string, RDF.Term>): string {
  const names = Object.keys(bindings);
  if (names.length === 0) return '';
  for (const n of names) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) throw new UsageError(`bad variable name ${n}`);
  return `VALUES (${names.map((n) => `?${n}`).join(' ')}) { (${names.map((n) => sparqlTerm(bindings[n] as RDF.Term)).join(' ')}) }`;
}

/** A plain string literal. */
export const str = (value: string): RDF.Literal => DataFactory.literal(value);

/** The PREFIX lines for every namespace of the ontology. */
export const PROLOGUE = Object.entries(PREFIXES)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`)
  .join('\n');
