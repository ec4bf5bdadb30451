import {
  collectText,
  GRAPH_MEDIA_TYPES,
  type GraphFormat,
  KgError,
  RESULTS_MEDIA_TYPES,
  type ResultsFormat,
  serviceDescription,
  toJsonLd,
  writeQueryResult,
} from '@policy-kg/core';
import type { Context } from 'hono';
import type { ServerContext } from './context.js';
import { negotiate } from './negotiate.js';

const RESULT_TYPES: Record<string, ResultsFormat> = {
  [RESULTS_MEDIA_TYPES.json]: 'json',
  [RESULTS_MEDIA_TYPES.xml]: 'xml',
  [RESULTS_MEDIA_TYPES.csv]: 'csv',
  [RESULTS_MEDIA_TYPES.tsv]: 'tsv',
  'application/json': 'json',
};
const JSON_LD = 'application/ld+json';
const GRAPH_TYPES: Record<string, GraphFormat | 'jsonld'> = {
  [GRAPH_MEDIA_TYPES.turtle]: 'turtle',
  [GRAPH_MEDIA_TYPES.ntriples]: 'ntriples',
  [GRAPH_MEDIA_TYPES.nquads]: 'nquads',
  [GRAPH_MEDIA_TYPES.trig]: 'trig',
  [JSON_LD]: 'jsonld',
  'text/plain': 'ntriples',
};

/** A response as text: status, media type, body. */
interface TextResponse {
  status: 200 | 400 | 403 | 405 | 406 | 415 | 500 | 503;
  type: string;
  body: string;
}

function text(status: TextResponse['status'], body: string): TextResponse {
  return { status, type: 'text/plain; charset=utf-8', body: `${body}\n` };
}

/** Read the query text of a SPARQL 1.1 Protocol request (§2.1: GET, POST form, POST direct). */
async function readQuery(c: Context): Promise<{ query?: string; error?: TextResponse }> {
  if (c.req.method === 'GET') {
    const all = c.req.queries('query') ?? [];
    if (all.length > 1) return { error: text(400, 'Give exactly one "query" parameter.') };
    if (c.req.query('update') !== undefined)
      return { error: text(403, 'This endpoint is read-only: updates are disabled.') };
    return all[0] === undefined ? {} : { query: all[0] };
  }
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/sparql-query') return { query: await c.req.text() };
  if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(await c.req.text());
    if (form.has('update')) return { error: text(403, 'This endpoint is read-only: updates are disabled.') };
    const all = form.getAll('query');
    if (all.length !== 1) return { error: text(400, 'Give exactly one "query" field in the form.') };
    return { query: all[0] as string };
  }
  if (type === 'application/sparql-update') {
    return { error: text(403, 'This endpoint is read-only: updates are disabled.') };
  }
  return {
    error: text(
      415,
      `Unsupported Content-Type "${type}": send application/sparql-query or application/x-www-form-urlencoded.`,
    ),
  };
}

/** Map an engine error to an HTTP status and a one-line message. */
export function errorResponse(error: unknown): TextResponse {
  const code = error instanceof KgError ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'KG_QUERY_TIMEOUT') return text(503, `Query timed out: ${message}`);
  if (code === 'KG_QUERY_RESULT_LIMIT') return text(400, `Result too large: ${message} Add a LIMIT.`);
  if (error instanceof KgError && code !== 'KG_ERROR') return text(400, `Bad query: ${message}`);
  return text(500, `Query failed: ${message}`);
}

/**
 * Answer one SPARQL request: parse, run with the server's timeout and result
 * limit, serialize in the negotiated format. The whole result is produced
 * before the response starts, so a timeout or limit becomes a proper status
 * instead of a truncated body.
 */
export async function answerSparql(c: Context, ctx: ServerContext, endpoint: string): Promise<TextResponse> {
  const { query, error } = await readQuery(c);
  if (error) return error;
  const accept = c.req.header('accept');
  if (query === undefined) {
    // The service description (SPARQL 1.1 Service Description §2) in Turtle, whatever was asked for:
    // browsers send text/html first, and a description beats a 406.
    return {
      status: 200,
      type: 'text/turtle; charset=utf-8',
      body: serviceDescription({ endpoint, ...ctx.engine.extensionIris() }),
    };
  }
  if (c.req.query('default-graph-uri') !== undefined || c.req.query('named-graph-uri') !== undefined) {
    return text(400, 'default-graph-uri and named-graph-uri are not supported: use GRAPH in the query.');
  }
  try {
    const q = await ctx.engine.query(query, { timeout: ctx.limits.timeoutMs, resultLimit: ctx.limits.resultLimit });
    if (q.resultType === 'quads') {
      const type = negotiate(accept, Object.keys(GRAPH_TYPES));
      const format = type === undefined ? undefined : GRAPH_TYPES[type];
      if (type === undefined || format === undefined) return text(406, notAcceptable(accept, GRAPH_TYPES));
      if (format === 'jsonld') {
        const quads = await (await q.execute()).toArray();
        return { status: 200, type: `${JSON_LD}; charset=utf-8`, body: JSON.stringify(await toJsonLd(quads)) };
      }
      const body = await collectText(writeQueryResult(q, { format }));
      return {
        status: 200,
        type: `${type === 'text/plain' ? 'text/plain' : GRAPH_MEDIA_TYPES[format]}; charset=utf-8`,
        body,
      };
    }
    const type = negotiate(accept, Object.keys(RESULT_TYPES));
    const format = type === undefined ? undefined : RESULT_TYPES[type];
    if (type === undefined || format === undefined) return text(406, notAcceptable(accept, RESULT_TYPES));
    const body = await collectText(writeQueryResult(q, { format }));
    return { status: 200, type: `${RESULTS_MEDIA_TYPES[format]}; charset=utf-8`, body };
  } catch (e) {
    return errorResponse(e);
  }
}

function notAcceptable(accept: string | undefined, offers: Record<string, unknown>): string {
  return `None of the accepted types (${accept ?? ''}) can be produced: use one of ${Object.keys(offers).join(', ')}.`;
}
