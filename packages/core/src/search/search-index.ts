import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError, NotFoundError, UsageError, ValidationError } from '../errors.js';
import { sha256, writeFileAtomic } from './atomic-file.js';
import { Bm25Index, type Bm25Options } from './bm25.js';
import { itemFilter } from './filters.js';
import { fuseScores } from './fuse-scores.js';
import { HashingEmbedder } from './hashing-embedder.js';
import { type HnswOptions, HnswVectorIndex } from './hnsw-index.js';
import { fuseRanks } from './rrf.js';
import type { Embedder, SearchHit, SearchItem, SearchOptions } from './types.js';
import { ExactVectorIndex, type VectorIndex } from './vector-index.js';
import { loadVectorIndex, saveVectorIndex } from './vector-store.js';

/** Version of the search directory layout (`search.json`, `items.jsonl`, vectors). */
export const SEARCH_FORMAT_VERSION = 1;

/** Options of {@link SearchIndex}. */
export interface SearchIndexOptions {
  /** Default: a {@link HashingEmbedder} (no model needed). */
  embedder?: Embedder;
  /** BM25 settings (k1 1.2, b 0.75, …). */
  bm25?: Bm25Options;
  /** Below this many vectors search is exact (brute force); at it the index moves to HNSW. Default 20 000. */
  exactThreshold?: number;
  /** HNSW parameters (M 16, efConstruction 100, ef max(64, 4k) by default). */
  hnsw?: Omit<HnswOptions, 'dimension'>;
  /**
   * How hybrid mode fuses the BM25 and dense lists. `'convex'` (default): weighted sum of
   * min-max normalised scores ({@link fuseScores}); `'rrf'`: reciprocal rank fusion
   * ({@link fuseRanks}, constant `rrfK`).
   */
  fusion?: 'convex' | 'rrf';
  /** Reciprocal-rank-fusion constant (with `fusion: 'rrf'`); default 60. */
  rrfK?: number;
  /**
   * Weights of the BM25 and dense lists. Default for `'convex'`: `{ bm25: 0.8, dense: 0.2 }`;
   * for `'rrf'`: `{ bm25: 1, dense: 0.5 }`. The weight-free hash embedder sees the same
   * character n-grams as BM25 without its IDF, so it ranks worse (tests/search) and may only
   * break BM25's ties; with a real model (`TransformersEmbedder`) give it more, e.g. `dense: 0.5`.
   */
  weights?: { bm25?: number; dense?: number };
  /** Ranked candidates taken from each method before fusion: `max(depth, 5k)`; default 100. */
  depth?: number;
}

/** Options of {@link SearchIndex.add}. */
export interface AddOptions {
  /** Texts embedded per call; default 64. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Called after each batch with the number of items added so far. */
  onProgress?: (added: number) => void;
}

/** What {@link SearchIndex.load} found: whether the vectors were rebuilt, and why. */
export interface LoadReport {
  rebuilt: boolean;
  /** Error code that caused the rebuild (`KG_INDEX_MISMATCH`, `KG_INDEX_CORRUPT`, `KG_INDEX_NOT_FOUND`). */
  code?: string;
  reason?: string;
}

interface Manifest {
  format: number;
  embedderId: string;
  dimension: number;
  items: number;
  itemsChecksum: string;
}

const FILES = { manifest: 'search.json', items: 'items.jsonl' } as const;

/**
 * Hybrid search over passages, statements and entity descriptions: BM25 on
 * character 1+2-grams plus dense vectors, fused by normalised scores (or reciprocal rank). Incremental
 * (`add`, `remove`), filterable (kind, speaker, place, date range, document),
 * persisted to a directory (`save`, `load`) with corruption and model-change checks.
 *
 * @example
 * ```ts
 * const index = new SearchIndex();
 * await index.add(docs.flatMap((d) => [...docPassages(d)]));
 * const hits = await index.search('基层医生留不住怎么办', { k: 5 });
 * index.save('store/search');
 * const again = await SearchIndex.load('store/search', { embedder: new HashingEmbedder() });
 * ```
 */
