import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createQueryEngine,
  type GraphFormat,
  ParseError,
  type ResultsFormat,
  toJsonLd,
  UsageError,
  writeQueryResult,
} from '@policy-kg/core';
import { PREFIXES } from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { logLine } from '../io.js';
import { type Row, resolveFormat, writeRows } from '../output.js';
import { formatOption, openStoreFrom, STORE_HELP } from '../store-options.js';
import type { RegisterCommand } from './types.js';

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv', 'xml', 'ttl', 'nt', 'nq', 'jsonld'] as const;
const GRAPH: Record<string, GraphFormat> = { ttl: 'turtle', nt: 'ntriples', nq: 'nquads' };

interface QueryCliOptions {
  store?: string;
  format?: string;
  explain?: boolean;
  timeout?: string;
}

/** Read the query: `-` is stdin, an existing file is read, anything else is the query text. */
function readQuery(arg: string): string {
  if (arg === '-') return readFileSync(0, 'utf8');
  if (!/\s/.test(arg) && existsSync(arg) && statSync(arg).isFile()) return readFileSync(arg, 'utf8');
  return arg;
}

/**
 * Prefix the well-known namespaces unless the query declares them itself.
 * They go on the query's first line, so error line numbers stay the user's.
 */
function withPrefixes(query: string): { text: string; shift: number } {
  const declared = new Set([...query.matchAll(/PREFIX\s+([\w-]*):/gi)].map((m) => m[1]));
  const prologue = Object.entries(PREFIXES)
    .filter(([p]) => !declared.has(p))
    .map(([p, ns]) => `PREFIX ${p}: <${ns}> `)
    .join('');
  return { text: `${prologue}${query}`, shift: prologue.length };
}

/** Report syntax errors in the user's coordinates (without the added prologue on line 1). */
function userPosition(error: unknown, shift: number): unknown {
  if (!(error instanceof ParseError) || error.line !== 1 || error.column <= shift) return error;
  const column = error.column - shift;
  return new ParseError(error.message.replace(/line 1, column \d+/, `line 1, column ${column}`), {
    line: 1,
    column,
    offset: Math.max(0, error.offset - shift),
    code: error.code,
    cause: error,
  });
}

const cell = (t: Term | undefined): string | undefined => t?.value;

/**
 * `kg query <QUERY|FILE|-> --store DIR`: run SPARQL over the store (default
 * graph = union of the document graphs; the usual prefixes are predeclared).
 */
export const registerQuery: RegisterCommand = (program, io) => {
  program
    .command('query')
    .description('run a SPARQL query over a store (the default graph is the union of all documents)')
    .argument('<query>', 'SPARQL text, a file holding it, or - for stdin')
    .option('-s, --store <dir>', STORE_HELP)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .option('--explain', 'print the optimized plan instead of running the query')
    .option('--timeout <ms>', 'stop the query after this many milliseconds')
    .addHelpText(
      'after',
      `
Examples:
  kg query 'SELECT ?name WHERE { ?o a kg:Official ; schema:name ?name } LIMIT 10' --store kg-store
  kg query 'SELECT ?t WHERE { ?s kg:speaker/schema:name ?n ; schema:text ?t FILTER(STR(?n) = "郭玉芬") }' -s kg-store
  kg query 谁说了什么.rq --store kg-store --format csv > 结果.csv
  cat 健康中国.rq | kg query - --store kg-store --format json
  kg query 'CONSTRUCT { ?s ?p ?o } WHERE { ?s a kg:Slogan ; ?p ?o }' -s kg-store --format ttl`,
    )
    .action(async (arg: string, options: QueryCliOptions) => {
      const format = formatOption(options);
      if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`unknown --format "${format}": expected one of ${FORMATS.join(', ')}`);
      }
      let timeout: number | undefined;
      if (options.timeout !== undefined) {
        timeout = Number(options.timeout);
        if (!Number.isInteger(timeout) || timeout <= 0)
          throw new UsageError(`--timeout must be a positive integer (ms), got "${options.timeout}"`);
      }
      const { text, shift } = withPrefixes(readQuery(arg));
      const { store } = await openStoreFrom(options);
      const engine = createQueryEngine();
      const context = { sources: [store.unionView()], ...(timeout === undefined ? {} : { timeout }) };
      let result: Awaited<ReturnType<typeof engine.query>>;
      try {
        if (options.explain) {
          io.out.write(`${engine.explain(text, context)}\n`);
          return;
        }
        result = await engine.query(text, context);
      } catch (error) {
        throw userPosition(error, shift);
      }
      const chosen = format ?? (result.resultType === 'quads' ? 'nq' : resolveFormat({}, io));
      if (result.resultType === 'quads') {
        if (chosen === 'jsonld') {
          const quads = await (await result.execute()).toArray();
          io.out.write(`${JSON.stringify(await toJsonLd(quads), null, 2)}\n`);
          return;
        }
        const graphFormat = GRAPH[chosen];
        if (!graphFormat)
          throw new UsageError(
            `--format ${chosen} does not fit a CONSTRUCT/DESCRIBE result: use ttl, nt, nq or jsonld`,
          );
        for await (const chunk of writeQueryResult(result, { format: graphFormat, prefixes: PREFIXES }))
          io.out.write(chunk);
        return;
      }
      if (chosen === 'table' || chosen === 'jsonl') {
        if (result.resultType === 'boolean') {
          const value = await result.execute();
          writeRows(io, [{ result: value }], { columns: ['result'], format: chosen });
          return;
        }
        const { variables } = await result.metadata();
        const columns = variables.map((v) => v.value);
        const rows: Row[] = [];
        for await (const b of await result.execute()) {
          const row: Row = {};
          for (const c of columns) row[c] = cell(b.get(c));
          rows.push(row);
        }
        writeRows(io, rows, { columns, format: chosen });
        if (chosen === 'table') logLine(io, `${rows.length} row(s)`);
        return;
      }
      if (!['json', 'xml', 'csv', 'tsv'].includes(chosen)) {
        throw new UsageError(
          `--format ${chosen} does not fit a SELECT/ASK result: use table, jsonl, json, xml, csv or tsv`,
        );
      }
      for await (const chunk of writeQueryResult(result, { format: chosen as ResultsFormat })) io.out.write(chunk);
    });
};
