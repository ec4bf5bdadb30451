import { serve } from '@hono/node-server';
import { UsageError } from '@policy-kg/core';
import type { Command } from 'commander';
import { type Io, logLine } from '../io.js';
import { createApp } from '../server/app.js';
import { DEFAULT_LIMITS, openServerContext } from '../server/context.js';

interface ServeCliOptions {
  store: string;
  port: string;
  host: string;
  timeout: string;
  limit: string;
  maxBody: string;
  cors?: boolean;
}

function positiveInt(value: string, flag: string, options: { min: number; max: number }): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < options.min || n > options.max) {
    throw new UsageError(`${flag} must be an integer from ${options.min} to ${options.max}, got "${value}"`);
  }
  return n;
}

/**
 * `kg serve --store DIR`: a read-only SPARQL 1.1 Protocol endpoint (`/sparql`),
 * the JSON API (`/api/…`) and the web view (`/`) on 127.0.0.1 unless `--host`.
 * Runs until SIGINT/SIGTERM.
 */
export const registerServe = (program: Command, io: Io): void => {
  program
    .command('serve')
    .description('serve a store: SPARQL endpoint at /sparql, JSON API at /api, web view at /')
    .requiredOption('-s, --store <dir>', 'store directory (made by kg build)')
    .option('-p, --port <n>', 'port (0 picks a free one)', '7878')
    .option('--host <host>', 'address to bind; anything but loopback exposes the store', '127.0.0.1')
    .option('--timeout <ms>', 'query timeout in milliseconds', String(DEFAULT_LIMITS.timeoutMs))
    .option('--limit <n>', 'maximum results per query', String(DEFAULT_LIMITS.resultLimit))
    .option('--max-body <bytes>', 'maximum request body (413 beyond)', String(DEFAULT_LIMITS.maxBodyBytes))
    .option('--cors', 'allow cross-origin requests (Access-Control-Allow-Origin: *)')
    .addHelpText(
      'after',
      `
Examples:
  kg serve --store kg-store
  kg serve --store kg-store --port 8080 --timeout 5000 --limit 1000
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?n { ?p <http://schema.org/name> ?n } LIMIT 5' http://127.0.0.1:7878/sparql
  curl 'http://127.0.0.1:7878/api/statements?speaker=郭玉芬'`,
    )
    .action(async (options: ServeCliOptions) => {
      const port = positiveInt(options.port, '--port', { min: 0, max: 65535 });
      const limits = {
        timeoutMs: positiveInt(options.timeout, '--timeout', { min: 1, max: 3_600_000 }),
        resultLimit: positiveInt(options.limit, '--limit', { min: 1, max: 100_000_000 }),
        maxBodyBytes: positiveInt(options.maxBody, '--max-body', { min: 1, max: 1024 ** 3 }),
      };
      if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
        logLine(
          io,
          `kg serve: warning: listening on ${options.host}, not loopback: anyone who can reach it can query the store`,
        );
      }
      const ctx = await openServerContext(options.store, { limits });
      const app = createApp(ctx, { cors: options.cors === true });
      await new Promise<void>((resolveServe, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: options.host }, (info) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          logLine(
            io,
            `kg serve: ${options.store} (${ctx.store.size} quads) on http://${host}:${info.port}/ (SPARQL at /sparql)`,
          );
        });
        // A long query blocks the event loop; with Node's 5 s keep-alive default the server could
        // close an idle connection just as a client reuses it (ECONNRESET under load).
        if ('keepAliveTimeout' in server) {
          server.keepAliveTimeout = 65_000;
          server.headersTimeout = 66_000;
        }
        server.on('error', reject);
        const stop = () => {
          server.close(() => resolveServe());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
};
