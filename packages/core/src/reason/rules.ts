import { readFileSync } from 'node:fs';
import { KG_ID_BASE, ONTOLOGY_TTL_PATH, OWL, RDF, RDFS, REUSED_AXIOMS_TTL_PATH } from '@policy-kg/ontology';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { parseRdf } from '../store/index.js';
import type { TripleSource } from './read.js';

/** Named graph of entailed triples (RDFS + OWL RL subset). */
export const INFERRED_GRAPH = `${KG_ID_BASE}graph/inferred`;

/** The schema tables the rules use, closed under transitivity. */
export interface Axioms {
  superClasses: Map<string, Set<string>>;
  superProperties: Map<string, Set<string>>;
  inverses: Map<string, Set<string>>;
  transitive: Set<string>;
  symmetric: Set<string>;
}

function close(direct: Map<string, Set<string>>): Map<string, Set<string>> {
  const closed = new Map<string, Set<string>>();
  for (const start of direct.keys()) {
    const seen = new Set<string>();
    const stack = [...(direct.get(start) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next) || next === start) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closed.set(start, seen);
  }
  return closed;
}

const push = (map: Map<string, Set<string>>, k: string, v: string) => {
  const set = map.get(k);
  if (set) set.add(v);
  else map.set(k, new Set([v]));
};

/**
 * Schema tables from axiom quads (`rdfs:subClassOf`, `rdfs:subPropertyOf`,
 * `owl:inverseOf`, `owl:TransitiveProperty`, `owl:SymmetricProperty`,
 * `owl:equivalentClass`/`equivalentProperty` as two subsumptions).
 */
export function axiomsFrom(quads: Iterable<Quad>): Axioms {
  const sub = new Map<string, Set<string>>();
  const subP = new Map<string, Set<string>>();
  const inverses = new Map<string, Set<string>>();
  const transitive = new Set<string>([OWL.sameAs]);
  const symmetric = new Set<string>([OWL.sameAs]);
  for (const q of quads) {
    if (q.object.termType !== 'NamedNode') continue;
    const [s, p, o] = [q.subject.value, q.predicate.value, q.object.value];
    if (p === RDFS.subClassOf) push(sub, s, o);
    else if (p === RDFS.subPropertyOf) push(subP, s, o);
    else if (p === OWL.equivalentClass) {
      push(sub, s, o);
      push(sub, o, s);
    } else if (p === OWL.equivalentProperty) {
      push(subP, s, o);
      push(subP, o, s);
    } else if (p === OWL.inverseOf) {
      push(inverses, s, o);
      push(inverses, o, s);
    } else if (p === RDF.type && o === OWL.TransitiveProperty) transitive.add(s);
    else if (p === RDF.type && o === OWL.SymmetricProperty) symmetric.add(s);
  }
  return { superClasses: close(sub), superProperties: close(subP), inverses, transitive, symmetric };
}

let cached: Axioms | undefined;
/** The axioms of the policy-kg ontology and of the reused vocabularies (`ttl/reused-axioms.ttl`). */
export function ontologyAxioms(): Axioms {
  cached ??= axiomsFrom([
    ...parseRdf(readFileSync(ONTOLOGY_TTL_PATH, 'utf8'), { syntax: 'turtle', source: ONTOLOGY_TTL_PATH }),
    ...parseRdf(readFileSync(REUSED_AXIOMS_TTL_PATH, 'utf8'), { syntax: 'turtle', source: REUSED_AXIOMS_TTL_PATH }),
  ]);
  return cached;
}

/** Options of {@link entail}. */
export interface EntailOptions {
  /** Schema tables (default {@link ontologyAxioms}). */
  axioms?: Axioms;
  /** Copy the statements of `owl:sameAs` partners to each other (eq-rep-s/o). Default true. */
  sameAsCopy?: boolean;
}

const key = (s: Term, p: string, o: Term) =>
  `${s.termType[0]}${s.value}\u0000${p}\u0000${o.termType[0]}${o.value}\u0000${o.termType === 'Literal' ? `${(o as { language: string }).language}|${(o as { datatype: Term }).datatype.value}` : ''}`;

