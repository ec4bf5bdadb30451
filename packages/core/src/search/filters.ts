import type { SearchItem, SearchOptions } from './types.js';

/** Compares two ISO dates, possibly partial, on their common prefix (`2022` vs `2022-03` → equal). */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Builds the item predicate of a search's filters (kind, doc, speaker, place,
 * date range). Returns `undefined` when there is nothing to filter. Items without
 * a date never pass a date filter; a partial date passes when it overlaps the range.
 *
 * @example
 * ```ts
 * itemFilter({ kind: 'statement', from: '2022' })?.(item);
 * ```
 */
export function itemFilter(options: SearchOptions): ((item: SearchItem) => boolean) | undefined {
  const tests: ((item: SearchItem) => boolean)[] = [];
  if (options.kind !== undefined) {
    const kinds = new Set<string>(typeof options.kind === 'string' ? [options.kind] : options.kind);
    tests.push((it) => kinds.has(it.kind));
  }
  if (options.doc !== undefined) {
    const docs = new Set<string>(typeof options.doc === 'string' ? [options.doc] : options.doc);
    tests.push((it) => it.doc !== undefined && docs.has(it.doc));
  }
  const { speaker, place, from, to } = options;
  if (speaker !== undefined) tests.push((it) => it.speaker?.includes(speaker) === true);
  if (place !== undefined) tests.push((it) => it.place?.includes(place) === true);
  if (from !== undefined) tests.push((it) => it.date !== undefined && compareDates(it.date, from) >= 0);
  if (to !== undefined) tests.push((it) => it.date !== undefined && compareDates(it.date, to) <= 0);
  if (tests.length === 0) return undefined;
  return (it) => tests.every((t) => t(it));
}
