import {
  type GraphStore,
  openStore,
  openStoreSearchIndex,
  QueryEngine,
  type SearchIndex,
  type StoreManifest,
  searchPropertyFunctions,
} from '@policy-kg/core';

/** Limits the server enforces on every request. */
export interface ServerLimits {
  /** Milliseconds a query may run (default 10 000). */
  timeoutMs: number;
  /** Maximum number of results of one query (default 10 000). */
  resultLimit: number;
  /** Maximum request body in bytes (default 1 MiB). */
  maxBodyBytes: number;
}

/** Default {@link ServerLimits}. */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  timeoutMs: 10_000,
  resultLimit: 10_000,
  maxBodyBytes: 1024 * 1024,
});

/** What the routes need: the opened store, a query engine over it, a search index. */
export interface ServerContext {
  dir: string;
  store: GraphStore;
  manifest: StoreManifest;
  engine: QueryEngine;
  search: SearchIndex;
  limits: ServerLimits;
}

/** Options of {@link openServerContext}. */
export interface ServerContextOptions {
  limits?: Partial<ServerLimits>;
}

/**
 * Open a store directory for serving: the graph, a query engine over its
 * union view (with `kgs:matches`), and the store's search index (the one
 * `kg query` searches: `openStoreSearchIndex`), or, when the store has no
 * readable index, an in-memory index of the graph's entities and statements.
 */
export async function openServerContext(dir: string, options: ServerContextOptions = {}): Promise<ServerContext> {
  const opened = await openStore(dir);
  const { store, manifest } = opened;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const search = await openStoreSearchIndex({ dir, opened, ifMissing: 'graph' });
  const engine = new QueryEngine({
    source: store.unionView(),
    extensions: { propertyFunctions: searchPropertyFunctions(search) },
  });
  return { dir, store, manifest, engine, search, limits };
}
