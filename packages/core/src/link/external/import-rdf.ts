import { KG_CONTEXT, KG_CONTEXT_URL } from '@policy-kg/ontology';
import type { NamedNode, Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { ParseError } from '../../errors.js';

/** Formats `importRdf` reads. */
export type ImportFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld';

const N3_NAMES: Readonly<Record<Exclude<ImportFormat, 'jsonld'>, string>> = {
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
  trig: 'TriG',
};

/** The format implied by a file name (`.ttl`, `.nt`, `.nq`, `.trig`, `.jsonld`/`.json`), or undefined. */
export function formatOfPath(path: string): ImportFormat | 'csv' | undefined {
  const ext = path.toLowerCase().split('.').pop();
  const byExt: Record<string, ImportFormat | 'csv'> = {
    ttl: 'turtle',
    nt: 'ntriples',
    nq: 'nquads',
    trig: 'trig',
    jsonld: 'jsonld',
    json: 'jsonld',
    csv: 'csv',
  };
  return ext ? byExt[ext] : undefined;
}

function parseError(format: string, source: string, text: string, error: unknown): ParseError {
  const message = (error as Error).message ?? String(error);
  const line = Number((error as { context?: { line?: number } }).context?.line ?? /line (\d+)/.exec(message)?.[1] ?? 0);
  const token = (error as { context?: { token?: { value?: string } } }).context?.token?.value;
  const lineText = text.split(/\r?\n/)[line - 1] ?? '';
  const at = token ? lineText.indexOf(String(token)) : -1;
  const column = at >= 0 ? at + 1 : 1;
  return new ParseError(`${format} syntax error in ${source} at line ${line}, column ${column}: ${message}`, {
    line,
    column,
    offset: 0,
    code: 'KG_IMPORT_SYNTAX',
    cause: error,
  });
}

/** Options of {@link importRdf}. */
export interface ImportRdfOptions {
  format: ImportFormat;
  /** Named graph every quad is moved into. */
  graph: string;
  /** Name used in error messages. */
  source?: string;
  baseIRI?: string;
}

/**
 * Parse external RDF into one named graph (graph names in the file are
 * dropped). JSON-LD is read without network: only the policy-kg context may
 * be referenced by IRI. Syntax errors throw {@link ParseError} with line and
 * column (`KG_IMPORT_SYNTAX`).
 *
 * @example const quads = await importRdf(text, { format: 'turtle', graph: 'https://example.org/g' });
 */
export async function importRdf(text: string, options: ImportRdfOptions): Promise<Quad[]> {
  const source = options.source ?? 'input';
  const graph: NamedNode = DataFactory.namedNode(options.graph);
  let nquads = text;
  let format: Exclude<ImportFormat, 'jsonld'> = options.format === 'jsonld' ? 'nquads' : options.format;
  if (options.format === 'jsonld') {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
      const before = text.slice(0, position).split('\n');
      throw new ParseError(
        `JSON-LD syntax error in ${source} at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${(error as Error).message}`,
        {
          line: before.length,
          column: (before.at(-1)?.length ?? 0) + 1,
          offset: position,
          code: 'KG_IMPORT_SYNTAX',
          cause: error,
        },
      );
    }
    try {
      const loader = async (url: string) => {
        if (url === KG_CONTEXT_URL)
          return { contextUrl: undefined, documentUrl: url, document: { '@context': KG_CONTEXT } };
        throw new Error(`remote context ${url} refused (offline import)`);
      };
      nquads = (await jsonld.toRDF(
        doc as jsonld.JsonLdDocument,
        {
          format: 'application/n-quads',
          ...(options.baseIRI ? { base: options.baseIRI } : {}),
          documentLoader: loader as never,
        } as never,
      )) as unknown as string;
    } catch (error) {
      throw new ParseError(`JSON-LD error in ${source}: ${(error as Error).message}`, {
        line: 0,
        column: 0,
        offset: 0,
        code: 'KG_IMPORT_JSONLD',
        cause: error,
      });
    }
    format = 'nquads';
  }
  const parser = new Parser({ format: N3_NAMES[format], ...(options.baseIRI ? { baseIRI: options.baseIRI } : {}) });
  let quads: Quad[];
  try {
    quads = parser.parse(nquads) as Quad[];
  } catch (error) {
    throw parseError(N3_NAMES[format], source, nquads, error);
  }
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graph));
}
