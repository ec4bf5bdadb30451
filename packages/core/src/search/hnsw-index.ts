import { createRequire } from 'node:module';
import type { HierarchicalNSW } from 'hnswlib-node';
import {
  checkDimension,
  type Vector,
  type VectorHit,
  type VectorIndex,
  type VectorSearchOptions,
} from './vector-index.js';

// hnswlib-node is CommonJS with a native addon; createRequire keeps it out of ESM interop quirks.
const require = createRequire(import.meta.url);
type HnswModule = typeof import('hnswlib-node');
let hnswlib: HnswModule | undefined;
function lib(): HnswModule {
  hnswlib ??= require('hnswlib-node') as HnswModule;
  return hnswlib;
}

/** Graph parameters of {@link HnswVectorIndex}; defaults measured in notes/embeddings.md. */
export interface HnswOptions {
  dimension: number;
  /** Initial capacity; doubled whenever it is reached. Default 1024. */
  capacity?: number;
  /** Links per node; default 16. */
  m?: number;
  /** Build-time beam; default 100 (as good as 200 on recall, 2.3× faster to build). */
  efConstruction?: number;
  /** Query-time beam: `ef = max(efSearch, efFactor · k)`; defaults 64 and 4. */
  efSearch?: number;
  efFactor?: number;
  /** Seed of the level generator; default 100. */
  seed?: number;
}

/**
 * Approximate inner-product search on hnswlib (HNSW graph, space `ip` on unit vectors).
 * Deleting marks the slot deleted and a later insert reuses it (`replaceDeleted`);
 * re-adding an id updates its vector in place; the capacity doubles when full.
 * hnswlib stores numeric labels only, so the id ↔ label map lives here and is
 * persisted in the sidecar (see `saveVectorIndex`).
 *
 * @example
 * ```ts
 * const ix = new HnswVectorIndex({ dimension: 384 });
 * ix.add('p1', vector);
 * ix.search(query, { k: 10 });
 * ```
 */
export class HnswVectorIndex implements VectorIndex {
  readonly type = 'hnsw' as const;
  readonly dimension: number;
  readonly m: number;
  readonly efConstruction: number;
  private readonly efSearch: number;
  private readonly efFactor: number;
  private readonly seed: number;
  /** @internal */
  hnsw: HierarchicalNSW;
  private labelOf = new Map<string, number>();
  private idOf = new Map<number, string>();
  private nextLabel = 0;
  /** Deleted slots waiting to be reused. */
  private deletedSlots = 0;

  constructor(options: HnswOptions) {
    this.dimension = options.dimension;
    this.m = options.m ?? 16;
    this.efConstruction = options.efConstruction ?? 100;
    this.efSearch = options.efSearch ?? 64;
    this.efFactor = options.efFactor ?? 4;
    this.seed = options.seed ?? 100;
    this.hnsw = new (lib().HierarchicalNSW)('ip', this.dimension);
    this.hnsw.initIndex(Math.max(16, options.capacity ?? 1024), this.m, this.efConstruction, this.seed, true);
  }

  get size(): number {
    return this.labelOf.size;
  }

  /** Slots allocated in the graph (live + deleted). */
  get capacity(): number {
    return this.hnsw.getMaxElements();
  }

  add(id: string, vector: Vector): void {
    checkDimension(vector, this.dimension);
    const point = Array.from(vector); // hnswlib-node accepts plain arrays only
    const existing = this.labelOf.get(id);
    if (existing !== undefined) {
      this.hnsw.addPoint(point, existing); // same label: updated in place
      return;
    }
    const label = this.nextLabel++;
    if (this.deletedSlots > 0) {
      this.hnsw.addPoint(point, label, true);
      this.deletedSlots--;
    } else {
      if (this.hnsw.getCurrentCount() >= this.hnsw.getMaxElements())
        this.hnsw.resizeIndex(this.hnsw.getMaxElements() * 2);
      this.hnsw.addPoint(point, label);
    }
    this.labelOf.set(id, label);
    this.idOf.set(label, id);
  }

  remove(id: string): boolean {
    const label = this.labelOf.get(id);
    if (label === undefined) return false;
    this.hnsw.markDelete(label);
    this.labelOf.delete(id);
    this.idOf.delete(label);
    this.deletedSlots++;
    return true;
  }

  has(id: string): boolean {
    return this.labelOf.has(id);
  }

  ids(): IterableIterator<string> {
    return this.labelOf.keys();
  }

  get(id: string): Float32Array | undefined {
    const label = this.labelOf.get(id);
    return label === undefined ? undefined : Float32Array.from(this.hnsw.getPoint(label));
  }

  /** See {@link VectorIndex.search}; `ef` overrides the query-time beam for this call. */
  search(query: Vector, options: VectorSearchOptions & { ef?: number } = {}): VectorHit[] {
    checkDimension(query, this.dimension);
    const k = Math.min(options.k ?? 10, this.size);
    if (k <= 0) return [];
    this.hnsw.setEf(options.ef ?? Math.max(this.efSearch, this.efFactor * k));
    const filter = options.filter;
    const result = filter
      ? this.hnsw.searchKnn(Array.from(query), k, (label) => {
          const id = this.idOf.get(label);
          return id !== undefined && filter(id);
        })
      : this.hnsw.searchKnn(Array.from(query), k);
    const hits: VectorHit[] = [];
    result.neighbors.forEach((label, i) => {
      const id = this.idOf.get(label);
      if (id !== undefined) hits.push({ id, score: 1 - (result.distances[i] as number) });
    });
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Label map and counters, for the sidecar. */
  labels(): { labels: [number, string][]; nextLabel: number; deletedSlots: number } {
    return { labels: [...this.idOf], nextLabel: this.nextLabel, deletedSlots: this.deletedSlots };
  }

  /**
   * Reads a graph written by `hnsw.writeIndexSync` and attaches its label map.
   * Throws if the file cannot be read or disagrees with the map.
   */
  static read(
    file: string,
    options: HnswOptions & { labels: readonly [number, string][]; nextLabel: number; deletedSlots: number },
  ): HnswVectorIndex {
    const ix = new HnswVectorIndex({ ...options, capacity: 16 });
    ix.hnsw = new (lib().HierarchicalNSW)('ip', options.dimension);
    ix.hnsw.readIndexSync(file, true);
    if (ix.hnsw.getNumDimensions() !== options.dimension) throw new Error('graph dimension differs from the sidecar');
    if (ix.hnsw.getCurrentCount() !== options.labels.length + options.deletedSlots) {
      throw new Error(
        `graph holds ${ix.hnsw.getCurrentCount()} slots, the sidecar ${options.labels.length} live + ${options.deletedSlots} deleted`,
      );
    }
    for (const [label, id] of options.labels) {
      ix.labelOf.set(id, label);
      ix.idOf.set(label, id);
    }
    ix.nextLabel = options.nextLabel;
    ix.deletedSlots = options.deletedSlots;
    return ix;
  }
}
