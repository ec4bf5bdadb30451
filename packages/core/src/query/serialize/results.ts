import { delimitedBoolean, writeCsvResults, writeTsvResults } from './delimited.js';
import { jsonBoolean, writeJsonResults } from './json.js';
import type { BindingsInput, ResultsFormat } from './types.js';
import { writeXmlResults, xmlBoolean } from './xml.js';

/**
 * Writes a SELECT result in one of the SPARQL 1.1 result formats, streamed as
 * text chunks (pipe them to a file, stdout or an HTTP response).
 *
 * - `json`: types, datatypes and language tags (application/sparql-results+json);
 * - `xml`: the same, as XML (application/sparql-results+xml);
 * - `csv`: values only: no types, no tags (text/csv);
 * - `tsv`: terms in Turtle syntax (text/tab-separated-values).
 *
 * @example
 * ```ts
 * const rows = [new Map([['speaker', namedNode('https://example.org/p/1')]])];
 * for await (const chunk of writeResults({ variables: ['speaker'], rows }, { format: 'csv' })) process.stdout.write(chunk);
 * // speaker\r\nhttps://example.org/p/1\r\n
 * ```
 */
export function writeResults(input: BindingsInput, options: { format: ResultsFormat }): AsyncGenerator<string> {
  switch (options.format) {
    case 'json':
      return writeJsonResults(input);
    case 'xml':
      return writeXmlResults(input);
    case 'csv':
      return writeCsvResults(input);
    case 'tsv':
      return writeTsvResults(input);
  }
}

/**
 * Writes an ASK result in one of the SPARQL 1.1 result formats. CSV and TSV
 * have no boolean form in the standard; they get a single `_askResult` column.
 *
 * @example
 * ```ts
 * writeBoolean(true, { format: 'json' }); // '{"head":{},"boolean":true}\n'
 * ```
 */
export function writeBoolean(value: boolean, options: { format: ResultsFormat }): string {
  switch (options.format) {
    case 'json':
      return jsonBoolean(value);
    case 'xml':
      return xmlBoolean(value);
    case 'csv':
    case 'tsv':
      return delimitedBoolean(value, { format: options.format });
  }
}

/**
 * Collects a chunk stream into one string (for small results and tests).
 *
 * @example
 * ```ts
 * const text = await collectText(writeResults(result, { format: 'tsv' }));
 * ```
 */
export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
