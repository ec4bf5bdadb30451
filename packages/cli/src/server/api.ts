import { localQuerySource, statements, timeline, timelineCounts } from '@policy-kg/core';
import { Hono } from 'hono';
import type { ServerContext } from './context.js';
import {
  documentQuery,
  entityQuery,
  neighboursQuery,
  num,
  peopleQuery,
  postsQuery,
  spanQuery,
  statementsQuery,
} from './queries.js';
import { readSourceBytes, sliceSource } from './source.js';
import { errorResponse } from './sparql.js';
import { iriRef, type Row, selectRows } from './sparql-rows.js';

class BadRequest extends Error {}

function intParam(
  value: string | undefined,
  name: string,
  options: { min: number; max: number; fallback: number },
): number {
  if (value === undefined || value === '') return options.fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < options.min || n > options.max) {
    throw new BadRequest(`"${name}" must be an integer from ${options.min} to ${options.max}, got "${value}"`);
  }
  return n;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new BadRequest(`missing parameter "${name}"`);
  return value.trim();
}

function iriParam(value: string | undefined, name: string): string {
  const iri = iriRef(required(value, name));
  if (!iri) throw new BadRequest(`"${name}" must be an absolute IRI`);
  return iri;
}

const localName = (iri: string): string => iri.replace(/^.*[#/]/, '');

/**
 * The JSON API of `kg serve`: search, entities, statements, slogan timelines,
 * graph neighbours and source text. Every answer is JSON; bad parameters get
 * 400 with `{ error }`.
 */
export function apiRoutes(ctx: ServerContext): Hono {
  const api = new Hono();
  const rows = (query: string): Promise<Row[]> =>
    selectRows(ctx.engine, query, { timeoutMs: ctx.limits.timeoutMs, resultLimit: ctx.limits.resultLimit });
  // core's typed queries (query/typed) over the same engine and limits.
  const typed = localQuerySource(ctx.store, { engine: ctx.engine, timeout: ctx.limits.timeoutMs });
  const sloganTimeline = async (label: string, filter: { place?: string; from?: string; to?: string } = {}) =>
    timelineCounts(await timeline(typed, { label, ...filter }));

  api.onError((error, c) => {
    if (error instanceof BadRequest) return c.json({ error: error.message }, 400);
    if (error instanceof RangeError) return c.json({ error: error.message }, 400);
    const r = errorResponse(error);
    return c.json({ error: r.body.trim() }, r.status === 200 ? 500 : r.status);
  });

  api.get('/search', async (c) => {
    const q = required(c.req.query('q'), 'q');
    const k = intParam(c.req.query('k'), 'k', { min: 1, max: 100, fallback: 10 });
    const kind = c.req.query('kind');
    const hits = await ctx.search.search(q, { k, ...(kind ? { kind: kind.split(',') } : {}) });
    return c.json({
      query: q,
      hits: hits.map((h) => ({
        id: h.id,
        kind: h.kind,
        label:
          entityLabel(ctx, h.id) ??
          (h.meta as { label?: string; title?: string } | undefined)?.label ??
          h.text.slice(0, 60),
        ...(h.quote ? { quote: h.quote.slice(0, 300) } : {}),
        text: h.text.slice(0, 300),
        score: h.score,
        ...(h.speaker ? { speaker: h.speaker } : {}),
        ...(h.date ? { date: h.date } : {}),
        ...(h.doc ? { doc: h.doc } : {}),
      })),
    });
  });

  api.get('/entity', async (c) => {
    const iri = iriParam(c.req.query('iri'), 'iri');
    const found = await rows(entityQuery(iri));
    if (found.length === 0) return c.json({ error: `no entity ${iri}` }, 404);
    const types = [...new Set(found.flatMap((r) => (r.type ? [localName(r.type)] : [])))].sort();
    const properties = found
      .filter((r) => r.p !== undefined && r.o !== undefined)
      .map((r) => ({ property: localName(r.p as string), value: r.o as string }));
    const entity: Record<string, unknown> = {
      iri: iri.slice(1, -1),
      label: found.find((r) => r.label)?.label ?? localName(iri.slice(1, -1)),
      types,
      properties,
    };
    if (types.includes('Official')) {
      entity.posts = await rows(postsQuery(iri));
      entity.statements = (await rows(statementsQuery({ speaker: iri.slice(1, -1) }))).map(statementJson);
    }
    if (types.includes('Institution')) entity.people = await rows(peopleQuery(iri));
    if (types.includes('Slogan') || types.includes('Policy'))
      entity.timeline = await sloganTimeline(String(entity.label));
    return c.json(entity);
  });

  api.get('/statements', async (c) => {
    const filter: Record<string, string> = {};
    for (const key of ['speaker', 'topic', 'from', 'to', 'place', 'meeting'] as const) {
      const v = c.req.query(key);
      if (v !== undefined && v.trim() !== '') filter[key] = v.trim();
    }
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: 1000, fallback: 100 });
    const found = await statements(typed, { ...filter, limit });
    return c.json({ statements: found });
  });

  api.get('/timeline', async (c) => {
    const slogan = required(c.req.query('slogan'), 'slogan');
    const filter: Record<string, string> = {};
    for (const key of ['place', 'from', 'to'] as const) {
      const v = c.req.query(key);
      if (v !== undefined && v.trim() !== '') filter[key] = v.trim();
    }
    return c.json({ slogan, points: await sloganTimeline(slogan, filter) });
  });

  api.get('/neighbours', async (c) => {
    const iri = iriParam(c.req.query('iri'), 'iri');
    const limit = intParam(c.req.query('limit'), 'limit', { min: 1, max: 500, fallback: 100 });
    const found = await rows(neighboursQuery(iri, limit * 4));
    const nodes = new Map<string, { id: string; label: string; type: string; degree: number }>();
    const edges = new Map<string, { source: string; target: string; label: string }>();
    for (const r of found) {
      if (!r.n || !r.p || !r.type) continue;
      if (!nodes.has(r.n) && nodes.size >= limit) continue;
      const prev = nodes.get(r.n);
      if (!prev)
        nodes.set(r.n, {
          id: r.n,
          label: r.label ?? localName(r.n),
          type: localName(r.type),
          degree: degree(ctx, r.n),
        });
      const [source, target] = r.dir === 'out' ? [iri.slice(1, -1), r.n] : [r.n, iri.slice(1, -1)];
      edges.set(`${source} ${r.p} ${target}`, { source, target, label: localName(r.p) });
    }
    const center = iri.slice(1, -1);
    const self = (await rows(entityQuery(iri)))[0];
    return c.json({
      center: {
        id: center,
        label: self?.label ?? localName(center),
        type: self?.type ? localName(self.type) : 'Thing',
        degree: degree(ctx, center),
      },
      nodes: [...nodes.values()],
      edges: [...edges.values()],
    });
  });

  api.get('/source', async (c) => {
    let doc = c.req.query('doc');
    let start = c.req.query('start');
    let end = c.req.query('end');
    const span = c.req.query('span');
    if (span !== undefined) {
      const s = (await rows(spanQuery(iriParam(span, 'span'))))[0];
      if (!s) return c.json({ error: `no span ${span}` }, 404);
      doc = s.doc;
      start = s.start;
      end = s.end;
    }
    const docIri = iriParam(doc, 'doc');
    const from = intParam(start, 'start', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
    const to = intParam(end, 'end', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: from });
    const meta = (await rows(documentQuery(docIri)))[0];
    if (!meta?.sha) return c.json({ error: `no document ${docIri}` }, 404);
    const bytes = await readSourceBytes(ctx, meta.sha);
    if (!bytes)
      return c.json({ error: `the original of ${meta.file ?? docIri} is not available (moved or changed)` }, 404);
    const encoding = meta.encoding ?? 'UTF-8';
    return c.json({
      doc: docIri.slice(1, -1),
      ...(meta.file ? { fileName: meta.file } : {}),
      ...(meta.title ? { title: meta.title } : {}),
      encoding,
      ...sliceSource(bytes, { encoding, start: from, end: to }),
    });
  });

  return api;
}

