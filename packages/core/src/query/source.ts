import type { Quad, Term } from '@rdfjs/types';
import type { Store } from 'n3';
import { n3Internals, PredicateStatistics } from '../store/index.js';

/**
 * What the query engine needs from a store: pattern matching and cardinality
 * estimates. `null` is a wildcard. A `DefaultGraph` term as `g` selects the
 * default graph only; `null` as `g` matches every graph.
 *
 * @example
 * ```ts
 * const source: QuadSource = n3Source(new Store());
 * for (const q of source.match(null, null, null, null)) console.log(q.subject.value);
 * ```
 */
export interface QuadSource {
  /** Quads matching the pattern, synchronously. */
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad>;
  /** Number of quads matching the pattern (an estimate is fine). */
  countQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): number;
  /** Named graphs present in the source (not the default graph). Optional: derived from `match` otherwise. */
  graphs?(): Iterable<Term>;
  /**
   * Optional statistics for join ordering: the number of distinct subjects
   * (`'s'`) or objects (`'o'`) of a predicate, over every graph.
   */
  distinct?(position: 's' | 'o', predicate: Term): number;
  /** Optional fast membership test for a fully bound quad (`g` is a graph term, never null). */
  has?(s: Term, p: Term, o: Term, g: Term): boolean;
  /** Optional cheap (possibly cached, possibly stale) version of `countQuads` for the optimizer. */
  estimate?(s: Term | null, p: Term | null, o: Term | null): number;
  /**
   * Optional: the named graphs that may hold a triple matching the pattern (a
   * superset is fine, a missing graph is not). `GRAPH ?g { … }` with `?g`
   * unbound visits only these instead of every named graph.
   */
  graphsOf?(s: Term | null, p: Term | null, o: Term | null): Iterable<Term>;
}

/** The part of n3's Store (2.x, untyped upstream) the adapter uses. */
interface N3StoreLike {
  size: number;
  has(s: Term, p: Term, o: Term, g: Term): boolean;
  forSubjects(cb: (t: Term) => void, p: Term | null, o: Term | null, g: Term | null): void;
  forObjects(cb: (t: Term) => void, s: Term | null, p: Term | null, g: Term | null): void;
  readQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad>;
  countQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): number;
  getGraphs(s: Term | null, p: Term | null, o: Term | null): Term[];
}

/**
 * Wraps an n3 `Store` as a {@link QuadSource}. Uses the store's synchronous
 * `readQuads` generator, its fastest path.
 *
 * @example
 * ```ts
 * const engine = createQueryEngine();
 * await engine.queryBindings('SELECT * { ?s ?p ?o }', { sources: [n3Source(store)] });
 * ```
 */
export function n3Source(store: Store | N3StoreLike): QuadSource {
  const s = store as unknown as N3StoreLike;
  return {
    match: (a, b, c, d) => s.readQuads(a, b, c, d),
    countQuads: (a, b, c, d) => s.countQuads(a, b, c, d),
    graphs: () => s.getGraphs(null, null, null).filter((g) => g.termType !== 'DefaultGraph'),
    distinct: (position, predicate) => distinctCount(s, position, predicate),
    estimate: (a, b, c) => cachedCount(s, a, b, c),
    has: (a, b, c, d) => s.has(a, b, c, d),
    // n3 visits every graph once per call, without building quads: cheap next to evaluating per graph.
    graphsOf: (a, b, c) => s.getGraphs(a, b, c).filter((g) => g.termType !== 'DefaultGraph'),
  };
}

function statsOf(store: N3StoreLike): Stats {
  let stats = statsCache.get(store);
  if (!stats || stats.size !== store.size) {
    stats = { size: store.size, counts: new Map() };
    statsCache.set(store, stats);
  }
  return stats;
}

function key(t: Term | null): string {
  if (t === null) return '';
  return t.termType === 'Literal'
    ? `"${t.value}"${(t as { language?: string }).language ?? ''}^${(t as { datatype?: Term }).datatype?.value ?? ''}`
    : `${t.termType[0]}${t.value}`;
}

/**
 * Pattern counts for join ordering, cached until the store's size changes
 * (n3 counts a one-constant pattern by walking an index level, which costs
 * milliseconds at 1M triples; a stale count after add+remove only skews an estimate).
 */
function cachedCount(store: N3StoreLike, s: Term | null, p: Term | null, o: Term | null): number {
  const stats = statsOf(store);
  const k = `c${key(s)}\u0000${key(p)}\u0000${key(o)}`;
  let n = stats.counts.get(k);
  if (n === undefined) {
    n = store.countQuads(s, p, o, null);
    if (stats.counts.size > 100_000) stats.counts.clear();
    stats.counts.set(k, n);
  }
  return n;
}

interface Stats {
  size: number;
  counts: Map<string, number>;
  predicates?: PredicateStatistics;
}
const statsCache = new WeakMap<object, Stats>();

/**
 * Distinct subjects/objects of a predicate, cached per store until its size
 * changes, from n3's index levels ({@link PredicateStatistics}: exact for
 * small predicates, sampled for large ones); walking one predicate's subjects
 * through n3's public API visits every subject of the store.
 */
function distinctCount(store: N3StoreLike, position: 's' | 'o', predicate: Term): number {
  const stats = statsOf(store);
  const internals = n3Internals(store);
  if (internals) {
    stats.predicates ??= new PredicateStatistics(internals);
    return stats.predicates.distinct(position, predicate);
  }
  const k = `${position}${predicate.value}`;
  let n = stats.counts.get(k);
  if (n === undefined) {
    n = 0;
    const inc = (): void => {
      n = (n as number) + 1;
    };
    if (position === 's') store.forSubjects(inc, predicate, null, null);
    else store.forObjects(inc, null, predicate, null);
    stats.counts.set(k, n);
  }
  return n;
}

/** An RDF/JS `DatasetCore` (match returns a dataset with `size`). */
interface DatasetCoreLike {
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad> & { size: number };
}

/**
 * Wraps any RDF/JS `DatasetCore` as a {@link QuadSource} (counts come from
 * `match(...).size`, so this is slower than the n3 adapter).
 *
 * @example
 * ```ts
 * await engine.queryBindings('SELECT * { ?s ?p ?o }', { sources: [datasetSource(dataset)] });
 * ```
 */
export function datasetSource(dataset: DatasetCoreLike): QuadSource {
  return {
    match: (s, p, o, g) => dataset.match(s, p, o, g),
    countQuads: (s, p, o, g) => dataset.match(s, p, o, g).size,
  };
}

/** True when `x` is an RDF/JS DatasetCore without the n3 or QuadSource methods. */
export function isDatasetCoreLike(x: unknown): x is DatasetCoreLike {
  return typeof x === 'object' && x !== null && typeof (x as DatasetCoreLike).match === 'function';
}

/** True when `x` looks like an n3 Store (or any RDF/JS store with `readQuads`). */
export function isN3StoreLike(x: unknown): x is N3StoreLike {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as N3StoreLike).readQuads === 'function' &&
    typeof (x as N3StoreLike).countQuads === 'function'
  );
}

/** True when `x` already implements {@link QuadSource}. */
export function isQuadSource(x: unknown): x is QuadSource {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as QuadSource).match === 'function' &&
    typeof (x as QuadSource).countQuads === 'function' &&
    typeof (x as N3StoreLike).readQuads !== 'function'
  );
}
