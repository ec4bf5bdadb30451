import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createQueryEngine,
  DERIVED_GRAPH,
  derivedQuads,
  deriveFacts,
  entail,
  type GraphFormat,
  INFERRED_GRAPH,
  KGS_NAMESPACE,
  type OpenedStore,
  openStoreSearchIndex,
  ParseError,
  parseSparql,
  type QueryForm,
  type QueryResultLike,
  type RemoteQuerySource,
  type ResultsFormat,
  searchPropertyFunctions,
  toJsonLd,
  UsageError,
  writeQueryResult,
} from '@policy-kg/core';
import { PREFIXES } from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { logLine } from '../io.js';
import { type Row, resolveFormat, writeRows } from '../output.js';
import {
  addSourceOptions,
  type OpenedSource,
  openQuerySource,
  SOURCE_HELP,
  type SourceCliOptions,
  timeoutOption,
} from '../source-options.js';
import { formatOption } from '../store-options.js';
import type { RegisterCommand } from './types.js';

/** The predeclared prefixes: the ontology's, and `kgs:` for the search property functions. */
const QUERY_PREFIXES: Readonly<Record<string, string>> = { ...PREFIXES, kgs: KGS_NAMESPACE };

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv', 'xml', 'ttl', 'nt', 'nq', 'jsonld'] as const;
const GRAPH: Record<string, GraphFormat> = { ttl: 'turtle', nt: 'ntriples', nq: 'nquads' };

interface QueryCliOptions extends SourceCliOptions {
  format?: string;
  explain?: boolean;
  reason?: boolean;
}

/**
 * `--reason`: add, in memory only, the derived facts (diffusion, echoes, tenures, indicator
 * comparisons with PROV) and then the RDFS / OWL RL entailments of everything (docs/design.md:
 * materialized on demand, never persisted; under a second on the corpus).
 */