const NAME = 'http://schema.org/name';
const PREF_LABEL = 'http://www.w3.org/2004/02/skos/core#prefLabel';

/** schema:name or skos:prefLabel of an IRI, straight from the store (search items carry only text). */
function entityLabel(ctx: ServerContext, iri: string): string | undefined {
  if (!/^https?:/.test(iri)) return undefined;
  for (const p of [NAME, PREF_LABEL]) {
    for (const q of ctx.store.match(named(iri), named(p), null, null)) return q.object.value;
  }
  return undefined;
}

function degree(ctx: ServerContext, iri: string): number {
  // A plain RDF/JS NamedNode: n3 keys named nodes by their value.
  const term = {
    termType: 'NamedNode',
    value: iri,
    equals: (o: { termType: string; value: string } | null | undefined) =>
      o?.termType === 'NamedNode' && o.value === iri,
  } as unknown as Parameters<ServerContext['store']['countQuads']>[0];
  return ctx.store.countQuads(term, null, null, null) + ctx.store.countQuads(null, null, term, null);
}

/** A plain RDF/JS NamedNode (n3 keys named nodes by their value). */
function named(iri: string): Parameters<ServerContext['store']['countQuads']>[0] {
  return {
    termType: 'NamedNode',
    value: iri,
    equals: (o: { termType: string; value: string } | null | undefined) =>
      o?.termType === 'NamedNode' && o.value === iri,
  } as unknown as Parameters<ServerContext['store']['countQuads']>[0];
}

function statementJson(r: Row) {
  return {
    statement: r.statement,
    speaker: r.speaker,
    name: r.name,
    verb: r.verb,
    text: r.text,
    date: r.date,
    doc: r.doc,
    docTitle: r.docTitle,
    meeting: r.meeting,
    meetingName: r.meetingName,
    start: num(r, 'start'),
    end: num(r, 'end'),
  };
}
