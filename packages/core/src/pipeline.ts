import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataFactory } from 'n3';
import type { KgError } from './errors.js';
import { linkText } from './link/index.js';
import { buildDocumentGraph, type DocumentGraph, mint, summaryQuads } from './model/index.js';
import { docPassages, type Embedder, SearchIndex } from './search/index.js';
import { type Doc, type IngestPathsOptions, ingestPaths } from './segment/index.js';
import {
  emptyManifest,
  GraphStore,
  type ManifestSource,
  openStore,
  type SaveStoreOptions,
  type StoreManifest,
  saveStore,
  sourceKind,
  storeSourceFile,
} from './store/index.js';
import { entityItems, openSearchIndex, removeGraphItems, saveSearchDir, statementItems } from './store-search.js';

/** Progress of {@link buildGraph} and {@link buildStore}, one call per source file. */
export interface BuildProgress {
  phase: 'read' | 'graph' | 'index' | 'write';
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
  save?: Pick<SaveStoreOptions, 'beforeCommit'>;
  /** Embedder of the search index. Default: the hashing embedder (no model). */
  embedder?: Embedder;
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
  // Only documents come from the inputs; imports, linksets and derived graphs are kept whatever the inputs.
  const previous = new Map(
    (manifest?.sources ?? []).filter((s) => sourceKind(s) === 'document').map((s) => [s.path, s]),
  );
  const others = (manifest?.sources ?? []).filter((s) => sourceKind(s) !== 'document');
  const sources = new Map<string, Omit<ManifestSource, 'file' | 'quads'>>();
  const newDocs: Doc[] = [];
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
    if (old && old.sha256 === sha256 && old.stored) {
      sources.set(path, old);
      result.unchanged.push(path);
      continue;
    }
    try {
      const stored = await keepSource(options.store, file.path, sha256);
      if (old && old.sha256 === sha256) {
        // Unchanged, but the store (format 1) kept no copy of it yet.
        sources.set(path, { ...old, ...stored });
        result.unchanged.push(path);
        continue;
      }
      const graph = buildDocumentGraph(file.docs.map((d) => linkText(d)));
      store.replaceGraph(graph.graph, graph.quads);
      sources.set(path, { path, sha256, graph: graph.graph.value, ...stored, docs: file.docs.map((d) => d.id) });
      newDocs.push(...file.docs);
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
  const live = new Set([...sources.values(), ...others].map((s) => s.graph));
  for (const g of store.getGraphs()) {
    if (g.value !== mint.summaryGraph() && !live.has(g.value)) store.removeGraph(g);
  }
  options.signal?.throwIfAborted();
  refreshSummary(store);
  const changed = result.added.length + result.replaced.length + result.removed.length > 0;
  let search = manifest?.search;
  let embedderInfo = manifest?.embedder;
  if (changed || !search) {
    const index = await updateSearchIndex(options, manifest, previous, sources, newDocs, store);
    search = await saveSearchDir(options.store, index);
    embedderInfo = { id: index.embedder.id, dimension: index.embedder.dimension };
  }
  options.onProgress?.({ phase: 'write', done });
  result.manifest = await saveStore(options.store, store, [...sources.values(), ...others], {
    ...(options.save ?? {}),
    search,
    ...(embedderInfo ? { embedder: embedderInfo } : {}),
  });
  result.quads = store.size;
  return result;
}

/** Read a source file again and keep a copy in the store, if its bytes still hash to what was ingested. */
async function keepSource(storeDir: string, path: string, sha256: string): Promise<{ stored: string; bytes: number }> {
  const bytes = await readFile(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error(`${path} changed while it was being read; build again`);
  return { stored: await storeSourceFile(storeDir, sha256, bytes), bytes: bytes.length };
}

/**
 * The previous search index (when its embedder matches) minus the passages of
 * replaced and removed files, plus passages of new texts; entity descriptions
 * and statements are recomputed from the whole graph.
 */
async function updateSearchIndex(
  options: BuildStoreOptions,
  manifest: StoreManifest | undefined,
  previous: ReadonlyMap<string, ManifestSource>,
  sources: ReadonlyMap<string, Omit<ManifestSource, 'file' | 'quads'>>,
  newDocs: readonly Doc[],
  store: GraphStore,
): Promise<SearchIndex> {
  const indexOptions = options.embedder ? { embedder: options.embedder } : {};
  let index: SearchIndex | undefined;
  if (manifest?.search && (!options.embedder || options.embedder.id === manifest.embedder?.id)) {
    index = await openSearchIndex(options.store, manifest.search).catch(() => undefined);
  }
  if (index) {
    for (const [path, old] of previous) {
      const now = sources.get(path);
      if (now && now.sha256 === old.sha256) continue;
      for (const id of old.docs ?? []) index.remove(id);
    }
  } else {
    index = new SearchIndex(indexOptions);
    // Rebuilding from scratch: every current source's texts must be re-read (only new ones were parsed).
    const missing = [...sources.values()].filter((s) => !newDocs.some((d) => d.source.sha256 === s.sha256));
    if (missing.length > 0) {
      for await (const file of ingestPaths(missing.map((s) => s.path)))
        if (file.ok) (newDocs as Doc[]).push(...file.docs);
    }
  }
  removeGraphItems(index);
  const items = [...newDocs.flatMap((d) => [...docPassages(d)]), ...entityItems(store), ...statementItems(store)];
  await index.add(items, {
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (added) => options.onProgress?.({ phase: 'index', done: added, total: items.length }),
  });
  return index;
}