function addReasoning(opened: OpenedStore): void {
  const { store } = opened;
  store.addQuads(derivedQuads(deriveFacts(store)));
  store.addQuads(entail(store));
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
  const prologue = Object.entries(QUERY_PREFIXES)
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
 * Whether a parsed query uses an IRI of the search namespace (`kgs:matches`)
 * anywhere but in its prologue (every query declares `kgs:`).
 */
function usesSearch(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(usesSearch);
  const o = node as Record<string, unknown>;
  if (o.termType === 'NamedNode') return typeof o.value === 'string' && o.value.startsWith(KGS_NAMESPACE);
  return Object.entries(o).some(([key, value]) => key !== 'prefixes' && usesSearch(value));
}

/**
 * Run the query on the embedded store (default graph: union of its graphs), or print the plan.
 * `search`: the query uses `kgs:matches`, so the store's search index is opened (only then:
 * a plain query never reads it) and registered as the engine's property function.
 */
async function runLocal(
  { dir, opened }: { dir: string; opened: OpenedStore },
  text: string,
  options: { explain?: boolean; timeout?: number; reason?: boolean; search?: boolean },
): Promise<QueryResultLike | string> {
  const propertyFunctions = options.search
    ? searchPropertyFunctions(await openStoreSearchIndex({ dir, opened }))
    : undefined;
  if (options.reason) addReasoning(opened);
  const engine = createQueryEngine();
  const context = {
    sources: [opened.store.unionView()],
    ...(propertyFunctions ? { extensions: { propertyFunctions } } : {}),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  };
  return options.explain ? engine.explain(text, context) : engine.query(text, context);
}

/** Run the query on the SPARQL server, whole. */
async function runRemote(remote: RemoteQuerySource, text: string, form: QueryForm): Promise<QueryResultLike> {
  return remote.query(text, { form });
}

/**
 * `kg query <QUERY|FILE|-> --store DIR`: run SPARQL over the store (default
 * graph = union of the document graphs; the usual prefixes are predeclared).
 */
export const registerQuery: RegisterCommand = (program, io) => {
  addSourceOptions(
    program
      .command('query')
      .description('run a SPARQL query over a store (the default graph is the union of all documents) or a server')
      .argument('<query>', 'SPARQL text, a file holding it, or - for stdin'),
  )
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .option('--explain', 'print the optimized plan instead of running the query (store only)')
    .option(
      '--reason',
      `query the store with its derived facts (graph ${DERIVED_GRAPH}) and RDFS / OWL RL entailments (graph ${INFERRED_GRAPH}) added in memory (store only)`,
    )
    .addHelpText(
      'after',
      `
Examples:
  kg query 'SELECT ?name WHERE { ?o a kg:Official ; schema:name ?name } LIMIT 10' --store kg-store
  kg query 'SELECT ?t WHERE { ?s kg:speaker/schema:name ?n ; schema:text ?t FILTER(STR(?n) = "郭玉芬") }' -s kg-store
  kg query 谁说了什么.rq --store kg-store --format csv > 结果.csv
  cat 健康中国.rq | kg query - --store kg-store --format json
  kg query 'CONSTRUCT { ?s ?p ?o } WHERE { ?s a kg:Slogan ; ?p ?o }' -s kg-store --format ttl
  kg query 'SELECT ?e ?lag WHERE { ?e a kg:Echo ; kg:lagDays ?lag }' --store kg-store --reason
  kg query 谁说了什么.rq --endpoint http://127.0.0.1:8890/sparql --timeout 30000 --format csv
  kg query 'SELECT ?name ?text WHERE { ?s kgs:matches ("基层人才" 10 "statement") ; kg:speaker/schema:name ?name ; schema:text ?text }' -s kg-store

Search: kgs:matches (prefix predeclared) joins the store's search index (the one kg build
writes, as in kg search) with the graph: ?s kgs:matches ("TEXT" K "KIND") binds ?s to the
K best hits (default 10; KIND optional: statement, passage, official, …), (?s ?score)
kgs:matches (…) binds their score too. The index is opened only for a query that uses
kgs:. Store only: search is local, so with --endpoint use kg search TEXT --store DIR
--endpoint URL to join hits with the server's facts.
${SOURCE_HELP}`,
    )
    .action(async (arg: string, options: QueryCliOptions) => {
      const format = formatOption(options);
      if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`unknown --format "${format}": expected one of ${FORMATS.join(', ')}`);
      }
      const timeout = timeoutOption(options);
      if (options.explain && options.endpoint !== undefined) {
        throw new UsageError("--explain shows the embedded engine's plan: use it with --store, not --endpoint");
      }
      if (options.reason && options.endpoint !== undefined) {
        throw new UsageError('--reason derives facts from a store in memory: use it with --store, not --endpoint');
      }
      const { text, shift } = withPrefixes(readQuery(arg));
      // Parsed here first, so a syntax error is reported (exit 2) at the user's position for a
      // store and a server alike, and a search query is known before anything is opened.
      let parsed: ReturnType<typeof parseSparql>;
      try {
        parsed = parseSparql(text);
      } catch (error) {
        throw userPosition(error, shift);
      }
      const search = usesSearch(parsed);
      if (search && options.endpoint !== undefined) {
        throw new UsageError(
          "kgs:matches searches the local search index of a store, which a SPARQL server does not have: run the query with --store DIR, or join search hits with the server's facts with kg search TEXT --store DIR --endpoint URL",
        );
      }
      const opened: OpenedSource = await openQuerySource(options);
      let result: QueryResultLike;
      try {
        const answer =
          opened.kind === 'store'
            ? await runLocal(opened, text, {
                ...(options.explain ? { explain: true } : {}),
                ...(options.reason ? { reason: true } : {}),
                ...(search ? { search: true } : {}),
                ...(timeout === undefined ? {} : { timeout }),
              })
            : await runRemote(opened.remote, text, (parsed as { queryType: QueryForm }).queryType);
        if (typeof answer === 'string') {
          io.out.write(`${answer}\n`);
          return;
        }
        result = answer;
      } catch (error) {
        throw userPosition(error, shift);
      }
      const chosen = format ?? (result.resultType === 'quads' ? 'nq' : resolveFormat({}, io));
      if (result.resultType === 'quads') {
        if (chosen === 'jsonld') {
          const quads = [];
          for await (const q of await result.execute()) quads.push(q);
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
        if (result.resultType !== 'bindings') return;
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
