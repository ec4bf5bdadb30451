import type { Term } from '@rdfjs/types';
import { QueryEvaluationError } from '../../errors.js';
import { chunkRows, variableNames } from './rows.js';
import { escapeXml, explicitDatatype } from './terms.js';
import type { BindingsInput, BindingsLike } from './types.js';

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';

/** One term as a SPARQL Query Results XML element (`uri`, `bnode`, `literal`, `triple`). */
export function xmlTerm(term: Term, where: string): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${escapeXml(term.value, where)}</uri>`;
    case 'BlankNode':
      return `<bnode>${escapeXml(term.value, where)}</bnode>`;
    case 'Literal': {
      const value = escapeXml(term.value, where);
      if (term.language !== '') return `<literal xml:lang="${escapeXml(term.language, where)}">${value}</literal>`;
      const dt = explicitDatatype(term);
      return dt === undefined
        ? `<literal>${value}</literal>`
        : `<literal datatype="${escapeXml(dt, where)}">${value}</literal>`;
    }
    case 'Quad':
      return `<triple><subject>${xmlTerm(term.subject, where)}</subject><predicate>${xmlTerm(term.predicate, where)}</predicate><object>${xmlTerm(term.object, where)}</object></triple>`;
    case 'Variable':
    case 'DefaultGraph':
      throw new QueryEvaluationError(`A ${term.termType} cannot be a solution value in SPARQL XML results.`, {
        code: 'KG_SERIALIZE',
      });
  }
}

/**
 * Writes a SELECT result as SPARQL Query Results XML, streamed in chunks.
 *
 * @throws QueryEvaluationError (code `KG_SERIALIZE`) while streaming, for a
 * value holding a character XML 1.0 cannot carry (e.g. U+0001).
 * @example
 * ```ts
 * const xml = (await Array.fromAsync(writeXmlResults({ variables: ['s'], rows }))).join('');
 * ```
 */
export function writeXmlResults(input: BindingsInput): AsyncGenerator<string> {
  const names = variableNames(input.variables);
  const opens = names.map((n) => `<binding name="${escapeXml(n, `variable ?${n}`)}">`);
  let index = 0;
  const row = (r: BindingsLike): string => {
    index++;
    let out = '    <result>';
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const term = r.get(name);
      if (term === undefined) continue;
      out += `${opens[i]}${xmlTerm(term, `row ${index}, ?${name}`)}</binding>`;
    }
    return `${out}</result>\n`;
  };
  const head = names.map((n) => `    <variable name="${escapeXml(n, `variable ?${n}`)}"/>\n`).join('');
  return chunkRows(input, {
    head: `${HEADER}  <head>\n${head}  </head>\n  <results>\n`,
    row,
    tail: '  </results>\n</sparql>\n',
  });
}

/** An ASK result as SPARQL Query Results XML. */
export function xmlBoolean(value: boolean): string {
  return `${HEADER}  <head/>\n  <boolean>${value}</boolean>\n</sparql>\n`;
}
