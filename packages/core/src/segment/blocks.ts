import type { TextLine } from './lines.js';
import { isTitleLike } from './lines.js';
import { MARKERS, SALUTATION } from './patterns.js';
import type { Block } from './types.js';

/** Headings are short; a longer marked line is a list item. */
const HEADING_MAX_LENGTH = 40;

/**
 * Find the enumeration marker a paragraph starts with (`一是`, `(一)`, `一、`, `01`, `■`, `1.`).
 *
 * @example
 * ```ts
 * findMarker('(三)增强医疗机构服务能力'); // '(三)'
 * ```
 */
export function findMarker(line: string): string | undefined {
  for (const re of MARKERS) {
    const m = re.exec(line);
    if (m) return m[0].trim();
  }
  return undefined;
}

/**
 * Turn the lines of one text into blocks. The first line is the title when
 * it reads like one (and is not a salutation); short lines not ending like
 * a sentence are headings; lines starting with an enumeration marker are
 * list items unless they are short headings themselves.
 *
 * @example
 * ```ts
 * blocksOf(lines).map((b) => b.kind); // ['title', 'paragraph', 'heading', 'list-item']
 * ```
 */
export function blocksOf(lines: TextLine[], options: { title: boolean }): Block[] {
  return lines.map((line, i) => {
    const span = { start: line.start, end: line.end };
    if (i === 0 && options.title && isTitleLike(line.text) && !SALUTATION.test(line.text))
      return { kind: 'title', span };
    const marker = findMarker(line.text);
    const heading = line.text.length <= HEADING_MAX_LENGTH && isTitleLike(line.text) && !SALUTATION.test(line.text);
    if (marker !== undefined) return { kind: heading ? 'heading' : 'list-item', span, marker };
    return { kind: heading ? 'heading' : 'paragraph', span };
  });
}
