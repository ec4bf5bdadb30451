import type { Term } from '@rdfjs/types';

/** Three-level index of n3 2.x: numeric id → numeric id → numeric id → true. */
export type N3Index = Record<string, Record<string, Record<string, unknown>>>;

/**
 * The parts of n3 2.x's Store internals that statistics and the union view
 * read (n3 publishes no typings for them; the version is pinned). Each graph
 * keeps three indexes: `subjects` (s → p → o), `predicates` (p → o → s) and
 * `objects` (o → s → p), keyed by numeric term ids.
 */
export interface N3Internals {
  _graphs: Record<string, { subjects: N3Index; predicates: N3Index; objects: N3Index } | undefined>;
  _entities: Record<string, string>;
  _termToNumericId(term: Term): number | undefined;
  _termFromId(id: string): Term;
}

/** The store's internals, or undefined when this n3 version lays them out differently. */
export function n3Internals(store: object): N3Internals | undefined {
  const s = store as Partial<N3Internals>;
  return typeof s._graphs === 'object' &&
    s._graphs !== null &&
    typeof s._entities === 'object' &&
    typeof s._termToNumericId === 'function' &&
    typeof s._termFromId === 'function'
    ? (s as N3Internals)
    : undefined;
}

/** Options of {@link PredicateStatistics}. */
export interface PredicateStatisticsOptions {
  /** A predicate's subjects are counted exactly while its (object, subject) pairs number at most this. Default 20 000. */
  exactPairs?: number;
  /** Subjects sampled (systematically, every n-th) to estimate the larger predicates. Default 16 384. */
  sample?: number;
}

/**
 * Distinct subjects and objects per predicate for the join planner, computed
 * lazily per predicate and cached by the caller per store version. n3 keeps no
 * per-predicate subject index, and walking one predicate's subjects through
 * its public API (`forSubjects`) visits every subject of the store and builds
 * a term for each (about 0.4 s for `rdf:type` at 1M triples). Here:
 * - objects: the number of keys of the predicate's p → o level (exact);
 * - subjects, small predicates: a set over the p → o → s levels, stopped
 *   after `exactPairs` pairs;
 * - subjects, large predicates: the share of a systematic sample of the
 *   store's subjects that use the predicate, scaled to all subjects (one
 *   sample serves every predicate; relative error about 1/sqrt(hits)).
 * A term used in several graphs counts once per graph (an upper bound).
 *
 * @example
 * const stats = new PredicateStatistics(n3Internals(store)!);
 * stats.distinct('s', predicate);
 */
export class PredicateStatistics {
  private readonly exactPairs: number;
  private readonly sampleSize: number;
  private readonly cache = new Map<string, number>();
  private sampled: { hits: Map<string, number>; scale: number } | undefined;

  constructor(
    private readonly store: N3Internals,
    options: PredicateStatisticsOptions = {},
  ) {
    this.exactPairs = options.exactPairs ?? 20_000;
    this.sampleSize = options.sample ?? 16_384;
  }

  /** Distinct subjects (`'s'`) or objects (`'o'`) of a predicate; 0 when the store lacks it. */
  distinct(position: 's' | 'o', predicate: Term): number {
    const id = this.store._termToNumericId(predicate);
    if (id === undefined) return 0;
    const key = `${position}${id}`;
    let n = this.cache.get(key);
    if (n === undefined) {
      n = position === 'o' ? this.objects(String(id)) : this.subjects(String(id));
      this.cache.set(key, n);
    }
    return n;
  }

  private graphs(): { subjects: N3Index; predicates: N3Index }[] {
    return Object.values(this.store._graphs).filter((g) => g !== undefined);
  }

  private objects(pid: string): number {
    let n = 0;
    for (const g of this.graphs()) {
      const byO = g.predicates[pid];
      if (byO) n += Object.keys(byO).length;
    }
    return n;
  }

  private subjects(pid: string): number {
    let n = 0;
    let pairs = 0;
    for (const g of this.graphs()) {
      const byO = g.predicates[pid];
      if (!byO) continue;
      const seen = new Set<string>();
      // Object.keys over n3's dictionary-mode objects is markedly faster than for…in.
      const objects = Object.keys(byO);
      for (let i = 0; i < objects.length; i++) {
        const subjects = Object.keys(byO[objects[i] as string] as object);
        pairs += subjects.length;
        if (pairs > this.exactPairs) return this.estimateSubjects(pid);
        for (let j = 0; j < subjects.length; j++) seen.add(subjects[j] as string);
      }
      n += seen.size;
    }
    return n;
  }

  private estimateSubjects(pid: string): number {
    if (!this.sampled) {
      const keys = this.graphs().map((g) => ({ index: g.subjects, subjects: Object.keys(g.subjects) }));
      const total = keys.reduce((n, k) => n + k.subjects.length, 0);
      const stride = Math.max(1, Math.floor(total / this.sampleSize));
      const hits = new Map<string, number>();
      let taken = 0;
      let skip = 0;
      for (const { index, subjects } of keys) {
        for (let i = skip; i < subjects.length; i += stride) {
          taken++;
          for (const p of Object.keys(index[subjects[i] as string] as object)) hits.set(p, (hits.get(p) ?? 0) + 1);
        }
        // Carry the stride across graphs, so small graphs are not all sampled at their first subject.
        skip = (skip - subjects.length) % stride;
        if (skip < 0) skip += stride;
      }
      this.sampled = { hits, scale: taken === 0 ? 0 : total / taken };
    }
    const estimate = Math.round((this.sampled.hits.get(pid) ?? 0) * this.sampled.scale);
    return Math.max(1, estimate);
  }
}
