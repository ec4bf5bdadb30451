import { PREFIXES } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { ParseError } from '../errors.js';
import { canonicalQuads, toSortedNQuads } from '../model/index.js';

/** RDF syntaxes the store reads and writes with n3. */
export type RdfSyntax = 'turtle' | 'trig' | 'nquads' | 'ntriples';

const N3_FORMATS: Readonly<Record<RdfSyntax, string>> = {
  turtle: 'Turtle',
  trig: 'TriG',
  nquads: 'N-Quads',
  ntriples: 'N-Triples',
};

/**
 * Parse RDF text. Syntax errors become a {@link ParseError} with line and the
 * source name: `Turtle syntax error in a.ttl at line 3: …`.
 *
 * @example parseRdf('<a:s> <a:p> "o" .', { syntax: 'turtle' }).length; // 1
 */
export function parseRdf(text: string, options: { syntax: RdfSyntax; source?: string; baseIRI?: string }): Quad[] {
  const parser = new Parser({
    format: N3_FORMATS[options.syntax],
    ...(options.baseIRI ? { baseIRI: options.baseIRI } : {}),
  });
  try {
    return parser.parse(text) as Quad[];
  } catch (error) {
    const line = Number((error as { context?: { line?: number } }).context?.line ?? 0);
    const where = options.source ? ` in ${options.source}` : '';
    throw new ParseError(
      `${N3_FORMATS[options.syntax]} syntax error${where} at line ${line}: ${(error as Error).message}`,
      {
        line,
        column: 0,
        offset: 0,
        code: 'KG_RDF_SYNTAX',
        cause: error,
      },
    );
  }
}

function write(quads: readonly Quad[], format: string, prefixes: boolean): Promise<string> {
  const writer = new Writer({ format, ...(prefixes ? { prefixes: { ...PREFIXES } } : {}) });
  writer.addQuads(quads as Quad[]);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}

/** Sorted N-Quads (byte-identical for the same graph). */
export function writeNQuads(quads: Iterable<Quad>): string {
  return toSortedNQuads(quads);
}

/** Turtle of the union of all graphs (graph names dropped), triples sorted, with the ontology's prefixes. */
export function writeTurtle(quads: Iterable<Quad>): Promise<string> {
  const triples = canonicalQuads(
    [...quads].map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph())),
  );
  return write(triples, 'Turtle', true);
}

/** TriG with one block per named graph, quads sorted. */
export function writeTriG(quads: Iterable<Quad>): Promise<string> {
  const sorted = canonicalQuads(quads);
  // Stable sort: quads of one graph stay together, each graph block in line order.
  sorted.sort((a, b) => (a.graph.value < b.graph.value ? -1 : a.graph.value > b.graph.value ? 1 : 0));
  return write(sorted, 'TriG', true);
}
