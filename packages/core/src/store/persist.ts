import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KG_VERSION } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory, termToId } from 'n3';
import { NotFoundError, ValidationError } from '../errors.js';
import { LIBRARY_VERSION, mint, toSortedNQuads } from '../model/index.js';
import { writeFileAtomic } from './atomic.js';
import { GraphStore } from './graph-store.js';
import { parseRdf } from './rdf-io.js';
import { encodeSnapshot, readSnapshot } from './snapshot.js';

/**
 * Version of the store directory layout. 2 added the copies of the source
 * files (`sources/`), the search index and the embedder id; a version-1
 * store still opens (verify reports its sources as not stored).
 */
export const STORE_FORMAT_VERSION = 2;

/**
 * What a store source is. Only `document`s are built from the inputs of
 * `kg build` (and pruned when their file is no longer among them); `import`
 * (`kg import`), `linkset` (`kg link`) and `derived` graphs are written by
 * other commands and kept by every build.
 */
export type SourceKind = 'document' | 'import' | 'linkset' | 'derived';

const KIND_PREFIXES: ReadonlyArray<[string, SourceKind]> = [
  ['import:', 'import'],
  ['linkset:', 'linkset'],
  ['derived:', 'derived'],
];

/**
 * The kind of a recorded source: its `kind`, else (stores written before the
 * field existed) read from its path prefix (`import:`, `linkset:`,
 * `derived:`), else `document`.
 *
 * @example sourceKind({ path: 'import:/data/a.ttl' }) // 'import'
 */
export function sourceKind(source: { path: string; kind?: SourceKind }): SourceKind {
  if (source.kind) return source.kind;
  for (const [prefix, kind] of KIND_PREFIXES) if (source.path.startsWith(prefix)) return kind;
  return 'document';
}

/** One source file recorded in a store. */
export interface ManifestSource {
  /** Absolute path the file was read from (`import:<path>`, `linkset:<target>`, `derived:<name>` for other kinds). */
  path: string;
  /** Absent in stores written before it: see {@link sourceKind}. */
  kind?: SourceKind;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  /** Named graph IRI of its facts. */
  graph: string;
  /** Graph file, relative to the store directory. */
  file: string;
  quads: number;
  /** Copy of the raw bytes, relative to the store (`sources/<sha256>`). */
  stored?: string;
  /** Size of the raw file in bytes. */
  bytes?: number;
  /** `Doc.id`s of the texts read from the file (their search passages carry them). */
  docs?: string[];
}

/** `manifest.json`: what the store holds. No timestamps, so the same input gives the same store. */
export interface StoreManifest {
  formatVersion: number;
  library: { name: string; version: string };
  ontologyVersion: string;
  sources: ManifestSource[];
  /** Cross-document aggregates (first/last seen). */
  summary?: { graph: string; file: string; quads: number };
  /** Embedder whose vectors the search index holds. */
  embedder?: { id: string; dimension: number };
  /** Binary snapshot of every graph (`snapshot-<hash>.bin`), opened instead of re-parsing the N-Quads files. */
  snapshot?: { file: string; quads: number };
  /** Search index folder (relative; content-addressed `search-<hash>`) and its item count. */
  search?: { dir: string; items: number };
}

/** A store opened from a directory. */
export interface OpenedStore {
  store: GraphStore;
  manifest: StoreManifest;
}

const MANIFEST = 'manifest.json';
const GRAPHS = 'graphs';

/** An empty manifest. */
export function emptyManifest(): StoreManifest {
  return {
    formatVersion: STORE_FORMAT_VERSION,
    library: { name: '@policy-kg/core', version: LIBRARY_VERSION },
    ontologyVersion: KG_VERSION,
    sources: [],
  };
}

