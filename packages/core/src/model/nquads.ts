import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';

const writer = new Writer({ format: 'N-Quads' });

// An explicit comparator: V8's default sort converts and compares generically, several times slower.
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One quad as an N-Quads line (no newline). */
export function quadLine(q: Quad): string {
  // n3's Writer exposes quadToString at run time; @types/n3 declares it.
  return writer.quadToString(q.subject, q.predicate, q.object, q.graph).trimEnd();
}

/**
 * Deduplicate and sort quads by their N-Quads lines (code-unit order), so the
 * same graph always serializes to the same bytes.
 *
 * @example canonicalQuads(quads).map(quadLine).join('\n');
 */
export function canonicalQuads(quads: Iterable<Quad>): Quad[] {
  const byLine = new Map<string, Quad>();
  for (const q of quads) byLine.set(quadLine(q), q);
  return [...byLine.keys()].sort(compareCodeUnits).map((line) => byLine.get(line) as Quad);
}

/** Sorted, deduplicated N-Quads text of quads (newline-terminated lines). */
export function toSortedNQuads(quads: Iterable<Quad>): string {
  const lines = [...new Set([...quads].map(quadLine))].sort(compareCodeUnits);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
