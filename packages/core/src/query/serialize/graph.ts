import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import type { GraphFormat } from './types.js';

const N3_FORMATS: Readonly<Record<GraphFormat, string>> = {
  turtle: 'Turtle',
  trig: 'TriG',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
};

/** Options of {@link writeQuads}. */
export interface WriteQuadsOptions {
  /** Output syntax. */
  format: GraphFormat;
  /** Prefix → namespace IRI, used by Turtle and TriG (default: none). */
  prefixes?: Readonly<Record<string, string>>;
}

/**
 * Writes quads as Turtle, TriG, N-Triples or N-Quads with n3's Writer, streamed
 * in chunks as the quads arrive. Turtle and N-Triples describe one graph, so
 * they drop the graph name (CONSTRUCT results are triples anyway); use TriG or
 * N-Quads to keep named graphs.
 *
 * @example
 * ```ts
 * for await (const chunk of writeQuads(quads, { format: 'turtle', prefixes: { kg: KG_NAMESPACE } })) out.write(chunk);
 * ```
 */
export async function* writeQuads(
  quads: Iterable<Quad> | AsyncIterable<Quad>,
  options: WriteQuadsOptions,
): AsyncGenerator<string> {
  const pending: string[] = [];
  const sink = {
    write(chunk: string, _encoding?: unknown, done?: () => void): boolean {
      pending.push(chunk);
      done?.();
      return true;
    },
    end(done?: () => void): void {
      done?.();
    },
  };
  const prefixes = options.prefixes === undefined ? {} : { ...options.prefixes };
  // @types/n3 declares the sink as a Node Writable; n3 only calls write/end on it.
  const writer = new Writer(sink as unknown as NodeJS.WritableStream, { format: N3_FORMATS[options.format], prefixes });
  const dropGraph = options.format === 'turtle' || options.format === 'ntriples';
  for await (const quad of quads) {
    writer.addQuad(
      dropGraph && quad.graph.termType !== 'DefaultGraph'
        ? DataFactory.quad(quad.subject, quad.predicate, quad.object)
        : quad,
    );
    // n3 emits a few small strings per quad; hand them on in batches.
    if (pending.length >= 256) yield pending.splice(0).join('');
  }
  await new Promise<void>((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve())));
  if (pending.length > 0) yield pending.splice(0).join('');
}
