import type { Doc } from '../segment/index.js';

/**
 * Cache an extractor's output per document, so extractors that build on
 * others (statements on officials and meetings) do not repeat their work.
 */
export function memoizeByDoc<T>(fn: (doc: Doc) => Iterable<T>): (doc: Doc) => readonly T[] {
  const cache = new WeakMap<Doc, readonly T[]>();
  return (doc) => {
    let hit = cache.get(doc);
    if (!hit) {
      hit = [...fn(doc)];
      cache.set(doc, hit);
    }
    return hit;
  };
}
