import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createRemoteTarget,
  openStore,
  type PushGraph,
  type PushReport,
  planPush,
  pushGraphs,
  readRemoteManifest,
  UsageError,
} from '@policy-kg/core';
import type { Command } from 'commander';
import { type Io, logLine, writeLine } from '../io.js';

interface PushCliOptions {
  store: string;
  endpoint: string;
  updateEndpoint?: string;
  graphStore?: string;
  user?: string;
  auth?: string;
  dryRun?: boolean;
  force?: boolean;
  keepMissing?: boolean;
  manifestGraph?: string;
  chunk?: string;
  timeout?: string;
  json?: boolean;
  quiet?: boolean;
}

/**
 * `kg push --store DIR --endpoint URL --graph-store URL`: upload a store's
 * per-document graphs to a SPARQL server, incrementally. A graph's hash is the
 * sha256 of its graph file, so a rebuilt document with new facts is re-sent
 * even when its source text is unchanged. The password comes only from
 * `KG_SPARQL_PASSWORD` (a flag would show in `ps`).
 */
export const registerPush = (program: Command, io: Io): void => {
  program
    .command('push')
    .description('push a store to a SPARQL server (Graph Store Protocol; only changed documents)')
    .requiredOption('-s, --store <dir>', 'store directory')
    .requiredOption('-e, --endpoint <url>', 'SPARQL query endpoint (reads the server manifest)')
    .option('--update-endpoint <url>', 'SPARQL update endpoint (default: --endpoint)')
    .option('--graph-store <url>', 'Graph Store Protocol endpoint (required unless --dry-run)')
    .option('-u, --user <name>', 'user name (default: KG_SPARQL_USER); password from KG_SPARQL_PASSWORD')
    .option('--auth <scheme>', 'auto|digest|basic', 'auto')
    .option('--dry-run', 'print the plan (add/replace/delete/unchanged), change nothing')
    .option('--force', 're-upload unchanged documents too')
    .option('--keep-missing', 'keep remote documents the store no longer has')
    .option('--manifest-graph <iri>', 'server graph recording pushed documents (one per store sharing a server)')
    .option('--chunk <triples>', 'triples per upload request', '50000')
    .option('--timeout <ms>', 'timeout per request', '60000')
    .option('--json', 'print the report as JSON on stdout')
    .option('-q, --quiet', 'no summary line')
    .addHelpText(
      'after',
      `
Environment: KG_SPARQL_USER, KG_SPARQL_PASSWORD (never printed).

Examples (Virtuoso):
  KG_SPARQL_USER=kg KG_SPARQL_PASSWORD=… kg push --store kg-store \\
    --endpoint http://127.0.0.1:8890/sparql --update-endpoint http://127.0.0.1:8890/sparql-auth \\
    --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth
  kg push --store kg-store --endpoint http://127.0.0.1:8890/sparql --dry-run`,
    )
    .action(async (options: PushCliOptions) => {
      const auth = options.auth ?? 'auto';
      if (auth !== 'auto' && auth !== 'digest' && auth !== 'basic') {
        throw new UsageError(`--auth must be auto, digest or basic, got "${auth}"`);
      }
      const chunkTriples = Number(options.chunk ?? '50000');
      const timeoutMs = Number(options.timeout ?? '60000');
      if (!Number.isInteger(chunkTriples) || chunkTriples < 1)
        throw new UsageError(`--chunk must be a positive integer`);
      if (!(timeoutMs > 0)) throw new UsageError(`--timeout must be a positive number of milliseconds`);
      if (!options.dryRun && !options.graphStore)
        throw new UsageError('--graph-store is required to upload (or use --dry-run)');
      const target = createRemoteTarget({
        endpoint: options.endpoint,
        ...(options.updateEndpoint ? { updateEndpoint: options.updateEndpoint } : {}),
        ...(options.graphStore ? { graphStoreEndpoint: options.graphStore } : {}),
        ...(options.user ? { user: options.user } : {}),
        auth,
        chunkTriples,
        timeoutMs,
      });
      const { store, manifest } = await openStore(options.store);
      const files = manifest.sources.map((s) => ({ graph: s.graph, file: s.file }));
      if (manifest.summary) files.push({ graph: manifest.summary.graph, file: manifest.summary.file });
      const terms = new Map(store.getGraphs().map((g) => [g.value, g]));
      const graphs: PushGraph[] = [];
      for (const f of files) {
        const hash = createHash('sha256')
          .update(await readFile(join(options.store, f.file)))
          .digest('hex');
        const g = terms.get(f.graph);
        // Lazy: only iterated when the graph is uploaded.
        const quads = { [Symbol.iterator]: () => (g ? store.match(null, null, null, g) : [])[Symbol.iterator]() };
        graphs.push({ graph: f.graph, hash, quads });
      }
      const manifestOptions = options.manifestGraph ? { manifestGraph: options.manifestGraph } : {};
      const started = performance.now();
      let report: PushReport;
      if (options.dryRun) {
        const plan = planPush(
          new Map(graphs.map((g) => [g.graph, g.hash])),
          await readRemoteManifest(target, manifestOptions),
          {
            deleteMissing: !options.keepMissing,
            force: options.force === true,
          },
        );
        report = { plan, triples: 0, requests: 0, bytes: 0 };
      } else {
        report = await pushGraphs(target, graphs, {
          deleteMissing: !options.keepMissing,
          force: options.force === true,
          ...manifestOptions,
        });
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (options.json) writeLine(io, JSON.stringify({ dryRun: options.dryRun === true, ...report }));
      if (!options.quiet) {
        const p = report.plan;
        logLine(
          io,
          `kg push${options.dryRun ? ' (dry run)' : ''}: ${target.endpoint}: ${p.add.length} added, ${p.replace.length} replaced, ` +
            `${p.delete.length} deleted, ${p.unchanged.length} unchanged; ${report.triples} triples in ${report.requests} requests, ${seconds} s`,
        );
      }
    });
};
