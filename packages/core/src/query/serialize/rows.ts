import type { Variable } from '@rdfjs/types';
import type { BindingsInput, BindingsLike } from './types.js';

/** About 16 KB per chunk: few await turns per row, bounded memory per chunk. */
const CHUNK_CHARS = 16_384;

/** Variable names without `?`, whether given as strings or RDF/JS variables. */
export function variableNames(variables: readonly (string | Variable)[]): string[] {
  return variables.map((v) => (typeof v === 'string' ? v.replace(/^[?$]/, '') : v.value));
}

/**
 * Streams a result as text chunks: `head`, then each row through `row`, then
 * `tail`. Rows are batched into chunks of about 16 KB so that a large result
 * never sits in memory whole and a small one costs a single chunk.
 */
export async function* chunkRows(
  input: BindingsInput,
  parts: { head: string; row: (row: BindingsLike) => string; tail: string },
): AsyncGenerator<string> {
  let buffer = parts.head;
  for await (const row of input.rows) {
    buffer += parts.row(row);
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += parts.tail;
  if (buffer.length > 0) yield buffer;
}
