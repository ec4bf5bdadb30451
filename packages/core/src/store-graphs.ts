import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { UsageError } from './errors.js';
import {
  type ManifestSource,
  type OpenedStore,
  openStore,
  type SourceKind,
  type StoreManifest,
  saveStore,
  sourceKind,
  storeSourceFile,
} from './store/index.js';

/** Options of {@link replaceStoreGraph}. */
export interface ReplaceStoreGraphOptions {
  /** Store directory (must exist: build it first). */
  store: string;
  /** Named graph to replace. */
  graph: string;
  /** Its new content (graph terms are taken as given: pass quads in `graph`). */
  quads: Iterable<Quad>;
  /** How the manifest records it: `import:<file>`, `linkset:<target>` or `derived:<name>`, and the kind. */
  source: { path: string; kind: Exclude<SourceKind, 'document'>; sha256?: string; bytes?: Uint8Array };
  /** The store already opened by the caller (saves reading it again); must be `store`'s. */
  opened?: OpenedStore;
}

/**
 * Replace one non-document graph of a persistent store (an import, a linkset,
 * a derived graph) and record it as a source of its kind, so `kg build`
 * (with or without `--prune`) keeps it. Other sources, the search index and
 * the embedder are kept as they are. With `bytes`, a copy of the imported file
 * is kept in the store (so `verify` can re-hash it). Refuses a graph that
 * holds a document.
 *
 * @example await replaceStoreGraph({ store: 'kg-store', graph: G, quads, source: { path: `import:${file}`, kind: 'import' } });
 */
export async function replaceStoreGraph(options: ReplaceStoreGraphOptions): Promise<StoreManifest> {
  const { store, manifest } = options.opened ?? (await openStore(options.store));
  const { graph, source } = options;
  const clash = manifest.sources.find((s) => s.graph === graph && sourceKind(s) === 'document');
  if (clash) {
    throw new UsageError(`graph <${graph}> holds the document ${clash.path}; choose another graph IRI`, {
      code: 'KG_GRAPH_TAKEN',
    });
  }
  const term = DataFactory.namedNode(graph);
  store.removeGraph(term);
  store.addQuads([...options.quads]);
  const sources: Array<Omit<ManifestSource, 'file' | 'quads'>> = manifest.sources
    .filter((s) => s.graph !== graph)
    .map(({ file: _file, quads: _quads, ...rest }) => rest);
  const entry: Omit<ManifestSource, 'file' | 'quads'> = {
    path: source.path,
    kind: source.kind,
    sha256: source.sha256 ?? '',
    graph,
  };
  if (source.bytes && source.sha256) {
    entry.stored = await storeSourceFile(options.store, source.sha256, source.bytes);
    entry.bytes = source.bytes.length;
  }
  sources.push(entry);
  return saveStore(options.store, store, sources, {
    ...(manifest.search ? { search: manifest.search } : {}),
    ...(manifest.embedder ? { embedder: manifest.embedder } : {}),
  });
}