export class SearchIndex {
  readonly embedder: Embedder;
  /** Set by {@link SearchIndex.load}. */
  loadReport: LoadReport = { rebuilt: false };
  private readonly items = new Map<string, SearchItem>();
  private readonly byDoc = new Map<string, Set<string>>();
  private readonly bm25: Bm25Index;
  private vectors: VectorIndex;
  private readonly exactThreshold: number;
  private readonly hnswOptions: Omit<HnswOptions, 'dimension'>;
  private readonly fusion: 'convex' | 'rrf';
  private readonly rrfK: number;
  private readonly depth: number;
  private readonly weights: [number, number];

  constructor(options: SearchIndexOptions = {}) {
    this.embedder = options.embedder ?? new HashingEmbedder();
    this.bm25 = new Bm25Index(options.bm25 ?? {});
    this.exactThreshold = options.exactThreshold ?? 20_000;
    this.hnswOptions = options.hnsw ?? {};
    this.fusion = options.fusion ?? 'convex';
    this.rrfK = options.rrfK ?? 60;
    this.depth = options.depth ?? 100;
    const [bm25, dense] = this.fusion === 'convex' ? [0.8, 0.2] : [1, 0.5];
    this.weights = [options.weights?.bm25 ?? bm25, options.weights?.dense ?? dense];
    this.vectors = new ExactVectorIndex({ dimension: this.embedder.dimension });
  }

  /** Number of indexed items. */
  get size(): number {
    return this.items.size;
  }

  /** `'exact'` (brute force) or `'hnsw'`. */
  get vectorIndexType(): 'exact' | 'hnsw' {
    return this.vectors.type;
  }

  /** The indexed item with this id. */
  get(id: string): SearchItem | undefined {
    return this.items.get(id);
  }

  /** Ids of the documents that have indexed items (to re-index only what changed). */
  documents(): IterableIterator<string> {
    return this.byDoc.keys();
  }

  /** All indexed items. */
  values(): IterableIterator<SearchItem> {
    return this.items.values();
  }

  /**
   * Embeds and indexes items in batches; an item whose id is already indexed is replaced.
   * Resolves to the number of items added.
   */
  async add(items: Iterable<SearchItem> | AsyncIterable<SearchItem>, options: AddOptions = {}): Promise<number> {
    const batchSize = options.batchSize ?? 64;
    let batch: SearchItem[] = [];
    let added = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const vectors = await this.embedder.embed(
        batch.map((it) => it.text),
        options.signal ? { kind: 'passage', signal: options.signal } : { kind: 'passage' },
      );
      batch.forEach((it, i) => {
        this.insert(it, vectors[i] as Float32Array);
      });
      added += batch.length;
      batch = [];
      options.onProgress?.(added);
    };
    for await (const it of items) {
      checkItem(it);
      batch.push(it);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return added;
  }

  /** Removes every item of document `docId` (before re-indexing a changed document); returns how many. */
  remove(docId: string): number {
    const ids = this.byDoc.get(docId);
    if (!ids) return 0;
    let n = 0;
    for (const id of [...ids]) if (this.removeId(id)) n++;
    return n;
  }

  /** Removes one item by id; returns whether it was indexed. */
  removeId(id: string): boolean {
    const it = this.items.get(id);
    if (!it) return false;
    this.items.delete(id);
    if (it.doc !== undefined) {
      const set = this.byDoc.get(it.doc);
      set?.delete(id);
      if (set?.size === 0) this.byDoc.delete(it.doc);
    }
    this.bm25.remove(id);
    this.vectors.remove(id);
    return true;
  }

