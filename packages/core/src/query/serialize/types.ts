import type { Term, Variable } from '@rdfjs/types';

/**
 * One solution: anything with `get(name)` returning the bound term or `undefined`.
 * Both a `Map<string, Term>` and an RDF/JS `Bindings` (query spec) qualify.
 */
export interface BindingsLike {
  get(name: string): Term | undefined;
}

/**
 * A SELECT result to serialize: the projected variables (names without `?`, or
 * RDF/JS `Variable` terms) and the solutions, synchronous or asynchronous.
 *
 * @example
 * ```ts
 * const result: BindingsInput = { variables: ['s'], rows: [new Map([['s', namedNode('urn:x')]])] };
 * ```
 */
export interface BindingsInput {
  variables: readonly (string | Variable)[];
  rows: Iterable<BindingsLike> | AsyncIterable<BindingsLike>;
}

/** SPARQL 1.1 result formats for SELECT and ASK. */
export type ResultsFormat = 'json' | 'xml' | 'csv' | 'tsv';

/** RDF formats for CONSTRUCT and DESCRIBE results. */
export type GraphFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads';

/** Media types of the SPARQL 1.1 protocol (SELECT/ASK results). */
export const RESULTS_MEDIA_TYPES: Readonly<Record<ResultsFormat, string>> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

/** Media types for graph results (CONSTRUCT/DESCRIBE). */
export const GRAPH_MEDIA_TYPES: Readonly<Record<GraphFormat, string>> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
};
