import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KG, ORG, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { ENTITY_KINDS, SearchIndex, type SearchItem, type SearchKind } from './search/index.js';
import type { GraphStore } from './store/index.js';

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

/** Remove every entity-description item (they are recomputed from the graph on each build). */
export function removeEntityItems(index: SearchIndex): void {
  const kinds = new Set<string>(ENTITY_KINDS);
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
