/** A vector given as a typed array or a plain array of numbers. */
export type Vector = Float32Array | readonly number[];

/** One nearest-neighbour hit: `score` is the inner product (cosine on unit vectors). */
export interface VectorHit {
  id: string;
  score: number;
}

/** Options of {@link VectorIndex.search}. */
export interface VectorSearchOptions {
  /** Number of neighbours; default 10. */
  k?: number;
  /** Keeps only ids for which this returns true (applied during the search, not after). */
  filter?: (id: string) => boolean;
}

/**
 * Nearest-neighbour search over unit vectors by inner product, keyed by string ids.
 * Two implementations: {@link ExactVectorIndex} (brute force, exact) and
 * {@link HnswVectorIndex} (approximate, hnswlib).
 */
export interface VectorIndex {
  readonly type: 'exact' | 'hnsw';
  readonly dimension: number;
  /** Number of live vectors. */
  readonly size: number;
  /** Adds a vector, or replaces the vector stored under `id`. */
  add(id: string, vector: Vector): void;
  /** Removes `id`; returns whether it was there. */
  remove(id: string): boolean;
  has(id: string): boolean;
  /** Live ids, in no particular order. */
  ids(): IterableIterator<string>;
  /** The stored vector of `id` (a copy). */
  get(id: string): Float32Array | undefined;
  /** Best `k` ids by inner product, best first. */
  search(query: Vector, options?: VectorSearchOptions): VectorHit[];
}

/** Inserts `hit` into `top` (sorted best first, at most `k` long). */
export function pushTop(top: VectorHit[], hit: VectorHit, k: number): void {
  if (top.length === k && (top[k - 1] as VectorHit).score >= hit.score) return;
  let i = top.length;
  if (i === k) i--;
  while (i > 0 && (top[i - 1] as VectorHit).score < hit.score) {
    top[i] = top[i - 1] as VectorHit;
    i--;
  }
  top[i] = hit;
}

/**
 * Exact inner-product search over vectors kept in one growing Float32Array.
 * Right for small collections (below ~20k vectors it is fast enough and has
 * perfect recall) and as the reference for recall checks of {@link HnswVectorIndex}.
 *
 * @example
 * ```ts
 * const ix = new ExactVectorIndex({ dimension: 3 });
 * ix.add('a', [1, 0, 0]);
 * ix.search([1, 0, 0], { k: 1 }); // [{ id: 'a', score: 1 }]
 * ```
 */
export class ExactVectorIndex implements VectorIndex {
  readonly type = 'exact' as const;
  readonly dimension: number;
  private data: Float32Array;
  private readonly rowOf = new Map<string, number>();
  private readonly idOf: string[] = [];

  constructor(options: { dimension: number; capacity?: number }) {
    this.dimension = options.dimension;
    this.data = new Float32Array(Math.max(16, options.capacity ?? 1024) * this.dimension);
  }

  get size(): number {
    return this.idOf.length;
  }

  add(id: string, vector: Vector): void {
    checkDimension(vector, this.dimension);
    let row = this.rowOf.get(id);
    if (row === undefined) {
      row = this.idOf.length;
      if ((row + 1) * this.dimension > this.data.length) {
        const grown = new Float32Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      this.rowOf.set(id, row);
      this.idOf.push(id);
    }
    this.data.set(vector, row * this.dimension);
  }

  remove(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    // Swap-remove: move the last row into the hole.
    const last = this.idOf.length - 1;
    const lastId = this.idOf[last] as string;
    if (row !== last) {
      this.data.copyWithin(row * this.dimension, last * this.dimension, (last + 1) * this.dimension);
      this.idOf[row] = lastId;
      this.rowOf.set(lastId, row);
    }
    this.idOf.pop();
    this.rowOf.delete(id);
    return true;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  ids(): IterableIterator<string> {
    return this.rowOf.keys();
  }

  get(id: string): Float32Array | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : this.data.slice(row * this.dimension, (row + 1) * this.dimension);
  }

  search(query: Vector, options: VectorSearchOptions = {}): VectorHit[] {
    checkDimension(query, this.dimension);
    const k = options.k ?? 10;
    const d = this.dimension;
    const top: VectorHit[] = [];
    if (k <= 0) return top;
    const q = query instanceof Float32Array ? query : Float32Array.from(query);
    const data = this.data;
    for (let r = 0; r < this.idOf.length; r++) {
      const id = this.idOf[r] as string;
      if (options.filter && !options.filter(id)) continue;
      let s = 0;
      const base = r * d;
      for (let j = 0; j < d; j++) s += (q[j] as number) * (data[base + j] as number);
      pushTop(top, { id, score: s }, k);
    }
    return top;
  }

  /** The raw rows in id order, for persistence. */
  snapshot(): { ids: string[]; data: Float32Array } {
    return { ids: [...this.idOf], data: this.data.subarray(0, this.idOf.length * this.dimension) };
  }

  /** Rebuilds an index from {@link snapshot} output. */
  static fromSnapshot(dimension: number, ids: readonly string[], data: Float32Array): ExactVectorIndex {
    const ix = new ExactVectorIndex({ dimension, capacity: ids.length });
    ids.forEach((id, r) => {
      ix.add(id, data.subarray(r * dimension, (r + 1) * dimension));
    });
    return ix;
  }
}

/** Throws a RangeError unless `v` has `dimension` components. */
export function checkDimension(v: Vector, dimension: number): void {
  if (v.length !== dimension) throw new RangeError(`vector has ${v.length} dimensions, the index has ${dimension}`);
}
