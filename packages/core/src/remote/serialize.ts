import { XSD } from '@policy-kg/ontology';
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import { ValidationError } from '../errors.js';

/** A slice of a graph as N-Triples text. */
export interface NTriplesChunk {
  text: string;
  triples: number;
}

/**
 * Lexical forms checked before upload: over the Graph Store Protocol Virtuoso
 * silently stores an ill-typed `"12x"^^xsd:integer` as `12` (virtuoso.md).
 */
const LEXICAL: ReadonlyMap<string, RegExp> = new Map([
  [XSD.integer, /^[+-]?\d+$/],
  [XSD.decimal, /^[+-]?(\d+(\.\d*)?|\.\d+)$/],
  [XSD.double, /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/],
  [XSD.boolean, /^(true|false|1|0)$/],
  [XSD.date, /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/],
  [XSD.dateTime, /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/],
  [XSD.gYear, /^-?\d{4,}(Z|[+-]\d{2}:\d{2})?$/],
  [XSD.gYearMonth, /^-?\d{4,}-\d{2}(Z|[+-]\d{2}:\d{2})?$/],
]);

/** Throws {@link ValidationError} when `term` is a literal whose lexical form does not fit its XSD datatype. */
export function checkLiteral(term: RDF.Term, where: string): void {
  if (term.termType !== 'Literal') return;
  const re = LEXICAL.get(term.datatype.value);
  if (re && !re.test(term.value)) {
    throw new ValidationError(
      `ill-typed literal ${JSON.stringify(term.value)}^^<${term.datatype.value}> in ${where}; fix the value before upload (the server would silently alter it)`,
      { code: 'KG_REMOTE_ILL_TYPED' },
    );
  }
}

/**
 * Serialises quads as N-Triples (graph component dropped) in chunks of
 * `chunkTriples`. From the first blank node on, everything goes into one last
 * chunk, because a blank-node label is scoped to one upload request.
 *
 * @example
 * ```ts
 * for await (const c of ntriplesChunks(quads, { chunkTriples: 50_000, graph: g })) await send(c.text);
 * ```
 */
export async function* ntriplesChunks(
  quads: Iterable<RDF.Quad> | AsyncIterable<RDF.Quad>,
  options: { chunkTriples: number; graph: string },
): AsyncGenerator<NTriplesChunk> {
  const writer = new Writer({ format: 'N-Triples' });
  const where = `graph <${options.graph}>`;
  let lines: string[] = [];
  let hasBlank = false;
  for await (const q of quads) {
    checkLiteral(q.object, where);
    if (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode') hasBlank = true;
    lines.push(writer.quadToString(q.subject, q.predicate, q.object));
    if (!hasBlank && lines.length >= options.chunkTriples) {
      yield { text: lines.join(''), triples: lines.length };
      lines = [];
    }
  }
  if (lines.length > 0) yield { text: lines.join(''), triples: lines.length };
}