/**
 * Forward-chain RDFS and the OWL RL rules our vocabulary uses over every
 * triple of a source, to a fixpoint: cax-sco (rdf:type up subClassOf),
 * prp-spo1 (subPropertyOf), prp-inv1/2 (inverseOf), prp-symp, prp-trp
 * (transitive, e.g. org:transitiveSubOrganizationOf, skos:broaderTransitive),
 * eq-sym/eq-trans and eq-rep-s/o for owl:sameAs. Domain and range rules
 * (rdfs2/3) are left out: our data is typed explicitly and they would only
 * add noise. Returns the new triples only, in {@link INFERRED_GRAPH}.
 *
 * @example store.replaceGraph(namedNode(INFERRED_GRAPH), entail(store));
 */
export function entail(source: TripleSource, options: EntailOptions = {}): Quad[] {
  const ax = options.axioms ?? ontologyAxioms();
  const g = DataFactory.namedNode(INFERRED_GRAPH);
  const known = new Set<string>();
  const out: Quad[] = [];
  const work: Array<[Term, string, Term]> = [];
  const nodes = new Map<string, Term>();
  const node = (iri: string) => {
    let n = nodes.get(iri);
    if (!n) {
      n = DataFactory.namedNode(iri);
      nodes.set(iri, n);
    }
    return n;
  };
  // Adjacency of transitive and sameAs properties: p → s → objects, p → o → subjects.
  const fwd = new Map<string, Map<string, Term[]>>();
  const back = new Map<string, Map<string, Term[]>>();
  const index = (s: Term, p: string, o: Term) => {
    if (!ax.transitive.has(p)) return;
    const f = fwd.get(p) ?? new Map<string, Term[]>();
    fwd.set(p, f);
    f.set(s.value, [...(f.get(s.value) ?? []), o]);
    const b = back.get(p) ?? new Map<string, Term[]>();
    back.set(p, b);
    b.set(o.value, [...(b.get(o.value) ?? []), s]);
  };
  const add = (s: Term, p: string, o: Term, asserted: boolean) => {
    if (s.termType === 'Literal') return;
    const k = key(s, p, o);
    if (known.has(k)) return;
    known.add(k);
    if (!asserted)
      out.push(DataFactory.quad(s as Quad['subject'], node(p) as Quad['predicate'], o as Quad['object'], g));
    index(s, p, o);
    work.push([s, p, o]);
  };
  for (const q of source.match(null, null, null, null)) {
    if (q.graph.value === INFERRED_GRAPH) continue;
    add(q.subject, q.predicate.value, q.object, true);
  }
  const bySubject = new Map<string, Array<[string, Term]>>();
  while (work.length > 0) {
    const [s, p, o] = work.pop() as [Term, string, Term];
    if (p === RDF.type && o.termType === 'NamedNode')
      for (const c of ax.superClasses.get(o.value) ?? []) add(s, RDF.type, node(c), false);
    for (const sp of ax.superProperties.get(p) ?? []) add(s, sp, o, false);
    if (o.termType !== 'Literal') {
      for (const inv of ax.inverses.get(p) ?? []) add(o, inv, s, false);
      if (ax.symmetric.has(p)) add(o, p, s, false);
    }
    if (ax.transitive.has(p)) {
      for (const x of fwd.get(p)?.get(o.value) ?? []) add(s, p, x, false);
      for (const x of back.get(p)?.get(s.value) ?? []) add(x, p, o, false);
    }
    if (options.sameAsCopy !== false && work.length === 0 && fwd.has(OWL.sameAs)) {
      // eq-rep-s / eq-rep-o, once the other rules are at their fixpoint.
      if (bySubject.size === 0)
        for (const q of source.match(null, null, null, null))
          bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), [q.predicate.value, q.object]]);
      for (const [a, partners] of fwd.get(OWL.sameAs) ?? []) {
        for (const b of partners) {
          if (b.value === a) continue;
          for (const [p2, o2] of bySubject.get(b.value) ?? []) if (p2 !== OWL.sameAs) add(node(a), p2, o2, false);
        }
      }
    }
  }
  return out;
}