/** Read and check `DIR/manifest.json`. */
export async function readManifest(dir: string): Promise<StoreManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8');
  } catch (error) {
    throw new NotFoundError(
      `no store at ${dir}: ${MANIFEST} is missing; build one with \`kg build <files> --store ${dir}\``,
      {
        code: 'KG_STORE_MISSING',
        cause: error,
      },
    );
  }
  let manifest: StoreManifest;
  try {
    manifest = JSON.parse(text) as StoreManifest;
  } catch (error) {
    throw new ValidationError(`corrupt store manifest ${join(dir, MANIFEST)}: not JSON; rebuild the store`, {
      code: 'KG_STORE_MANIFEST',
      cause: error,
    });
  }
  const version = (manifest as { formatVersion?: unknown } | null)?.formatVersion;
  if (
    typeof version !== 'number' ||
    version < 1 ||
    version > STORE_FORMAT_VERSION ||
    !Array.isArray(manifest.sources) ||
    manifest.sources.some((s) => typeof s?.file !== 'string' || typeof s.sha256 !== 'string')
  ) {
    throw new ValidationError(
      `corrupt or unsupported store manifest ${join(dir, MANIFEST)}: expected formatVersion 1..${STORE_FORMAT_VERSION} and a sources list`,
      { code: 'KG_STORE_MANIFEST' },
    );
  }
  return manifest;
}

/**
 * Open a store directory: read the manifest, then every graph file it lists.
 *
 * @example const { store, manifest } = await openStore('kg-store');
 */
export async function openStore(dir: string): Promise<OpenedStore> {
  const manifest = await readManifest(dir);
  if (manifest.snapshot) {
    const bytes = await readFile(join(dir, manifest.snapshot.file)).catch(() => undefined);
    if (bytes) {
      try {
        const store = new GraphStore();
        const { terms, indexes } = readSnapshot(bytes, join(dir, manifest.snapshot.file));
        store.addIndexed(terms, indexes);
        if (store.size === manifest.snapshot.quads) return { store, manifest };
      } catch {
        // A damaged snapshot: fall back to the graph files, the source of truth.
      }
    }
  }
  const store = new GraphStore();
  const files = new Map<string, string>();
  for (const s of manifest.sources) files.set(s.file, s.graph);
  if (manifest.summary) files.set(manifest.summary.file, manifest.summary.graph);
  for (const [file, graph] of files) {
    const path = join(dir, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new ValidationError(`store ${dir} is damaged: graph file ${file} is missing`, {
        code: 'KG_STORE_DAMAGED',
        cause: error,
      });
    }
    store.replaceGraph(DataFactory.namedNode(graph), parseRdf(text, { syntax: 'nquads', source: path }));
  }
  return { store, manifest };
}

/** Options of {@link saveStore}. */
export interface SaveStoreOptions {
  /** Test hook: called after graph files are written, before the manifest is replaced. */
  beforeCommit?: () => void | Promise<void>;
  /** Search index folder already written inside the store (recorded in the manifest; kept by the cleanup). */
  search?: { dir: string; items: number };
  /** Embedder id and dimension of that index. */
  embedder?: { id: string; dimension: number };
}

/** Folder of the raw source copies inside a store. */
export const SOURCES_DIR = 'sources';

/**
 * Keep a copy of a source file's raw bytes in the store, content-addressed
 * (`sources/<sha256>`), written atomically; an existing copy is kept.
 * Returns the path relative to the store.
 */
export async function storeSourceFile(dir: string, sha256: string, bytes: Uint8Array): Promise<string> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new ValidationError(`not a SHA-256: ${sha256}`);
  const rel = `${SOURCES_DIR}/${sha256}`;
  await mkdir(join(dir, SOURCES_DIR), { recursive: true });
  try {
    await stat(join(dir, rel));
    return rel;
  } catch {
    // not stored yet
  }
  await writeFileAtomic(join(dir, rel), bytes);
  return rel;
}

const fileFor = (graph: string, nquads: string): string =>
  `${GRAPHS}/${createHash('sha256').update(graph).update('\n').update(nquads).digest('hex').slice(0, 32)}.nq`;

