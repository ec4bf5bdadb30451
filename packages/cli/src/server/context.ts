import {
  type GraphStore,
  openSearchIndex,
  openStore,
  QueryEngine,
  SearchIndex,
  type SearchItem,
  type StoreManifest,
  searchPropertyFunctions,
} from '@policy-kg/core';
import { selectRows } from './sparql-rows.js';

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
 * union view (with `kgs:matches`), and the store's search index (the
 * manifest's `search` folder) plus the graph's statements, or, when the store
 * has no index, an in-memory index of the graph's entities and statements.
 */
export async function openServerContext(dir: string, options: ServerContextOptions = {}): Promise<ServerContext> {
  const { store, manifest } = await openStore(dir);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const view = store.unionView();
  const bare = new QueryEngine({ source: view });
  // The store's own index (passages, entities and statements, written by kg build) when it has
  // one; statements it lacks (a store built before kg build indexed them) are added in memory.
  // A store without an index gets one built from the graph now.
  const stored = await openSearchIndex(dir, manifest.search).catch(() => undefined);
  const search = stored ?? new SearchIndex();
  const items = await graphItems(bare);
  await search.add(stored ? items.filter((i) => i.kind === 'statement' && !stored.get(i.id)) : items);
  const engine = new QueryEngine({ source: view, extensions: { propertyFunctions: searchPropertyFunctions(search) } });
  return { dir, store, manifest, engine, search, limits };
}

const KINDS: Record<string, SearchItem['kind']> = {
  Official: 'official',
  Institution: 'institution',
  Slogan: 'slogan',
  Policy: 'policy',
};

/** Entity descriptions (name, titles) and statements of the graph as search items. */
async function graphItems(engine: QueryEngine): Promise<SearchItem[]> {
  const items: SearchItem[] = [];
  const entities = await selectRows(
    engine,
    `SELECT ?e ?type (SAMPLE(?name) AS ?label) (GROUP_CONCAT(DISTINCT ?title; separator=" ") AS ?titles) WHERE {
       VALUES ?type { kg:Official kg:Institution kg:Slogan kg:Policy }
       ?e a ?type .
       { ?e schema:name ?name } UNION { ?e skos:prefLabel ?name }
       OPTIONAL { ?m org:member ?e ; kg:title ?title }
     } GROUP BY ?e ?type`,
  );
  for (const r of entities) {
    const kind = KINDS[(r.type ?? '').split('#').pop() ?? ''];
    if (!kind || !r.e || !r.label) continue;
    items.push({ id: r.e, kind, text: [r.label, r.titles].filter(Boolean).join(' '), meta: { label: r.label } });
  }
  const statements = await selectRows(
    engine,
    `SELECT ?s ?text ?name ?date ?doc WHERE {
       ?s a kg:Statement ; schema:text ?text .
       OPTIONAL { ?s kg:speaker/schema:name ?name }
       OPTIONAL { ?s dcterms:date ?date }
       OPTIONAL { ?s schema:isBasedOn ?doc }
     }`,
  );
  for (const r of statements) {
    if (!r.s || !r.text) continue;
    items.push({
      id: r.s,
      kind: 'statement',
      text: r.text,
      ...(r.name ? { speaker: r.name } : {}),
      ...(r.date ? { date: r.date } : {}),
      ...(r.doc ? { doc: r.doc } : {}),
    });
  }
  return items;
}
