import type { TextLine } from './lines.js';
import { isTitleLike } from './lines.js';
import { COLLECTION_HEADER, SALUTATION, SPEECH_TITLE } from './patterns.js';

/** Speech titles are short; longer lines naming a speech are prose about it. */
const SPEECH_TITLE_MAX_LENGTH = 40;

/** One text of a file: a range of its lines. */
export interface TextPart {
  /** Index of the first line (the title line in a collection). */
  firstLine: number;
  /** One past the last line. */
  endLine: number;
}

export interface CollectionLayout {
  parts: TextPart[];
  /** The collection page's own header line (热门19篇), when there is one. */
  header?: number;
  /** Lines before the first text that belong to no text (a site's introduction). */
  preamble?: { firstLine: number; endLine: number };
}

/**
 * Split a file into its texts. A page collecting several speeches repeats a
 * pattern: a short line naming a speech (在……会议上的讲话) followed by a
 * salutation (各位领导、同志们:) or the report itself. A file is a
 * collection when at least two such title lines occur and either two of them
 * open with a salutation or the page header announces a collection (N篇).
 * Anything else is one text.
 *
 * @example
 * ```ts
 * splitCollection(lines).parts.length; // 19 for a page of 19 speeches
 * ```
 */
export function splitCollection(lines: TextLine[]): CollectionLayout {
  const whole: CollectionLayout = { parts: lines.length > 0 ? [{ firstLine: 0, endLine: lines.length }] : [] };
  const header = lines[0] && COLLECTION_HEADER.test(lines[0].text) ? 0 : undefined;
  const titles: number[] = [];
  let saluted = 0;
  for (let i = header === undefined ? 0 : 1; i < lines.length - 1; i++) {
    const text = (lines[i] as TextLine).text;
    if (text.length > SPEECH_TITLE_MAX_LENGTH || !isTitleLike(text) || !SPEECH_TITLE.test(text)) continue;
    if (SALUTATION.test(text)) continue;
    titles.push(i);
    if (SALUTATION.test((lines[i + 1] as TextLine).text)) saluted++;
  }
  if (titles.length < 2 || (saluted < 2 && header === undefined)) return whole;
  const parts = titles.map((firstLine, k) => ({ firstLine, endLine: titles[k + 1] ?? lines.length }));
  const layout: CollectionLayout = { parts };
  if (header !== undefined) layout.header = header;
  const first = titles[0] ?? 0;
  const preambleStart = header === undefined ? 0 : 1;
  if (first > preambleStart) layout.preamble = { firstLine: preambleStart, endLine: first };
  return layout;
}
