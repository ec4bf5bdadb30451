import type { Term } from '@rdfjs/types';
import { QueryEvaluationError } from '../../errors.js';
import { chunkRows, variableNames } from './rows.js';
import { explicitDatatype } from './terms.js';
import type { BindingsInput, BindingsLike } from './types.js';

/** One term as a SPARQL 1.1 Query Results JSON object (§3.2.2), RDF-star triples included. */
export function jsonTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `{"type":"uri","value":${JSON.stringify(term.value)}}`;
    case 'BlankNode':
      return `{"type":"bnode","value":${JSON.stringify(term.value)}}`;
    case 'Literal': {
      const value = JSON.stringify(term.value);
      if (term.language !== '')
        return `{"type":"literal","value":${value},"xml:lang":${JSON.stringify(term.language)}}`;
      const dt = explicitDatatype(term);
      return dt === undefined
        ? `{"type":"literal","value":${value}}`
        : `{"type":"literal","value":${value},"datatype":${JSON.stringify(dt)}}`;
    }
    case 'Quad':
      return `{"type":"triple","value":{"subject":${jsonTerm(term.subject)},"predicate":${jsonTerm(term.predicate)},"object":${jsonTerm(term.object)}}}`;
    case 'Variable':
    case 'DefaultGraph':
      throw new QueryEvaluationError(`A ${term.termType} cannot be a solution value in SPARQL JSON results.`, {
        code: 'KG_SERIALIZE',
      });
  }
}

/**
 * Writes a SELECT result as SPARQL 1.1 Query Results JSON, streamed in chunks.
 * Unbound variables are omitted from a row, as the format requires.
 *
 * @example
 * ```ts
 * for await (const chunk of writeJsonResults({ variables: ['s'], rows })) process.stdout.write(chunk);
 * ```
 */
export function writeJsonResults(input: BindingsInput): AsyncGenerator<string> {
  const names = variableNames(input.variables);
  const keys = names.map((n) => JSON.stringify(n));
  let first = true;
  const row = (r: BindingsLike): string => {
    let out = first ? '\n{' : ',\n{';
    first = false;
    let sep = '';
    for (let i = 0; i < names.length; i++) {
      const term = r.get(names[i] as string);
      if (term === undefined) continue;
      out += `${sep}${keys[i]}:${jsonTerm(term)}`;
      sep = ',';
    }
    return `${out}}`;
  };
  return chunkRows(input, {
    head: `{"head":{"vars":[${keys.join(',')}]},"results":{"bindings":[`,
    row,
    tail: '\n]}}\n',
  });
}

/** An ASK result as SPARQL 1.1 Query Results JSON. */
export function jsonBoolean(value: boolean): string {
  return `{"head":{},"boolean":${value}}\n`;
}
