import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KG_VERSION } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { NotFoundError, ValidationError } from '../errors.js';
import { LIBRARY_VERSION, mint, toSortedNQuads } from '../model/index.js';
import { writeFileAtomic } from './atomic.js';
import { GraphStore } from './graph-store.js';
import { parseRdf } from './rdf-io.js';

/** Version of the store directory layout. */
export const STORE_FORMAT_VERSION = 1;

/** One source file recorded in a store. */
export interface ManifestSource {
  /** Absolute path the file was read from. */
  path: string;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  /** Named graph IRI of its facts. */
  graph: string;
  /** Graph file, relative to the store directory. */
  file: string;
  quads: number;
}

/** `manifest.json`: what the store holds. No timestamps, so the same input gives the same store. */
export interface StoreManifest {
  formatVersion: number;
  library: { name: string; version: string };
  ontologyVersion: string;
  sources: ManifestSource[];
  /** Cross-document aggregates (first/last seen). */
  summary?: { graph: string; file: string; quads: number };
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
  if (manifest?.formatVersion !== STORE_FORMAT_VERSION || !Array.isArray(manifest.sources)) {
    throw new ValidationError(
      `corrupt or unsupported store manifest ${join(dir, MANIFEST)}: expected formatVersion ${STORE_FORMAT_VERSION} and a sources list`,
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
  const writeGraph = async (graph: string): Promise<{ file: string; quads: number }> => {
    const done = written.get(graph);
    if (done) return done;
    const quads = [...store.match(null, null, null, DataFactory.namedNode(graph))];
    const nquads = toSortedNQuads(quads);
    const file = fileFor(graph, nquads);
    await writeIfAbsent(join(dir, file), nquads);
    const entry = { file, quads: quads.length };
    written.set(graph, entry);
    return entry;
  };
  for (const s of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const { file, quads } = await writeGraph(s.graph);
    manifest.sources.push({ path: s.path, sha256: s.sha256, graph: s.graph, file, quads });
  }
  const summaryGraph = mint.summaryGraph();
  if (store.countQuads(null, null, null, DataFactory.namedNode(summaryGraph)) > 0) {
    const { file, quads } = await writeGraph(summaryGraph);
    manifest.summary = { graph: summaryGraph, file, quads };
  }
  await options.beforeCommit?.();
  await writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const live = new Set([...written.values()].map((w) => w.file.slice(GRAPHS.length + 1)));
  for (const name of await readdir(join(dir, GRAPHS))) {
    if (!live.has(name)) await rm(join(dir, GRAPHS, name), { force: true });
  }
  return manifest;
}

async function writeIfAbsent(path: string, data: string): Promise<void> {
  try {
    const existing = await readFile(path, 'utf8');
    if (existing === data) return;
  } catch {
    // not there yet
  }
  await writeFileAtomic(path, data);
}
