import { NOT_TITLE_END, TITLE_MAX_LENGTH } from './patterns.js';
import type { Span } from './types.js';

/** A line of normalized text (normalized text holds one paragraph per line). */
export interface TextLine extends Span {
  text: string;
}

/**
 * Split normalized text into its lines, with spans.
 *
 * @example
 * ```ts
 * splitTextLines('a\nbc').map((l) => l.start); // [0, 2]
 * ```
 */
export function splitTextLines(text: string, offset = 0): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) lines.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/**
 * A line that could be a title or heading: short, and not ending like a sentence or clause.
 *
 * @example
 * ```ts
 * isTitleLike('2022年全省卫生健康工作会议召开'); // true
 * ```
 */
export function isTitleLike(line: string): boolean {
  return line.length >= 2 && line.length <= TITLE_MAX_LENGTH && !NOT_TITLE_END.test(line);
}
