import type { Term } from '@rdfjs/types';
import { chunkRows, variableNames } from './rows.js';
import { turtleTerm } from './terms.js';
import type { BindingsInput, BindingsLike } from './types.js';

/**
 * A CSV field (SPARQL 1.1 CSV §3.2, RFC 4180): only the value survives (an
 * IRI's string, a literal's lexical form, `_:label` for a blank node), quoted
 * when it holds a quote, comma, CR or LF.
 */
export function csvField(term: Term | undefined): string {
  if (term === undefined) return '';
  let value: string;
  if (term.termType === 'BlankNode') value = `_:${term.value}`;
  else if (term.termType === 'Quad') value = turtleTerm(term);
  else value = term.value;
  return quoteCsv(value);
}

/** Quotes a CSV value when it holds a quote, comma, CR or LF (RFC 4180). */
function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes a SELECT result as SPARQL 1.1 CSV: a header of variable names, then
 * one CRLF-terminated line per solution. Types and language tags are lost
 * (use TSV or JSON to keep them); an empty field means unbound.
 *
 * @example
 * ```ts
 * for await (const chunk of writeCsvResults({ variables: ['s'], rows })) out.write(chunk);
 * ```
 */
export function writeCsvResults(input: BindingsInput): AsyncGenerator<string> {
  const names = variableNames(input.variables);
  const row = (r: BindingsLike): string => `${names.map((n) => csvField(r.get(n))).join(',')}\r\n`;
  return chunkRows(input, { head: `${names.map(quoteCsv).join(',')}\r\n`, row, tail: '' });
}

/**
 * Writes a SELECT result as SPARQL 1.1 TSV: a header of `?names`, then one
 * LF-terminated line per solution with every term in Turtle syntax (numbers
 * and booleans in Turtle shorthand when their lexical form allows it). An
 * empty field means unbound.
 *
 * @example
 * ```ts
 * for await (const chunk of writeTsvResults({ variables: ['s'], rows })) out.write(chunk);
 * ```
 */
export function writeTsvResults(input: BindingsInput): AsyncGenerator<string> {
  const names = variableNames(input.variables);
  const row = (r: BindingsLike): string => {
    let out = '';
    for (let i = 0; i < names.length; i++) {
      const term = r.get(names[i] as string);
      out += (i === 0 ? '' : '\t') + (term === undefined ? '' : turtleTerm(term));
    }
    return `${out}\n`;
  };
  return chunkRows(input, { head: `${names.map((n) => `?${n}`).join('\t')}\n`, row, tail: '' });
}

/**
 * An ASK result as CSV or TSV. The SPARQL 1.1 CSV/TSV note defines only
 * SELECT results; like Jena we write one column `_askResult` holding the value.
 */
export function delimitedBoolean(value: boolean, options: { format: 'csv' | 'tsv' }): string {
  return options.format === 'csv' ? `_askResult\r\n${value}\r\n` : `?_askResult\n${value}\n`;
}
