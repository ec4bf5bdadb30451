import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { type N3Internals, PredicateStatistics } from './n3-internals.js';

const DEFAULT_GRAPH = DataFactory.defaultGraph();

/**
 * Which graphs hold each subject and each object, by n3 numeric ids. n3
 * answers a pattern over "every graph" by visiting every graph, so with one
 * graph per document a bound lookup costs O(documents); this index narrows
 * it to the graphs that hold the bound term, usually one.
 */
export class GraphMembership {
  private readonly subjects = new Map<number, number[]>();
  private readonly objects = new Map<number, number[]>();
  private readonly predicates = new Map<number, number[]>();
  private readonly terms = new Map<number, Term>();
  /** Every graph holding quads, in n3's graph order. */
  readonly all: number[] = [];

  constructor(private readonly store: N3Internals) {
    for (const key in store._graphs) {
      const graph = store._graphs[key];
      if (!graph) continue;
      const gid = Number(key);
      let any = false;
      for (const s in graph.subjects) {
        push(this.subjects, Number(s), gid);
        any = true;
      }
      if (!any) continue;
      this.all.push(gid);
      for (const o in graph.objects) push(this.objects, Number(o), gid);
      for (const p in graph.predicates) push(this.predicates, Number(p), gid);
    }
  }

  /**
   * Graphs that may hold a triple matching the pattern (`null`: any): those
   * holding the subject or the object (the shorter list when both are bound),
   * else those using the predicate, else all.
   */
  candidates(s: Term | null, p: Term | null, o: Term | null): readonly number[] {
    const bySubject = s === null ? undefined : this.lookup(this.subjects, s);
    const byObject = o === null ? undefined : this.lookup(this.objects, o);
    if (bySubject && byObject) return bySubject.length <= byObject.length ? bySubject : byObject;
    return bySubject ?? byObject ?? (p === null ? this.all : this.lookup(this.predicates, p));
  }

  /** Graphs holding `s` as a subject (empty when none). */
  subjectGraphs(s: Term): readonly number[] {
    return this.lookup(this.subjects, s);
  }

  /** The graph term of a numeric graph id (the default graph for id 1). */
  term(gid: number): Term {
    let t = this.terms.get(gid);
    if (!t) {
      t = this.store._termFromId(this.store._entities[gid] as string);
      this.terms.set(gid, t);
    }
    return t;
  }

  private lookup(map: Map<number, number[]>, t: Term): readonly number[] {
    const id = this.store._termToNumericId(t);
    return (id === undefined ? undefined : map.get(id)) ?? NONE;
  }
}

const NONE: readonly number[] = [];

function push(map: Map<number, number[]>, key: number, gid: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [gid]);
  else if (list[list.length - 1] !== gid) list.push(gid);
}

/** Planner statistics and the membership index of one version of a store. */
export interface StoreStatistics {
  version: number;
  counts: Map<string, number>;
  predicates?: PredicateStatistics;
  membership?: GraphMembership;
}

/** What {@link unionSource} needs from its owner: the n3 store, its internals and current statistics. */
export interface UnionSourceHost {
  store: Store;
  internals: N3Internals;
  statistics(): StoreStatistics;
}

/** The quad-source shape `unionView()` returns (structurally query/'s `QuadSource`). */
export interface UnionQuadSource {
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad>;
  countQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): number;
  graphs(): Iterable<Term>;
  has(s: Term, p: Term, o: Term, g: Term): boolean;
  estimate(s: Term | null, p: Term | null, o: Term | null): number;
  distinct(position: 's' | 'o', predicate: Term): number;
  graphsOf(s: Term | null, p: Term | null, o: Term | null): Iterable<Term>;
}

/**
 * A quad source whose default graph is the RDF merge of every graph. A
 * pattern visits only the graphs holding its bound subject or object; a
 * triple held by several graphs is yielded once, from the first graph in the
 * subject's membership list that holds it (every such graph is among the
 * graphs visited, so no triple is lost or repeated).
 */
export function unionSource(host: UnionSourceHost, namedGraphs: () => Term[]): UnionQuadSource {
  const { store, internals } = host;
  const membership = (): GraphMembership => {
    const stats = host.statistics();
    stats.membership ??= new GraphMembership(internals);
    return stats.membership;
  };
  function* merged(s: Term | null, p: Term | null, o: Term | null): Iterable<Quad> {
    const m = membership();
    const gids = m.candidates(s, p, o);
    const several = gids.length > 1;
    for (const gid of gids) {
      for (const q of store.readQuads(s, p, o, m.term(gid)) as Iterable<Quad>) {
        if (several && !firstHolder(m, store, q, gid)) continue;
        yield DataFactory.quad(q.subject, q.predicate, q.object, DEFAULT_GRAPH);
      }
    }
  }
  const isDefault = (g: Term | null): boolean => g?.termType === 'DefaultGraph';
  return {
    match: (s, p, o, g) => (isDefault(g) ? merged(s, p, o) : (store.readQuads(s, p, o, g) as Iterable<Quad>)),
    countQuads: (s, p, o, g) => {
      if (!isDefault(g)) return store.countQuads(s, p, o, g);
      if (s === null && o === null) return store.countQuads(s, p, o, null);
      const m = membership();
      let n = 0;
      for (const gid of m.candidates(s, p, o)) n += store.countQuads(s, p, o, m.term(gid));
      return n;
    },
    has: (s, p, o, g) => {
      if (!isDefault(g)) return hasQuad(store, s, p, o, g);
      const m = membership();
      return m.candidates(s, p, o).some((gid) => hasQuad(store, s, p, o, m.term(gid)));
    },
    graphs: namedGraphs,
    estimate: (s, p, o) => {
      const { counts } = host.statistics();
      const k = `${countKey(s)}\u0000${countKey(p)}\u0000${countKey(o)}`;
      let n = counts.get(k);
      if (n === undefined) {
        n = store.countQuads(s, p, o, null);
        if (counts.size > 100_000) counts.clear();
        counts.set(k, n);
      }
      return n;
    },
    distinct: (position, predicate) => {
      const stats = host.statistics();
      stats.predicates ??= new PredicateStatistics(internals);
      return stats.predicates.distinct(position, predicate);
    },
    graphsOf: (s, p, o) => {
      if (s === null && p === null && o === null) return namedGraphs();
      const m = membership();
      const out: Term[] = [];
      for (const gid of m.candidates(s, p, o)) {
        const t = m.term(gid);
        if (t.termType === 'NamedNode') out.push(t);
      }
      return out;
    },
  };
}

/** Whether `gid` is the first graph (in the subject's membership list) holding quad `q`. */
function firstHolder(m: GraphMembership, store: Store, q: Quad, gid: number): boolean {
  const holders = m.subjectGraphs(q.subject);
  if (holders.length <= 1) return true;
  for (const h of holders) {
    if (h === gid) return true;
    if (hasQuad(store, q.subject, q.predicate, q.object, m.term(h))) return false;
  }
  return true;
}

/** n3 2.x `has(s, p, o, g)` (its typings only declare `has(quad)`); a fully bound test, no generator. */
function hasQuad(store: Store, s: Term, p: Term, o: Term, g: Term): boolean {
  return (store as unknown as { has(s: Term, p: Term, o: Term, g: Term): boolean }).has(s, p, o, g);
}

function countKey(t: Term | null): string {
  if (t === null) return '';
  if (t.termType !== 'Literal') return `${t.termType[0]}${t.value}`;
  return `"${t.value}"${t.language}^${t.datatype.value}`;
}
