import type { Doc } from '../segment/index.js';
import type { SearchItem } from './types.js';

/** Options of {@link docPassages}. */
export interface PassageOptions {
  /** Sentences of one block are packed into passages of at most this many characters; default 150. */
  maxChars?: number;
  /**
   * A passage shorter than this (a heading, a numbered label, a one-line lead-in) is
   * joined to the next passage of the document instead of standing alone; default 40, 0 turns it off.
   * A heading then travels with the paragraph it introduces, and tiny passages no longer win
   * BM25 on length normalisation alone.
   */
  minChars?: number;
}

/**
 * Cuts a document into passages to index: consecutive sentences of the same block
 * (paragraph, heading, list item), packed up to `maxChars` (a longer sentence is
 * its own passage), with passages under `minChars` (headings, labels) joined to the
 * next one. 150 characters scored best on the corpus (notes/embeddings.md).
 * Each passage carries the document id, its span in the normalized text, the
 * original quote, and the document's date and place.
 *
 * @example
 * ```ts
 * const { docs } = await ingestFile('speech.txt');
 * await index.add(docs.flatMap((d) => [...docPassages(d)]));
 * ```
 */
export function* docPassages(doc: Doc, options: PassageOptions = {}): Generator<SearchItem> {
  const maxChars = options.maxChars ?? 150;
  const minChars = options.minChars ?? 40;
  const units =
    doc.sentences.length > 0
      ? doc.sentences.map((s) => ({ span: s.span, block: s.block }))
      : doc.blocks.map((b, i) => ({ span: b.span, block: i }));
  let start = -1;
  let end = -1;
  let block = -1;
  let carry = -1; // start of a short passage waiting to be joined to the next one
  const emit = (last: boolean): SearchItem | undefined => {
    if (start < 0) return undefined;
    if (carry >= 0) start = carry;
    carry = -1;
    if (!last && doc.text.slice(start, end).trim().length < minChars) {
      carry = start;
      return undefined;
    }
    const span = { start, end };
    const text = doc.text.slice(start, end).trim();
    if (!text) return undefined;
    const item: SearchItem = { id: `${doc.id}@${start}-${end}`, kind: 'passage', text, doc: doc.id, span };
    const quote = doc.origin.locate(span).quote;
    if (quote) item.quote = quote;
    const date = doc.meta.eventDate ?? doc.meta.published;
    if (date) item.date = date;
    if (doc.meta.jurisdiction?.name) item.place = doc.meta.jurisdiction.name;
    if (doc.meta.title) item.meta = { title: doc.meta.title };
    return item;
  };
  for (const u of units) {
    if (start >= 0 && (u.block !== block || u.span.end - start > maxChars)) {
      const item = emit(false);
      if (item) yield item;
      start = -1;
    }
    if (start < 0) {
      start = u.span.start;
      block = u.block;
    }
    end = u.span.end;
  }
  const item = emit(true);
  if (item) yield item;
}
