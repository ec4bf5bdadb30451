import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DCTERMS, KG, ORG, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { NotFoundError } from './errors.js';
import { ENTITY_KINDS, SearchIndex, type SearchItem, type SearchKind } from './search/index.js';
import type { GraphStore, StoreManifest } from './store/index.js';

const { namedNode } = DataFactory;

const KIND_OF_TYPE: ReadonlyArray<[string, SearchKind]> = [
  [KG.Official, 'official'],
  [KG.Institution, 'institution'],
  [KG.Slogan, 'slogan'],
  [KG.Policy, 'policy'],
];

const literals = (store: GraphStore, s: Term, p: string): string[] => [
  ...new Set([...store.match(s, namedNode(p), null, null)].map((q) => q.object.value)),
];

/**
 * Entity descriptions for the search index, read from the whole graph (so
 * they reflect every document): an official's name and post labels, an
 * institution's or concept's labels. Sorted by IRI, so the index is the same
 * for the same graph.
 */
export function entityItems(store: GraphStore): SearchItem[] {
  const items: SearchItem[] = [];
  for (const [type, kind] of KIND_OF_TYPE) {
    const subjects = new Set<string>();
    for (const q of store.match(null, namedNode(RDF.type), namedNode(type), null)) subjects.add(q.subject.value);
    for (const iri of [...subjects].sort()) {
      const s = namedNode(iri);
      let text: string[];
      if (kind === 'official') {
        const posts = [...store.match(s, namedNode(ORG.holds), null, null)].flatMap((q) =>
          literals(store, q.object, SKOS.prefLabel),
        );
        text = [...literals(store, s, SCHEMA.name), ...new Set(posts)];
      } else {
        text = [...literals(store, s, SKOS.prefLabel), ...literals(store, s, SKOS.altLabel)];
      }
      if (text.length === 0) continue;
      items.push({ id: iri, kind, text: text.join(' ') });
    }
  }
  return items;
}

const first = (store: GraphStore, s: Term, p: string): Term | undefined => {
  for (const q of store.match(s, namedNode(p), null, null)) return q.object;
  return undefined;
};

/** A node's name or label (or a literal's value). */
function labelOf(store: GraphStore, node: Term | undefined): string | undefined {
  if (!node) return undefined;
  if (node.termType === 'Literal') return node.value;
  return (first(store, node, SCHEMA.name) ?? first(store, node, SKOS.prefLabel))?.value;
}

/**
 * Statements for the search index, read from the whole graph like {@link entityItems}: the
 * statement's text, its speaker's name, its date, the place of its meeting (else of its
 * document), and as linked entities the speaker and the meeting. Sorted by IRI.
 */
export function statementItems(store: GraphStore): SearchItem[] {
  const items: SearchItem[] = [];
  const subjects = new Set<string>();
  for (const q of store.match(null, namedNode(RDF.type), namedNode(KG.Statement), null)) subjects.add(q.subject.value);
  for (const iri of [...subjects].sort()) {
    const s = namedNode(iri);
    const text = first(store, s, SCHEMA.text)?.value;
    if (!text) continue;
    const item: SearchItem = { id: iri, kind: 'statement', text };
    const speaker = first(store, s, KG.speaker);
    const meeting = first(store, s, KG.atMeeting);
    const document = first(store, s, SCHEMA.isBasedOn);
    const speakerName = labelOf(store, speaker);
    if (speakerName) item.speaker = speakerName;
    const date = first(store, s, DCTERMS.date)?.value;
    if (date) item.date = date;
    const place =
      labelOf(store, meeting && first(store, meeting, SCHEMA.location)) ??
      labelOf(store, document && first(store, document, KG.jurisdiction));
    if (place) item.place = place;
    const entities = [speaker, meeting].filter((t): t is Term => t?.termType === 'NamedNode').map((t) => t.value);
    if (entities.length > 0) item.entities = entities;
    if (document) item.meta = { document: document.value };
    items.push(item);
  }
  return items;
}

/** Remove every entity-description item (they are recomputed from the graph on each build). */
export function removeEntityItems(index: SearchIndex): void {
  const kinds = new Set<string>(ENTITY_KINDS);
  for (const item of [...index.values()]) if (kinds.has(item.kind)) index.removeId(item.id);
}

