import { readFile } from 'node:fs/promises';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { apiRoutes } from './api.js';
import type { ServerContext } from './context.js';
import { answerSparql } from './sparql.js';
import { readStatic, VENDOR_FILES, WEB_DIR } from './static.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Send `Access-Control-Allow-Origin: *` (default false: same-origin only). */
  cors?: boolean;
  /** Folder of the web view (default: the package's `web/`). */
  webDir?: string;
  /** Public endpoint IRI for the service description (default: from the request URL). */
  endpoint?: string;
}

/**
 * The `kg serve` application: SPARQL 1.1 Protocol at `/sparql`, the JSON API
 * at `/api/*`, the web view at `/`. Read-only. Test it with `app.request()`.
 *
 * @example
 * ```ts
 * const app = createApp(await openServerContext('kg-store'));
 * const res = await app.request('/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D');
 * ```
 */
export function createApp(ctx: ServerContext, options: AppOptions = {}): Hono {
  const app = new Hono();
  const webDir = options.webDir ?? WEB_DIR;
  if (options.cors) app.use('*', cors());
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: ctx.limits.maxBodyBytes,
      onError: (c) => c.text(`Request body larger than ${ctx.limits.maxBodyBytes} bytes.\n`, 413),
    }),
  );

  const sparql = async (c: Context) => {
    const endpoint = options.endpoint ?? new URL('/sparql', c.req.url).href;
    const r = await answerSparql(c, ctx, endpoint);
    return c.body(r.body, r.status, { 'Content-Type': r.type, Vary: 'Accept' });
  };
  app.get('/sparql', sparql);
  app.post('/sparql', sparql);
  app.all('/sparql', (c) => c.text('Use GET or POST.\n', 405, { Allow: 'GET, POST' }));

  app.route('/api', apiRoutes(ctx));
  app.all('/api/*', (c) => c.json({ error: `no API route ${c.req.path}` }, 404));

  app.get('/vendor/:name', async (c) => {
    const file = VENDOR_FILES[c.req.param('name')];
    if (!file) return c.text('Not found.\n', 404);
    try {
      return c.body(new Uint8Array(await readFile(file)), 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    } catch {
      return c.text(`${c.req.param('name')} is not built: run \`pnpm build\` (scripts/bundle-web.mjs).\n`, 404);
    }
  });

  app.get('*', async (c) => {
    const raw = new URL(c.req.url).pathname;
    const r = await readStatic(webDir, raw);
    if (!r.ok) return c.text(`${r.message}\n`, r.status);
    return c.body(new Uint8Array(r.body), 200, { 'Content-Type': r.type });
  });
  app.notFound((c) => c.text('Not found.\n', 404));
  return app;
}
