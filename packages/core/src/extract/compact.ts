import type { Doc, Span } from '../segment/index.js';

/** A document with in-line whitespace removed, and the map back to the original text. */
export interface CompactDoc {
  doc: Doc;
  /** Original offset of a compact offset (end offsets map to one past the last kept character). */
  toOriginal(span: Span): Span;
}

/**
 * Remove whitespace inside lines (web spaces such as `2023 年`, PDF spaces),
 * keeping line breaks, so that rules see the text as the genre writes it. The
 * extractors run on the compact text; spans are mapped back afterwards.
 */
export function compactDoc(doc: Doc): CompactDoc {
  const src = doc.text;
  if (!/[^\S\n]/u.test(src)) return { doc, toOriginal: (s) => s };
  const keep: number[] = [];
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    if (ch !== '\n' && /\s/u.test(ch)) continue;
    keep.push(i);
    out += ch;
  }
  keep.push(src.length);
  // Original → compact: index of the first kept character at or after i.
  const toCompact = new Int32Array(src.length + 1);
  let k = 0;
  for (let i = 0; i <= src.length; i++) {
    while ((keep[k] ?? src.length) < i) k++;
    toCompact[i] = k;
  }
  const mapIn = (s: Span): Span => ({ start: toCompact[s.start] ?? 0, end: toCompact[s.end] ?? out.length });
  const toOriginal = (s: Span): Span => ({
    start: keep[s.start] ?? src.length,
    end: s.end > 0 ? (keep[s.end - 1] ?? src.length - 1) + 1 : 0,
  });
  const compact: Doc = {
    ...doc,
    text: out,
    blocks: doc.blocks.map((b) => ({ ...b, span: mapIn(b.span) })),
    sentences: doc.sentences.map((s) => ({ ...s, span: mapIn(s.span) })),
    placeholders: doc.placeholders.map(mapIn),
  };
  return { doc: compact, toOriginal };
}
