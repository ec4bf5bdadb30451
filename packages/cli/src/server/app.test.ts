import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStore } from '@policy-kg/core';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { openServerContext, type ServerContext } from './context.js';
import { readStatic } from './static.js';

// Two short texts in the genre (meeting report, speaker + speech verb, a quoted slogan).
const DOC_A = `2022年全省卫生健康工作会议召开
发布日期:2022-03-05
3月2日,全省卫生健康工作会议在兰州召开。省卫生健康委主任王建国出席会议并讲话。
王建国强调,要坚持人民至上,推进“健康中国”建设,做好疫情防控工作。
`;
const DOC_B = `全市卫生健康工作会议召开
发布日期:2023-02-10
2月8日,全市卫生健康工作会议召开。市卫健委主任韩立平作工作报告。
韩立平指出,要全面推进“健康中国”建设,提升基层医疗服务能力。
`;

const GET = (app: Hono, path: string, headers: Record<string, string> = {}) =>
  app.request(`http://127.0.0.1${path}`, { headers });
const q = (query: string) => `/sparql?query=${encodeURIComponent(query)}`;
const NAMES = 'SELECT ?n WHERE { ?p <http://schema.org/name> ?n } ORDER BY ?n';

describe('kg serve app', () => {
  let root: string;
  let ctx: ServerContext;
  let app: Hono;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kg-app-'));
    await mkdir(join(root, 'docs'));
    await writeFile(join(root, 'docs', 'a.txt'), DOC_A);
    await writeFile(join(root, 'docs', 'b.txt'), DOC_B);
    await buildStore([join(root, 'docs')], { store: join(root, 'store') });
    ctx = await openServerContext(join(root, 'store'));
    app = createApp(ctx);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('SPARQL protocol', () => {
    it('describes the service at GET /sparql without a query', async () => {
      const res = await GET(app, '/sparql');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/turtle/);
      const body = await res.text();
      expect(body).toContain('a sd:Service');
      expect(body).toContain('<http://127.0.0.1/sparql>');
      expect(body).toContain('kgs'); // the search property function is advertised
    });

    it('answers GET ?query= with SPARQL JSON by default', async () => {
      const res = await GET(app, q(NAMES));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
      const json = (await res.json()) as {
        head: { vars: string[] };
        results: { bindings: { n: { value: string } }[] };
      };
      expect(json.head.vars).toEqual(['n']);
      expect(json.results.bindings.map((b) => b.n.value)).toEqual(expect.arrayContaining(['王建国', '韩立平']));
    });

    it.each([
      ['application/sparql-results+xml', /^application\/sparql-results\+xml/, '<sparql'],
      ['text/csv', /^text\/csv/, 'n\r\n'],
      ['text/tab-separated-values', /^text\/tab-separated-values/, '?n\n'],
      ['text/csv;q=0.4, application/sparql-results+xml;q=0.9', /^application\/sparql-results\+xml/, '<sparql'],
    ])('negotiates %s for SELECT', async (accept, type, marker) => {
      const res = await GET(app, q(NAMES), { Accept: accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
      expect(res.headers.get('vary')).toBe('Accept');
      expect(await res.text()).toContain(marker);
    });

    it('accepts POST application/sparql-query and form-encoded POST', async () => {
      const direct = await app.request('http://127.0.0.1/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', Accept: 'text/csv' },
        body: NAMES,
      });
      const form = await app.request('http://127.0.0.1/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'text/csv' },
        body: new URLSearchParams({ query: NAMES }).toString(),
      });
      expect(direct.status).toBe(200);
      expect(form.status).toBe(200);
      const text = await direct.text();
      expect(text).toContain('韩立平');
      expect(await form.text()).toBe(text);
    });

    it('answers ASK as a boolean', async () => {
      const res = await GET(app, q('ASK { ?p <http://schema.org/name> "韩立平"@zh-hans }'));
      expect(await res.json()).toEqual({ head: {}, boolean: true });
    });

    it.each([
      ['text/turtle', /^text\/turtle/],
      ['application/n-triples', /^application\/n-triples/],
      ['application/n-quads', /^application\/n-quads/],
      ['application/ld+json', /^application\/ld\+json/],
    ])('serializes CONSTRUCT as %s', async (accept, type) => {
      const res = await GET(
        app,
        q('CONSTRUCT { ?p <http://schema.org/name> ?n } WHERE { ?p <http://schema.org/name> ?n }'),
        {
          Accept: accept,
        },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
      const body = await res.text();
      expect(body).toContain('韩立平');
      if (accept === 'application/ld+json') expect(() => JSON.parse(body)).not.toThrow();
    });

    it('rejects a malformed query with 400 and a text message', async () => {
      const res = await GET(app, q('SELECT ?x WHERE { ?x ?y }'));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toMatch(/^Bad query: /);
    });

    it('answers 406 when no acceptable format exists, 415 for an unknown body type, 405 for PUT', async () => {
      expect((await GET(app, q(NAMES), { Accept: 'image/png' })).status).toBe(406);
      const text = await app.request('http://127.0.0.1/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: NAMES,
      });
      expect(text.status).toBe(415);
      expect((await app.request('http://127.0.0.1/sparql', { method: 'PUT', body: 'x' })).status).toBe(405);
    });

    it('is read-only: updates get 403 and there is no /update', async () => {
      const res = await app.request('http://127.0.0.1/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-update' },
        body: 'INSERT DATA { <urn:a> <urn:b> <urn:c> }',
      });
      expect(res.status).toBe(403);
      const form = await app.request('http://127.0.0.1/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'update=CLEAR%20ALL',
      });
      expect(form.status).toBe(403);
      expect((await app.request('http://127.0.0.1/update', { method: 'POST', body: 'x' })).status).toBe(404);
      expect(ctx.store.countQuads(null, null, null, null)).toBeGreaterThan(0);
    });

    it('refuses bodies over the size limit with 413', async () => {
      const small = createApp({ ...ctx, limits: { ...ctx.limits, maxBodyBytes: 64 } });
      const res = await small.request('http://127.0.0.1/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query' },
        body: `${NAMES} ${'#'.repeat(200)}`,
      });
      expect(res.status).toBe(413);
      expect(await res.text()).toContain('larger than 64 bytes');
    });

    it('stops a query past the timeout (503) and past the result limit (400)', async () => {
      const slow = createApp({ ...ctx, limits: { ...ctx.limits, timeoutMs: 1 } });
      const cross = await GET(slow, q('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'));
      expect(cross.status).toBe(503);
      expect(await cross.text()).toMatch(/timed out/i);
      const few = createApp({ ...ctx, limits: { ...ctx.limits, resultLimit: 3 } });
      const many = await GET(few, q('SELECT * WHERE { ?s ?p ?o }'));
      expect(many.status).toBe(400);
      expect(await many.text()).toContain('LIMIT');
    });

    it('sends CORS headers only when asked', async () => {
      const plain = await GET(app, q(NAMES), { Origin: 'http://example.org' });
      expect(plain.headers.get('access-control-allow-origin')).toBeNull();
      const open = await GET(createApp(ctx, { cors: true }), q(NAMES), { Origin: 'http://example.org' });
      expect(open.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  describe('JSON API', () => {
    it('searches entities and statements', async () => {
      const res = await GET(app, `/api/search?q=${encodeURIComponent('韩立平')}&k=5`);
      const body = (await res.json()) as { hits: { kind: string; label: string; id: string }[] };
      expect(body.hits[0]).toMatchObject({ kind: 'official', label: '韩立平' });
    });

    it('lists an official with posts and statements whose spans point into the original text', async () => {
      const search = (await (
        await GET(app, `/api/search?q=${encodeURIComponent('王建国')}&k=1&kind=official`)
      ).json()) as {
        hits: { id: string }[];
      };
      const iri = search.hits[0]?.id ?? '';
      const entity = (await (await GET(app, `/api/entity?iri=${encodeURIComponent(iri)}`)).json()) as {
        label: string;
        types: string[];
        posts: { title: string }[];
        statements: { text: string; doc: string; start: number; end: number }[];
      };
      expect(entity.label).toBe('王建国');
      expect(entity.types).toContain('Official');
      expect(entity.posts.map((p) => p.title)).toContain('省卫生健康委主任');
      const st = entity.statements.find((s) => s.text.includes('人民至上'));
      expect(st).toBeDefined();
      const src = (await (
        await GET(app, `/api/source?doc=${encodeURIComponent(st?.doc ?? '')}&start=${st?.start}&end=${st?.end}`)
      ).json()) as { text: string; start: number; end: number; quote: string };
      expect(src.text).toBe(DOC_A);
      expect(src.text.slice(src.start, src.end)).toBe(src.quote);
      expect(src.quote).toContain('人民至上');
    });

    it('answers typed statement queries by speaker name and topic', async () => {
      const res = await GET(app, `/api/statements?speaker=${encodeURIComponent('韩立平')}`);
      const body = (await res.json()) as { statements: { speakerName: string; text: string }[] };
      expect(body.statements.length).toBeGreaterThan(0);
      expect(body.statements.every((s) => s.speakerName === '韩立平')).toBe(true);
      const topic = (await (await GET(app, `/api/statements?topic=${encodeURIComponent('基层医疗')}`)).json()) as {
        statements: { text: string }[];
      };
      expect(topic.statements.every((s) => s.text.includes('基层医疗'))).toBe(true);
    });

    it('counts a slogan by place and year', async () => {
      const res = await GET(app, `/api/timeline?slogan=${encodeURIComponent('健康中国')}`);
      const body = (await res.json()) as { points: { year: number; mentions: number }[] };
      expect(body.points.map((p) => p.year)).toEqual([2022, 2023]);
      expect(body.points.every((p) => p.mentions >= 1)).toBe(true);
    });

    it('returns graph neighbours with types and degrees, hiding mentions and spans', async () => {
      const search = (await (
        await GET(app, `/api/search?q=${encodeURIComponent('王建国')}&k=1&kind=official`)
      ).json()) as {
        hits: { id: string }[];
      };
      const res = await GET(app, `/api/neighbours?iri=${encodeURIComponent(search.hits[0]?.id ?? '')}`);
      const g = (await res.json()) as {
        center: { type: string; degree: number };
        nodes: { id: string; type: string; degree: number }[];
        edges: { source: string; target: string }[];
      };
      expect(g.center.type).toBe('Official');
      expect(g.nodes.map((n) => n.type)).toEqual(expect.arrayContaining(['Statement', 'Post']));
      expect(g.nodes.some((n) => n.type === 'Mention' || n.type === 'SpecificResource')).toBe(false);
      expect(g.nodes.every((n) => n.degree > 0)).toBe(true);
      expect(g.edges.length).toBeGreaterThanOrEqual(g.nodes.length);
    });

    it('rejects bad parameters with 400 and JSON errors, unknown routes with 404', async () => {
      const missing = await GET(app, '/api/search');
      expect(missing.status).toBe(400);
      expect(await missing.json()).toEqual({ error: 'missing parameter "q"' });
      expect((await GET(app, '/api/search?q=x&k=0')).status).toBe(400);
      expect((await GET(app, '/api/entity?iri=not%20an%20iri')).status).toBe(400);
      expect((await GET(app, `/api/entity?iri=${encodeURIComponent('urn:x:none')}`)).status).toBe(404);
      expect((await GET(app, '/api/nothing')).status).toBe(404);
      const bad = await GET(app, `/api/source?doc=${encodeURIComponent('urn:x:none')}&start=0&end=1`);
      expect(bad.status).toBe(404);
    });
  });

  describe('static files', () => {
    it('serves the web view as UTF-8 Chinese HTML', async () => {
      const res = await GET(app, '/');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('lang="zh-CN"');
      expect((await GET(app, '/app.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    });

    it.each([
      '/..%2f..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/../../package.json',
      '/..%5c..%5cpackage.json',
      '/%252e%252e%252fpackage.json',
    ])('never serves a file outside the web folder for %s', async (path) => {
      const res = await GET(app, path);
      expect([400, 403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('"name": "@policy-kg/cli"');
    });

    it('refuses raw traversal, NUL and symlinks that leave the folder', async () => {
      const web = join(root, 'web');
      await mkdir(web, { recursive: true });
      await writeFile(join(web, 'index.html'), '<p>ok</p>');
      await writeFile(join(root, 'secret.txt'), 'secret');
      await symlink(join(root, 'secret.txt'), join(web, 'link.txt'));
      expect(await readStatic(web, '/../secret.txt')).toMatchObject({ ok: false, status: 403 });
      expect(await readStatic(web, '/..%2fsecret.txt')).toMatchObject({ ok: false, status: 403 });
      expect(await readStatic(web, '/link.txt')).toMatchObject({ ok: false, status: 403 });
      expect(await readStatic(web, '/a%00.txt')).toMatchObject({ ok: false, status: 400 });
      expect(await readStatic(web, '/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
      expect(await readStatic(web, '/')).toMatchObject({ ok: true, type: 'text/html; charset=utf-8' });
    });

    it('serves only allow-listed vendor bundles', async () => {
      expect((await GET(app, '/vendor/package.json')).status).toBe(404);
      expect((await GET(app, '/vendor/..%2f..%2fpackage.json')).status).toBe(404);
    });
  });
});
