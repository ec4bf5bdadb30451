import {
  createRemoteTarget,
  localQuerySource,
  MANIFEST_GRAPH,
  NotFoundError,
  type OpenedStore,
  type QuerySource,
  RemoteQuerySource,
  type RemoteTarget,
  readRemoteManifest,
  UsageError,
} from '@policy-kg/core';
import type { Command } from 'commander';
import { openStoreFrom, STORE_HELP, storeDir } from './store-options.js';

/** The flags {@link addSourceOptions} declares. */
export interface SourceCliOptions {
  store?: string;
  endpoint?: string;
  user?: string;
  auth?: string;
  graph?: string[];
  allGraphs?: boolean;
  manifestGraph?: string;
  timeout?: string;
}

/** Where typed queries run: the embedded store of a directory, or a SPARQL server. */
export type OpenedSource =
  | { kind: 'store'; dir: string; opened: OpenedStore; source: QuerySource }
  | {
      kind: 'endpoint';
      target: RemoteTarget;
      remote: RemoteQuerySource;
      source: QuerySource;
      /** The default graph sent with every query; `undefined`: the server's own (`--all-graphs`). */
      graphs: readonly string[] | undefined;
    };

/** Help text of the source options, for a command's `addHelpText`. */
export const SOURCE_HELP = `
Remote: --endpoint URL runs the same queries on a SPARQL 1.1 server (whole queries,
form POST). The default graph is the union of the graphs \`kg push\` recorded in the
server's manifest graph (like the union of documents of a store); --graph IRI names
graphs instead, --all-graphs uses the server's own default graph. User from --user or
KG_SPARQL_USER, password only from KG_SPARQL_PASSWORD (never printed).
Exit codes: 1 for auth, connection, timeout, truncation and server errors; 2 for usage.`;

/** Add `--store` and the remote flags (`--endpoint`, `--user`, …) to a command. */
export function addSourceOptions(command: Command): Command {
  return command
    .option('-s, --store <dir>', STORE_HELP)
    .option('-e, --endpoint <url>', 'query a SPARQL server instead of a store (not with --store)')
    .option('-u, --user <name>', 'user for --endpoint (default: KG_SPARQL_USER); password from KG_SPARQL_PASSWORD')
    .option('--auth <scheme>', 'auto|digest|basic, for --endpoint', 'auto')
    .option(
      '--graph <iri>',
      'with --endpoint: a default graph to query, repeatable (default: the graphs in the push manifest)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--all-graphs', "with --endpoint: the server's own default graph (Virtuoso: every graph)")
    .option('--manifest-graph <iri>', `with --endpoint: the push manifest to read (default ${MANIFEST_GRAPH})`)
    .option('--timeout <ms>', 'stop a query after this many milliseconds');
}

/** Parse `--timeout`: a positive integer of milliseconds, or undefined. */
export function timeoutOption(options: { timeout?: string }): number | undefined {
  if (options.timeout === undefined) return undefined;
  const ms = Number(options.timeout);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new UsageError(`--timeout must be a positive integer (ms), got "${options.timeout}"`);
  return ms;
}

const REMOTE_ONLY = ['user', 'graph', 'allGraphs', 'manifestGraph'] as const;
const FLAG: Record<(typeof REMOTE_ONLY)[number], string> = {
  user: '--user',
  graph: '--graph',
  allGraphs: '--all-graphs',
  manifestGraph: '--manifest-graph',
};

/**
 * Turn `--store | --endpoint` into a query source: the one place every typed
 * command (who-said, timeline, indicators) and `kg query` get theirs from.
 * `--store` and `--endpoint` together are a usage error; without `--endpoint`
 * the store comes from `--store`, `KG_STORE` or the config file.
 */
export async function openQuerySource(
  options: SourceCliOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenedSource> {
  const timeout = timeoutOption(options);
  if (options.endpoint === undefined) {
    for (const k of REMOTE_ONLY) {
      if (options[k] !== undefined) throw new UsageError(`${FLAG[k]} needs --endpoint`);
    }
    const dir = storeDir(options, env);
    const opened = await openStoreFrom({ store: dir });
    const source = localQuerySource(opened.store, timeout === undefined ? {} : { timeout });
    return { kind: 'store', dir, opened, source };
  }
  if (options.store !== undefined) {
    throw new UsageError('--store and --endpoint exclude each other: query a local store or a SPARQL server');
  }
  return openRemoteSource({ ...options, endpoint: options.endpoint }, env);
}

/**
 * The SPARQL server of `--endpoint` as a query source (`kg search --store --endpoint`
 * uses it beside a store): credentials, timeout, and the default graph from
 * `--graph`, `--all-graphs` or the push manifest.
 */
export async function openRemoteSource(
  options: SourceCliOptions & { endpoint: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Extract<OpenedSource, { kind: 'endpoint' }>> {
  const timeout = timeoutOption(options);
  if (options.graph !== undefined && options.allGraphs) {
    throw new UsageError('--graph and --all-graphs exclude each other');
  }
  const auth = options.auth ?? 'auto';
  if (auth !== 'auto' && auth !== 'digest' && auth !== 'basic') {
    throw new UsageError(`--auth must be auto, digest or basic, got "${auth}"`);
  }
  const target = createRemoteTarget({
    endpoint: options.endpoint,
    ...(options.user === undefined ? {} : { user: options.user }),
    auth,
    // Credentials go with queries too: a protected query endpoint (Virtuoso /sparql-auth) needs them.
    authenticateQueries: true,
    ...(timeout === undefined ? {} : { timeoutMs: timeout }),
    env,
  });
  let graphs: readonly string[] | undefined;
  if (options.graph !== undefined) graphs = options.graph;
  else if (!options.allGraphs) {
    const manifestGraph = options.manifestGraph ?? MANIFEST_GRAPH;
    graphs = [...(await readRemoteManifest(target, { manifestGraph })).keys()];
    if (graphs.length === 0) {
      throw new NotFoundError(
        `${target.endpoint} has no graphs recorded in the manifest graph <${manifestGraph}>: push a store with kg push, name graphs with --graph, or query every graph with --all-graphs`,
        { code: 'KG_REMOTE_NO_MANIFEST' },
      );
    }
  }
  const remote = new RemoteQuerySource(target, graphs === undefined ? {} : { defaultGraphs: graphs });
  return { kind: 'endpoint', target, remote, source: remote, graphs };
}
