import type { Quad, Variable } from '@rdfjs/types';
import { UsageError } from '../../errors.js';
import { writeQuads } from './graph.js';
import { writeBoolean, writeResults } from './results.js';
import type { BindingsLike, GraphFormat, ResultsFormat } from './types.js';

/**
 * An RDF/JS query-spec `Query` object (what `engine.query()` returns here and
 * in Comunica), reduced to what serialization needs.
 */
export type QueryResultLike =
  | {
      resultType: 'bindings';
      execute(): Promise<AsyncIterable<BindingsLike> | Iterable<BindingsLike>>;
      metadata(): Promise<{ variables: readonly Variable[] }>;
    }
  | { resultType: 'boolean'; execute(): Promise<boolean> }
  | { resultType: 'quads'; execute(): Promise<AsyncIterable<Quad> | Iterable<Quad>> }
  | { resultType: 'void'; execute(): Promise<void> };

const RESULTS_FORMATS: readonly string[] = ['json', 'xml', 'csv', 'tsv'];
const GRAPH_FORMATS: readonly string[] = ['turtle', 'trig', 'ntriples', 'nquads'];

/** Options of {@link writeQueryResult}. */
export interface WriteQueryResultOptions {
  /** A results format for SELECT/ASK, a graph format for CONSTRUCT/DESCRIBE. */
  format: ResultsFormat | GraphFormat;
  /** Prefixes for Turtle/TriG graph output (default: none). */
  prefixes?: Readonly<Record<string, string>>;
}

/**
 * Executes an RDF/JS query object and streams its result in the requested
 * format: SELECT and ASK as SPARQL 1.1 JSON/XML/CSV/TSV, CONSTRUCT and DESCRIBE
 * as Turtle/TriG/N-Triples/N-Quads.
 *
 * @throws UsageError when the format does not fit the query form (e.g. `turtle` for a SELECT).
 * @example
 * ```ts
 * const q = await createQueryEngine().query('SELECT * { ?s ?p ?o } LIMIT 3', { sources: [store] });
 * for await (const chunk of writeQueryResult(q, { format: 'tsv' })) process.stdout.write(chunk);
 * ```
 */
export async function* writeQueryResult(
  query: QueryResultLike,
  options: WriteQueryResultOptions,
): AsyncGenerator<string> {
  const { format } = options;
  switch (query.resultType) {
    case 'bindings': {
      if (!RESULTS_FORMATS.includes(format)) throw formatError(format, 'SELECT', RESULTS_FORMATS);
      const { variables } = await query.metadata();
      yield* writeResults({ variables, rows: await query.execute() }, { format: format as ResultsFormat });
      return;
    }
    case 'boolean':
      if (!RESULTS_FORMATS.includes(format)) throw formatError(format, 'ASK', RESULTS_FORMATS);
      yield writeBoolean(await query.execute(), { format: format as ResultsFormat });
      return;
    case 'quads': {
      if (!GRAPH_FORMATS.includes(format)) throw formatError(format, 'CONSTRUCT/DESCRIBE', GRAPH_FORMATS);
      const quads = await query.execute();
      yield* writeQuads(quads, {
        format: format as GraphFormat,
        ...(options.prefixes === undefined ? {} : { prefixes: options.prefixes }),
      });
      return;
    }
    case 'void':
      await query.execute();
      return;
  }
}

function formatError(format: string, form: string, allowed: readonly string[]): UsageError {
  return new UsageError(`Cannot write a ${form} result as "${format}": use one of ${allowed.join(', ')}.`, {
    code: 'KG_USAGE_FORMAT',
  });
}