/** Remove every item read from the graph (entity descriptions and statements), before they are recomputed. */
export function removeGraphItems(index: SearchIndex): void {
  const kinds = new Set<string>([...ENTITY_KINDS, 'statement']);
  for (const item of [...index.values()]) if (kinds.has(item.kind)) index.removeId(item.id);
}

/**
 * Save a search index into the store as a content-addressed folder
 * `search-<hash of its items>`: written under a temporary name, then renamed
 * (a folder rename is atomic), so the manifest never points at a half-written index.
 */
export async function saveSearchDir(storeDir: string, index: SearchIndex): Promise<{ dir: string; items: number }> {
  const tmp = join(storeDir, `.tmp-search-${process.pid}-${Date.now()}`);
  index.save(tmp);
  const hash = createHash('sha256')
    .update(await readFile(join(tmp, 'items.jsonl')))
    .digest('hex')
    .slice(0, 24);
  const dir = `search-${hash}`;
  try {
    await rename(tmp, join(storeDir, dir));
  } catch {
    // Same items already stored under that name (ENOTEMPTY/EEXIST): keep the existing folder.
    await rm(tmp, { recursive: true, force: true });
  }
  const handle = await open(storeDir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
  return { dir, items: index.size };
}

/** Open the search index a store's manifest lists; `undefined` when it has none. */
export async function openSearchIndex(
  storeDir: string,
  search: { dir: string } | undefined,
): Promise<SearchIndex | undefined> {
  if (!search) return undefined;
  return SearchIndex.load(join(storeDir, search.dir), { saveRebuilt: false });
}

/** Options of {@link openStoreSearchIndex}. */
export interface OpenStoreSearchOptions {
  /** The store directory. */
  dir: string;
  /** The store opened from `dir` (`openStore(dir)`): its graph and manifest. */
  opened: { store: GraphStore; manifest: StoreManifest };
  /**
   * When the store lists no index or its folder is gone: `'error'` (default) throws
   * NotFoundError `KG_INDEX_NOT_FOUND` naming the index (a damaged index throws its own
   * ValidationError); `'graph'` indexes the graph's entities and statements in memory
   * instead, also for a damaged index (a server keeps answering).
   */
  ifMissing?: 'error' | 'graph';
}

/**
 * The search index of an opened store, as `kg serve` and `kg query` search it:
 * the index `kg build` wrote (passages, entity descriptions, statements), plus in
 * memory the graph's statements it lacks (a store built before statements were
 * indexed). Never saves anything.
 *
 * @example
 * ```ts
 * const opened = await openStore('kg-store');
 * const index = await openStoreSearchIndex({ dir: 'kg-store', opened });
 * const engine = new QueryEngine({ source: opened.store.unionView(), extensions: { propertyFunctions: searchPropertyFunctions(index) } });
 * ```
 */
export async function openStoreSearchIndex(options: OpenStoreSearchOptions): Promise<SearchIndex> {
  const { dir, opened } = options;
  const { store, manifest } = opened;
  let stored: SearchIndex | undefined;
  let missing: NotFoundError | undefined;
  try {
    stored = await openSearchIndex(dir, manifest.search);
  } catch (error) {
    // A damaged index says so itself; a server falls back on the graph either way.
    if (!(error instanceof NotFoundError) && options.ifMissing !== 'graph') throw error;
    if (error instanceof NotFoundError) missing = error;
  }
  const statements = statementItems(store);
  if (stored) {
    await stored.add(statements.filter((i) => !stored.get(i.id)));
    return stored;
  }
  if (options.ifMissing === 'graph') {
    const index = new SearchIndex();
    await index.add([...entityItems(store), ...statements]);
    return index;
  }
  const rebuild = `\`kg build <files> --store ${dir}\``;
  throw new NotFoundError(
    manifest.search
      ? `store ${dir} is missing its search index ${join(dir, manifest.search.dir)}; rebuild it with ${rebuild}`
      : `store ${dir} has no search index; build one with ${rebuild}`,
    { code: 'KG_INDEX_NOT_FOUND', ...(missing ? { cause: missing } : {}) },
  );
}
