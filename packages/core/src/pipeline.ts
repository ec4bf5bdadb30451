import { resolve } from 'node:path';
import { DataFactory } from 'n3';
import type { KgError } from './errors.js';
import { linkText } from './link/index.js';
import { buildDocumentGraph, type DocumentGraph, mint, summaryQuads } from './model/index.js';
import { type Doc, type IngestPathsOptions, ingestPaths } from './segment/index.js';
import {
  emptyManifest,
  GraphStore,
  type ManifestSource,
  openStore,
  type SaveStoreOptions,
  type StoreManifest,
  saveStore,
} from './store/index.js';

/** Progress of {@link buildGraph} and {@link buildStore}, one call per source file. */
export interface BuildProgress {
  phase: 'read' | 'graph' | 'write';
  /** Files done so far. */
  done: number;
  /** Files in total, when known. */
  total?: number;
  path?: string;
}

/** Options shared by the build functions. */
export interface BuildGraphOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BuildProgress) => void;
}

/**
 * Extract, link and model documents into a fresh in-memory store: one named
 * graph per source file plus the summary graph. Texts of one file (a
 * collection) are grouped by the file's hash.
 *
 * @example const { store } = buildGraph(ingestText(text, { name: 'a.txt' }));
 */
export function buildGraph(
  docs: Iterable<Doc>,
  options: BuildGraphOptions = {},
): { store: GraphStore; graphs: DocumentGraph[] } {
  const byFile = new Map<string, Doc[]>();
  for (const doc of docs) {
    const list = byFile.get(doc.source.sha256);
    if (list) list.push(doc);
    else byFile.set(doc.source.sha256, [doc]);
  }
  const store = new GraphStore();
  const graphs: DocumentGraph[] = [];
  let done = 0;
  for (const texts of byFile.values()) {
    options.signal?.throwIfAborted();
    const graph = buildDocumentGraph(texts.map((d) => linkText(d)));
    store.replaceGraph(graph.graph, graph.quads);
    graphs.push(graph);
    options.onProgress?.({ phase: 'graph', done: ++done, total: byFile.size, path: texts[0]?.source.path ?? '' });
  }
  refreshSummary(store);
  return { store, graphs };
}

/** Recompute the cross-document summary graph (first/last seen) from the document graphs. */
export function refreshSummary(store: GraphStore): void {
  const graph = DataFactory.namedNode(mint.summaryGraph());
  store.removeGraph(graph);
  store.replaceGraph(graph, summaryQuads(store));
}

/** Options of {@link buildStore}. */
export interface BuildStoreOptions extends BuildGraphOptions {
  /** Store directory (created when missing). */
  store: string;
  /** Remove sources the store holds that are not among this run's inputs. Default false. */
  prune?: boolean;
  /** Passed to {@link saveStore} (test hook). */
  save?: SaveStoreOptions;
}

/** What {@link buildStore} did. */
export interface BuildStoreResult {
  added: string[];
  replaced: string[];
  unchanged: string[];
  removed: string[];
  /** Files that could not be read or built; the rest were built. */
  failed: Array<{ path: string; error: KgError | Error }>;
  manifest: StoreManifest;
  quads: number;
}

/**
 * Build or update a persistent store: add new files, replace changed ones
 * (by SHA-256), keep unchanged ones, remove missing ones with `prune`, then
 * recompute the summary graph and write the store atomically. An aborted
 * build throws before anything is written.
 *
 * @example await buildStore(['examples/corpus'], { store: 'kg-store', prune: true });
 */
export async function buildStore(paths: readonly string[], options: BuildStoreOptions): Promise<BuildStoreResult> {
  const { store, manifest } = await openStore(options.store).catch((error: { code?: string }) => {
    if (error.code === 'KG_STORE_MISSING') return { store: new GraphStore(), manifest: undefined };
    throw error;
  });
  const previous = new Map((manifest?.sources ?? []).map((s) => [s.path, s]));
  const sources = new Map<string, Omit<ManifestSource, 'file' | 'quads'>>();
  const result: BuildStoreResult = {
    added: [],
    replaced: [],
    unchanged: [],
    removed: [],
    failed: [],
    manifest: manifest ?? emptyManifest(),
    quads: 0,
  };
  let done = 0;
  const seen = new Set<string>();
  let total: number | undefined;
  const ingestOptions: IngestPathsOptions = {
    onProgress: (p) => {
      total = p.total;
    },
  };
  if (options.signal) ingestOptions.signal = options.signal;
  for await (const file of ingestPaths([...paths], ingestOptions)) {
    options.signal?.throwIfAborted();
    const path = resolve(file.path);
    seen.add(path);
    options.onProgress?.({ phase: 'read', done: ++done, path, ...(total === undefined ? {} : { total }) });
    if (!file.ok) {
      result.failed.push({ path: file.path, error: file.error });
      const old = previous.get(path);
      if (old) sources.set(path, old);
      continue;
    }
    const sha256 = file.docs[0]?.source.sha256;
    if (!sha256) continue;
    const old = previous.get(path);
    if (old && old.sha256 === sha256) {
      sources.set(path, old);
      result.unchanged.push(path);
      continue;
    }
    try {
      const graph = buildDocumentGraph(file.docs.map((d) => linkText(d)));
      store.replaceGraph(graph.graph, graph.quads);
      sources.set(path, { path, sha256, graph: graph.graph.value });
      (old ? result.replaced : result.added).push(path);
    } catch (error) {
      result.failed.push({ path: file.path, error: error as Error });
      if (old) sources.set(path, old);
    }
  }
  for (const [path, old] of previous) {
    if (seen.has(path) || sources.has(path)) continue;
    if (options.prune) result.removed.push(path);
    else sources.set(path, old);
  }
  // Drop graphs no source references any more (a replaced or pruned file).
  const live = new Set([...sources.values()].map((s) => s.graph));
  for (const g of store.getGraphs()) {
    if (g.value !== mint.summaryGraph() && !live.has(g.value)) store.removeGraph(g);
  }
  options.signal?.throwIfAborted();
  refreshSummary(store);
  options.onProgress?.({ phase: 'write', done });
  result.manifest = await saveStore(options.store, store, [...sources.values()], options.save ?? {});
  result.quads = store.size;
  return result;
}
