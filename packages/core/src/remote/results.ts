import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'rdf-data-factory';

const factory = new DataFactory();

/** One term of the SPARQL 1.1 Query Results JSON Format (§3.2.2), plus Virtuoso's `typed-literal`. */
interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  datatype?: string;
  'xml:lang'?: string;
}

/** A parsed SELECT result: the projected variables and one name → term map per row. */
export interface SelectResult {
  variables: string[];
  rows: Map<string, RDF.Term>[];
}

/**
 * Converts one JSON result term to an RDF/JS term. Virtuoso's `typed-literal`
 * is a literal; its `nodeID://…` blank nodes stay blank nodes.
 */
export function jsonTermToRdf(t: JsonTerm): RDF.Term {
  switch (t.type) {
    case 'uri':
      return factory.namedNode(t.value as string);
    case 'bnode':
      return factory.blankNode(t.value as string);
    case 'literal':
    case 'typed-literal': {
      const value = t.value as string;
      if (t['xml:lang']) return factory.literal(value, t['xml:lang']);
      return factory.literal(value, t.datatype ? factory.namedNode(t.datatype) : undefined);
    }
    case 'triple': {
      const v = t.value as { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
      return factory.quad(
        jsonTermToRdf(v.subject) as RDF.Quad_Subject,
        jsonTermToRdf(v.predicate) as RDF.Quad_Predicate,
        jsonTermToRdf(v.object) as RDF.Quad_Object,
      );
    }
    default:
      throw new TypeError(`unknown SPARQL JSON term type ${JSON.stringify((t as { type: unknown }).type)}`);
  }
}

/**
 * Parses a SPARQL JSON SELECT result. Throws `TypeError` on a body of another
 * shape; the caller wraps it in a `RemoteError`.
 *
 * @example
 * ```ts
 * parseSelectJson({ head: { vars: ['s'] }, results: { bindings: [{ s: { type: 'uri', value: 'http://e/a' } }] } });
 * // { variables: ['s'], rows: [Map { 's' => NamedNode('http://e/a') }] }
 * ```
 */
export function parseSelectJson(json: unknown): SelectResult {
  const j = json as { head?: { vars?: unknown }; results?: { bindings?: unknown } };
  if (!j || !Array.isArray(j.head?.vars) || !Array.isArray(j.results?.bindings)) {
    throw new TypeError('not a SPARQL JSON SELECT result (missing head.vars or results.bindings)');
  }
  const variables = j.head.vars as string[];
  const rows = (j.results.bindings as Record<string, JsonTerm>[]).map((b) => {
    const row = new Map<string, RDF.Term>();
    for (const [k, v] of Object.entries(b)) row.set(k, jsonTermToRdf(v));
    return row;
  });
  return { variables, rows };
}

/** Parses a SPARQL JSON ASK result. */
export function parseAskJson(json: unknown): boolean {
  const b = (json as { boolean?: unknown } | null)?.boolean;
  if (typeof b !== 'boolean') throw new TypeError('not a SPARQL JSON ASK result (missing boolean)');
  return b;
}

export { factory as remoteFactory };
