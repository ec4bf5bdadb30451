import type { Quad, Term } from '@rdfjs/types';
import type { Store } from 'n3';

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
}

/** The part of n3's Store (2.x, untyped upstream) the adapter uses. */
interface N3StoreLike {
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
  };
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
