import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';

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
    for (const q of quads) this.store.addQuad(q);
  }

  /** Remove every quad of a named graph. Returns how many were removed. */
  removeGraph(graph: Term): number {
    const quads = [...this.store.readQuads(null, null, null, graph)];
    for (const q of quads) this.store.removeQuad(q);
    return quads.length;
  }

  /** Replace the content of a named graph; every quad is moved into `graph`. */
  replaceGraph(graph: NamedNode, quads: Iterable<Quad>): void {
    this.removeGraph(graph);
    for (const q of quads) {
      this.store.addQuad(q.graph.equals(graph) ? q : DataFactory.quad(q.subject, q.predicate, q.object, graph));
    }
  }

  /** Every quad, in the store's order. */
  quads(): Iterable<Quad> {
    return this.match(null, null, null, null);
  }
}