  /** Best `k` items for a query, with filters; see {@link SearchOptions}. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const mode = options.mode ?? 'hybrid';
    let qv: Float32Array | undefined;
    if (mode !== 'bm25' && this.items.size > 0) {
      const opts = options.signal ? { kind: 'query' as const, signal: options.signal } : { kind: 'query' as const };
      qv = (await this.embedder.embed([query], opts))[0];
    }
    return this.rank(query, qv, options);
  }

  /**
   * Synchronous search, for callers that cannot await (SPARQL property functions).
   * Uses dense vectors only when the embedder has `embedSync` (the hashing embedder
   * does, ONNX models do not); then `hybrid` is BM25 alone and `dense` throws a UsageError.
   */
  searchSync(query: string, options: SearchOptions = {}): SearchHit[] {
    const mode = options.mode ?? 'hybrid';
    let qv: Float32Array | undefined;
    if (mode !== 'bm25' && this.items.size > 0) {
      if (this.embedder.embedSync) qv = this.embedder.embedSync([query], { kind: 'query' })[0];
      else if (mode === 'dense') {
        throw new UsageError(`embedder ${this.embedder.id} cannot embed synchronously; use search() or mode 'bm25'`);
      }
    }
    return this.rank(query, qv, options);
  }

  /** Writes the index to `dir` (created if needed): `search.json`, `items.jsonl`, `vectors.bin`, `vectors.json`. */
  save(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const lines = [...this.items.values()].map((it) => `${JSON.stringify(it)}\n`).join('');
    writeFileAtomic(join(dir, FILES.items), lines);
    saveVectorIndex(this.vectors, dir, { embedderId: this.embedder.id });
    const manifest: Manifest = {
      format: SEARCH_FORMAT_VERSION,
      embedderId: this.embedder.id,
      dimension: this.embedder.dimension,
      items: this.items.size,
      itemsChecksum: sha256(lines),
    };
    writeFileAtomic(join(dir, FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  /**
   * Loads an index saved by {@link SearchIndex.save}. The items are the source of
   * truth: when the vectors are missing, corrupt, or were built by another embedder
   * or dimension, they are re-embedded with `options.embedder` (and saved back unless
   * `saveRebuilt: false`); `loadReport` says so. Throws NotFoundError
   * (`KG_INDEX_NOT_FOUND`) when `dir` holds no index and ValidationError
   * (`KG_INDEX_CORRUPT`) when the items themselves are damaged (nothing to rebuild from).
   */
  static async load(dir: string, options: SearchIndexOptions & { saveRebuilt?: boolean } = {}): Promise<SearchIndex> {
    const manifestPath = join(dir, FILES.manifest);
    const itemsPath = join(dir, FILES.items);
    if (!existsSync(manifestPath) || !existsSync(itemsPath)) {
      throw new NotFoundError(
        `no search index in ${dir}: expected ${FILES.manifest} and ${FILES.items}; build one first`,
        {
          code: 'KG_INDEX_NOT_FOUND',
        },
      );
    }
    let manifest: Manifest;
    let items: SearchItem[];
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      const text = readFileSync(itemsPath, 'utf8');
      if (sha256(text) !== manifest.itemsChecksum) throw new Error(`${FILES.items} does not match its checksum`);
      items = text
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as SearchItem);
    } catch (cause) {
      throw new ValidationError(
        `search index in ${dir} is damaged (${(cause as Error).message}); rebuild it from the documents`,
        { code: 'KG_INDEX_CORRUPT', cause },
      );
    }
    if (manifest.format !== SEARCH_FORMAT_VERSION) {
      throw new ValidationError(
        `search index in ${dir} has format ${manifest.format}, this version reads ${SEARCH_FORMAT_VERSION}; rebuild it`,
        { code: 'KG_INDEX_MISMATCH' },
      );
    }
    const index = new SearchIndex(options);
    let vectors: VectorIndex | undefined;
    try {
      vectors = loadVectorIndex(dir, { embedderId: index.embedder.id, dimension: index.embedder.dimension });
      if (vectors.size !== items.length || items.some((it) => !vectors?.has(it.id))) {
        throw new ValidationError(`vector ids in ${dir} differ from the indexed items`, { code: 'KG_INDEX_CORRUPT' });
      }
    } catch (e) {
      if (!(e instanceof KgError)) throw e;
      vectors = undefined;
      index.loadReport = { rebuilt: true, code: e.code, reason: e.message };
    }
    if (vectors) {
      index.vectors = vectors;
      for (const it of items) index.insertLexical(it);
    } else {
      await index.add(items);
      if (options.saveRebuilt !== false) index.save(dir);
    }
    return index;
  }

  private insert(item: SearchItem, vector: Float32Array): void {
    this.insertLexical(item);
    this.vectors.add(item.id, vector);
    if (this.vectors.type === 'exact' && this.vectors.size >= this.exactThreshold) this.upgradeToHnsw();
  }

  private insertLexical(item: SearchItem): void {
    const old = this.items.get(item.id);
    if (old?.doc !== undefined && old.doc !== item.doc) this.byDoc.get(old.doc)?.delete(item.id);
    this.items.set(item.id, item);
    if (item.doc !== undefined) {
      let set = this.byDoc.get(item.doc);
      if (!set) {
        set = new Set();
        this.byDoc.set(item.doc, set);
      }
      set.add(item.id);
    }
    const context = [item.place, item.speaker].filter((c) => c && !item.text.includes(c)).join(' ');
    this.bm25.add(item.id, item.text, context ? { context } : {});
  }

  private upgradeToHnsw(): void {
    const exact = this.vectors;
    const hnsw = new HnswVectorIndex({
      ...this.hnswOptions,
      dimension: this.embedder.dimension,
      capacity: Math.max(exact.size * 2, this.hnswOptions.capacity ?? 0),
    });
    for (const id of exact.ids()) hnsw.add(id, exact.get(id) as Float32Array);
    this.vectors = hnsw;
  }

  private rank(query: string, qv: Float32Array | undefined, options: SearchOptions): SearchHit[] {
    const k = options.k ?? 10;
    if (!Number.isInteger(k) || k < 0) throw new UsageError(`k must be a non-negative integer, got ${k}`);
    const mode = options.mode ?? 'hybrid';
    if (k === 0 || this.items.size === 0) return [];
    const pass = itemFilter(options);
    const filter = pass ? (id: string) => pass(this.items.get(id) as SearchItem) : undefined;
    const depth = mode === 'hybrid' ? Math.max(this.depth, 5 * k) : k;
    const lexical = mode === 'dense' ? [] : this.bm25.search(query, filter ? { k: depth, filter } : { k: depth });
    const dense = qv === undefined ? [] : this.vectors.search(qv, filter ? { k: depth, filter } : { k: depth });
    const detail = new Map<string, SearchHit['detail']>();
    lexical.forEach((h, i) => {
      detail.set(h.id, { bm25: { score: h.score, rank: i + 1 } });
    });
    dense.forEach((h, i) => {
      detail.set(h.id, { ...detail.get(h.id), dense: { score: h.score, rank: i + 1 } });
    });
    const ranked =
      mode === 'bm25' || qv === undefined
        ? lexical
        : mode === 'dense'
          ? dense
          : this.fusion === 'convex'
            ? fuseScores([lexical, dense], { weights: this.weights })
            : fuseRanks([lexical.map((h) => h.id), dense.map((h) => h.id)], { k: this.rrfK, weights: this.weights });
    return ranked.slice(0, k).map((h) => toHit(this.items.get(h.id) as SearchItem, h.score, detail.get(h.id) ?? {}));
  }
}

function checkItem(it: SearchItem): void {
  if (typeof it?.id !== 'string' || it.id === '' || typeof it.kind !== 'string' || typeof it.text !== 'string') {
    throw new UsageError(
      `search item needs a non-empty string id, a kind and a text; got ${JSON.stringify(it)?.slice(0, 200)}`,
    );
  }
}

function toHit(it: SearchItem, score: number, detail: SearchHit['detail']): SearchHit {
  const hit: SearchHit = { id: it.id, kind: it.kind, score, detail, text: it.text, entities: it.entities ?? [] };
  if (it.doc !== undefined) hit.doc = it.doc;
  if (it.span !== undefined) hit.span = it.span;
  if (it.quote !== undefined) hit.quote = it.quote;
  if (it.speaker !== undefined) hit.speaker = it.speaker;
  if (it.place !== undefined) hit.place = it.place;
  if (it.date !== undefined) hit.date = it.date;
  if (it.meta !== undefined) hit.meta = it.meta;
  return hit;
}
