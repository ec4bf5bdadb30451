import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { n3Internals } from './n3-internals.js';
import { type StoreStatistics, type UnionQuadSource, unionSource } from './union-view.js';

/**
 * The in-memory graph: an n3 `Store` behind a small interface. Each source
 * document lives in its own named graph, so it can be replaced or removed
 * alone. `match`/`countQuads`/`graphs` make it a query `QuadSource`.
 *
 * @example
 * const store = new GraphStore();
 * store.replaceGraph(graph, quads);
 * for (const q of store.match(null, null, null, graph)) console.log(q.predicate.value);
 */
export class GraphStore {
  private readonly store = new Store();
  /** Bumped by every mutation; statistics and the graph-membership index belong to one version. */
  private version = 0;
  private stats: StoreStatistics = { version: 0, counts: new Map() };
  private view: UnionQuadSource | undefined;

  /** Planner statistics of the current version (rebuilt lazily after a mutation). */
  private statistics(): StoreStatistics {
    if (this.stats.version !== this.version) this.stats = { version: this.version, counts: new Map() };
    return this.stats;
  }

  /** Quads matching the pattern (`null` is a wildcard; `null` graph = every graph). */
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad> {
    return this.store.readQuads(s, p, o, g) as Iterable<Quad>;
  }

  /** Number of quads matching the pattern. */
  countQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): number {
    return this.store.countQuads(s, p, o, g);
  }

  /** Named graphs present, sorted by IRI. */
  getGraphs(): NamedNode[] {
    return (this.store.getGraphs(null, null, null) as Term[])
      .filter((g): g is NamedNode => g.termType === 'NamedNode')
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  /** Same as {@link getGraphs}, under the name query/'s `QuadSource` uses. */
  graphs(): Iterable<Term> {
    return this.getGraphs();
  }

  /** Total number of quads. */
  get size(): number {
    return this.store.size;
  }

  /** Add quads as they are (their graph terms kept). */
  addQuads(quads: Iterable<Quad>): void {
    try {
      for (const q of quads) this.store.addQuad(q);
    } finally {
      // After the loop: statistics taken while `quads` was still producing belong to no version.
      this.version++;
    }
  }

  /**
   * Add quads given as a term dictionary and (s, p, o, g) indexes into it
   * (a store snapshot). Each term is interned once; with n3 2.x's internal
   * numeric-id insert available, quads go in without re-deriving term ids.
   */
  addIndexed(terms: readonly Term[], indexes: Uint32Array): void {
    this.version++;
    const inner = this.store as unknown as {
      _termToNewNumericId?: (t: Term) => number;
      _addQuad?: (s: number, p: number, o: number, g: number) => boolean;
    };
    if (typeof inner._termToNewNumericId === 'function' && typeof inner._addQuad === 'function') {
      const ids = terms.map((t) => (inner._termToNewNumericId as (t: Term) => number).call(inner, t));
      for (let i = 0; i < indexes.length; i += 4) {
        inner._addQuad.call(
          inner,
          ids[indexes[i] as number] as number,
          ids[indexes[i + 1] as number] as number,
          ids[indexes[i + 2] as number] as number,
          ids[indexes[i + 3] as number] as number,
        );
      }
      return;
    }
    for (let i = 0; i < indexes.length; i += 4) {
      this.store.addQuad(
        DataFactory.quad(
          terms[indexes[i] as number] as Quad['subject'],
          terms[indexes[i + 1] as number] as Quad['predicate'],
          terms[indexes[i + 2] as number] as Quad['object'],
          terms[indexes[i + 3] as number] as Quad['graph'],
        ),
      );
    }
  }

  /** Remove every quad of a named graph. Returns how many were removed. */
  removeGraph(graph: Term): number {
    this.version++;
    const quads = [...this.store.readQuads(null, null, null, graph)];
    for (const q of quads) this.store.removeQuad(q);
    return quads.length;
  }

  /** Replace the content of a named graph; every quad is moved into `graph`. */
  replaceGraph(graph: NamedNode, quads: Iterable<Quad>): void {
    this.removeGraph(graph);
    try {
      for (const q of quads) {
        this.store.addQuad(q.graph.equals(graph) ? q : DataFactory.quad(q.subject, q.predicate, q.object, graph));
      }
    } finally {
      this.version++;
    }
  }

  /**
   * A view for SPARQL whose default graph is the union (RDF merge) of all
   * named graphs, as Jena's `unionDefaultGraph` and advertised with
   * `sd:UnionDefaultGraph`: plain patterns see every document, `GRAPH ?g`
   * still sees each document's own graph. Triples in several graphs appear
   * once in the default graph.
   *
   * @example engine.queryBindings('SELECT * { ?s a kg:Statement }', { sources: [store.unionView()] });
   */
  unionView(): UnionQuadSource {
    if (this.view) return this.view;
    const internals = n3Internals(this.store);
    const graphs = (): Term[] => this.getGraphs();
    // Planner statistics, the graph-membership index (a bound lookup visits only the graphs holding
    // its subject or object, not every document graph) and once-only merging: see union-view.ts.
    this.view = internals
      ? unionSource({ store: this.store, internals, statistics: () => this.statistics() }, graphs)
      : legacyUnion(this, graphs);
    return this.view;
  }

  /** Every quad, in the store's order. */
  quads(): Iterable<Quad> {
    return this.match(null, null, null, null);
  }
}

/** The union view without n3 internals: every pattern visits every graph and merges through a set. */
function legacyUnion(store: GraphStore, graphs: () => Term[]): UnionQuadSource {
  const defaultGraph = DataFactory.defaultGraph();
  function* merged(s: Term | null, p: Term | null, o: Term | null): Iterable<Quad> {
    const seen = new Set<string>();
    for (const q of store.match(s, p, o, null)) {
      const key = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield DataFactory.quad(q.subject, q.predicate, q.object, defaultGraph);
    }
  }
  const all = (g: Term | null): Term | null => (g?.termType === 'DefaultGraph' ? null : g);
  return {
    match: (s, p, o, g) => (g?.termType === 'DefaultGraph' ? merged(s, p, o) : store.match(s, p, o, g)),
    countQuads: (s, p, o, g) => store.countQuads(s, p, o, all(g)),
    has: (s, p, o, g) => store.countQuads(s, p, o, all(g)) > 0,
    graphs,
    estimate: (s, p, o) => store.countQuads(s, p, o, null),
    distinct: (_position, predicate) => store.countQuads(null, predicate, null, null),
    graphsOf: () => graphs(),
  };
}

function termKey(t: Term): string {
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return `${t.termType === 'BlankNode' ? '_:' : '<'}${t.value}`;
}
