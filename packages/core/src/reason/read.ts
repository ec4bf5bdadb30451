import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';

/** The read side reasoning needs: pattern matching over every named graph (`null` = wildcard). */
export interface TripleSource {
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad>;
}

const nodes = new Map<string, Term>();
/** A cached named node. */
export function nn(iri: string): Term {
  let node = nodes.get(iri);
  if (!node) {
    node = DataFactory.namedNode(iri);
    nodes.set(iri, node);
  }
  return node;
}

/** Distinct objects of `s p ?o` in any graph. */
export function objects(source: TripleSource, s: Term | string, p: string): Term[] {
  const seen = new Map<string, Term>();
  for (const q of source.match(typeof s === 'string' ? nn(s) : s, nn(p), null, null)) {
    seen.set(`${q.object.termType}|${q.object.value}`, q.object);
  }
  return [...seen.values()];
}

/** The first object value (lowest in code-unit order, so the choice is reproducible), or undefined. */
export function value(source: TripleSource, s: Term | string, p: string): string | undefined {
  const values = objects(source, s, p).map((o) => o.value);
  values.sort();
  return values[0];
}

/** Distinct subjects of `?s p o` in any graph, sorted by IRI. */
export function subjects(source: TripleSource, p: string, o: Term | string): string[] {
  const seen = new Set<string>();
  for (const q of source.match(null, nn(p), typeof o === 'string' ? nn(o) : o, null)) seen.add(q.subject.value);
  return [...seen].sort();
}

/** Whole days from date `a` to date `b` (ISO `YYYY-MM-DD`, or a year / year-month taken at its first day). */
export function daysBetween(a: string, b: string): number {
  const day = (d: string) =>
    Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10)}T00:00:00Z`);
  return Math.round((day(b) - day(a)) / 86_400_000);
}

/** Compare ISO dates (shorter partial dates first when equal by prefix). */
export const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether `s p o` holds in some graph. */
export function has(source: TripleSource, s: string, p: string, o: string): boolean {
  for (const _ of source.match(nn(s), nn(p), nn(o), null)) return true;
  return false;
}
