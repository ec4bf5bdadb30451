import type { Literal, Term } from '@rdfjs/types';
import { QueryEvaluationError } from '../../errors.js';

// Datatype IRIs fixed by RDF 1.1 and XSD; the SPARQL result formats treat them
// specially (no `datatype` for simple literals, Turtle shorthand for numbers).
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DECIMAL = `${XSD}decimal`;
const XSD_DOUBLE = `${XSD}double`;
const XSD_BOOLEAN = `${XSD}boolean`;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const RDF_DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';

/** A literal's datatype IRI, or `undefined` when the formats leave it implicit. */
export function explicitDatatype(literal: Literal): string | undefined {
  const dt = literal.datatype.value;
  if (literal.language !== '' || dt === XSD_STRING || dt === RDF_LANG_STRING || dt === RDF_DIR_LANG_STRING) {
    return undefined;
  }
  return dt;
}

// Turtle's INTEGER, DECIMAL and DOUBLE productions: only lexical forms that
// match may be written bare (SPARQL 1.1 TSV §4).
const TURTLE_NUMBER: Readonly<Record<string, RegExp>> = {
  [XSD_INTEGER]: /^[+-]?\d+$/,
  [XSD_DECIMAL]: /^[+-]?\d*\.\d+$/,
  [XSD_DOUBLE]: /^[+-]?(?:\d+\.\d*[eE][+-]?\d+|\.\d+[eE][+-]?\d+|\d+[eE][+-]?\d+)$/,
  [XSD_BOOLEAN]: /^(?:true|false)$/,
};

const TURTLE_STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Escapes a lexical form for a Turtle `"…"` string (and hence for TSV). */
export function escapeTurtleString(value: string): string {
  return value.replace(/[\\"\n\r\t]/g, (c) => TURTLE_STRING_ESCAPES[c] ?? c);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: Turtle's IRIREF excludes U+0000–U+0020, so they must be matched.
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/g;

/** Escapes the characters Turtle forbids inside `<…>` as `\uXXXX` (UCHAR). */
function escapeIri(iri: string): string {
  return iri.replace(IRI_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** A term in Turtle/SPARQL syntax, as the TSV format writes it. */
export function turtleTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${escapeIri(term.value)}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const dt = term.datatype.value;
      const bare = TURTLE_NUMBER[dt];
      if (bare?.test(term.value)) return term.value;
      const quoted = `"${escapeTurtleString(term.value)}"`;
      if (term.language !== '') return `${quoted}@${term.language}`;
      const explicit = explicitDatatype(term);
      return explicit === undefined ? quoted : `${quoted}^^<${escapeIri(explicit)}>`;
    }
    case 'Quad':
      return `<< ${turtleTerm(term.subject)} ${turtleTerm(term.predicate)} ${turtleTerm(term.object)} >>`;
    case 'Variable':
      return `?${term.value}`;
    case 'DefaultGraph':
      return '';
  }
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

// XML 1.0 §2.2 Char: these code units cannot appear in a document at all, not
// even as character references.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching exactly the characters XML 1.0 forbids is the point.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Escapes text for XML content and attribute values.
 * @throws QueryEvaluationError for characters XML 1.0 cannot represent.
 */
export function escapeXml(value: string, where: string): string {
  const bad = XML_FORBIDDEN.exec(value);
  if (bad !== null) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new QueryEvaluationError(
      `Cannot write U+${code} (in ${where}) as SPARQL XML results: XML 1.0 forbids it; use the JSON or TSV format instead.`,
      { code: 'KG_SERIALIZE' },
    );
  }
  return value.replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c] ?? c);
}
