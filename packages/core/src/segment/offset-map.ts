import type { OriginText } from '../normalize/index.js';
import type { OffsetMap, OriginSpan, Span } from './types.js';

/**
 * The `OffsetMap` of one text: normalized UTF-16 units `i` of `Doc.text`
 * came from original units `[starts[i], ends[i])` of the file. The arrays
 * are views into the file's map, shared by all texts of a collection.
 *
 * @example
 * ```ts
 * doc.origin.locate({ start: 0, end: 2 }).quote; // the original characters, e.g. '會議'
 * ```
 */
export function createOffsetMap(origin: OriginText, starts: Int32Array, ends: Int32Array): OffsetMap {
  const n = starts.length;
  return {
    locate(span: Span): OriginSpan {
      const s = Math.max(0, Math.min(span.start, n));
      const e = Math.max(s, Math.min(span.end, n));
      if (e > s) return origin.locate(starts[s] ?? 0, ends[e - 1] ?? 0);
      // An empty span: the point before unit s, or after the last unit.
      const at = s < n ? (starts[s] ?? 0) : n > 0 ? (ends[n - 1] ?? 0) : 0;
      return origin.locate(at, at);
    },
  };
}