/**
 * Write a store to a directory atomically. Graph files are content-addressed
 * (a changed graph gets a new file), written first with fsync + rename; the
 * manifest, written last the same way, is the commit point. Files no
 * manifest lists are removed afterwards. A failure at any point leaves the
 * previous manifest and every file it lists intact.
 */
export async function saveStore(
  dir: string,
  store: GraphStore,
  sources: ReadonlyArray<Omit<ManifestSource, 'file' | 'quads'>>,
  options: SaveStoreOptions = {},
): Promise<StoreManifest> {
  await mkdir(join(dir, GRAPHS), { recursive: true });
  const manifest = emptyManifest();
  const written = new Map<string, { file: string; quads: number }>();
  const ordered: Quad[] = [];
  const writeGraph = async (graph: string): Promise<{ file: string; quads: number }> => {
    const done = written.get(graph);
    if (done) return done;
    const quads = [...store.match(null, null, null, DataFactory.namedNode(graph))];
    const nquads = toSortedNQuads(quads);
    ordered.push(...sortedForSnapshot(quads));
    const file = fileFor(graph, nquads);
    await writeIfAbsent(join(dir, file), nquads);
    const entry = { file, quads: quads.length };
    written.set(graph, entry);
    return entry;
  };
  for (const s of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const { file, quads } = await writeGraph(s.graph);
    manifest.sources.push({ ...s, file, quads });
  }
  const summaryGraph = mint.summaryGraph();
  if (store.countQuads(null, null, null, DataFactory.namedNode(summaryGraph)) > 0) {
    const { file, quads } = await writeGraph(summaryGraph);
    manifest.summary = { graph: summaryGraph, file, quads };
  }
  const snapshot = encodeSnapshot(ordered);
  const snapshotFile = `snapshot-${createHash('sha256').update(snapshot).digest('hex').slice(0, 32)}.bin`;
  await writeIfAbsent(join(dir, snapshotFile), snapshot);
  manifest.snapshot = { file: snapshotFile, quads: ordered.length };
  if (options.embedder) manifest.embedder = options.embedder;
  if (options.search) manifest.search = options.search;
  await options.beforeCommit?.();
  await writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  await removeUnlisted(dir, manifest);
  return manifest;
}

/** After a commit: delete graph files, source copies, search folders and temporary files the manifest does not list. */
async function removeUnlisted(dir: string, manifest: StoreManifest): Promise<void> {
  const graphs = new Set(manifest.sources.map((s) => s.file.slice(GRAPHS.length + 1)));
  if (manifest.summary) graphs.add(manifest.summary.file.slice(GRAPHS.length + 1));
  for (const name of await readdir(join(dir, GRAPHS))) {
    if (!graphs.has(name)) await rm(join(dir, GRAPHS, name), { force: true });
  }
  const stored = new Set(manifest.sources.map((s) => s.stored?.slice(SOURCES_DIR.length + 1)));
  for (const name of await readdir(join(dir, SOURCES_DIR)).catch(() => [] as string[])) {
    if (!stored.has(name)) await rm(join(dir, SOURCES_DIR, name), { force: true });
  }
  for (const name of await readdir(dir)) {
    const stale =
      (name.startsWith('search-') && name !== manifest.search?.dir) ||
      name.includes('.tmp-') ||
      name.startsWith('.tmp');
    if (stale) await rm(join(dir, name), { recursive: true, force: true });
  }
}

/** A graph's quads in a fixed order (by n3 term ids), so the same graph gives the same snapshot bytes. */
function sortedForSnapshot(quads: Quad[]): Quad[] {
  const key = (q: Quad) =>
    `${termToId(q.subject as never)}\u0000${termToId(q.predicate as never)}\u0000${termToId(q.object as never)}`;
  return quads
    .map((q) => [key(q), q] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, q]) => q);
}

async function writeIfAbsent(path: string, data: string | Uint8Array): Promise<void> {
  try {
    const existing = await readFile(path);
    if (Buffer.from(data).equals(existing)) return;
  } catch {
    // not there yet
  }
  await writeFileAtomic(path, data);
}
