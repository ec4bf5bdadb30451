/** Officials written as a name with the title in brackets after it (解读人:黎晓红(科长)). */

import { PLACEHOLDER_PATTERN } from './lexicons/titles.js';
import { type ReadNameOptions, readNameBefore } from './person-name.js';
import type { TitleHit } from './title-phrase.js';

/** Longest bracketed title read (市卫生健康委党组成员、副主任). */
const MAX_TITLE = 24;

/** A name and the span of its bracketed title. */
export interface BracketedOfficial {
  /** Where the name starts. */
  start: number;
  /** Where the closing bracket ends. */
  end: number;
  name: string;
  /** The title inside the brackets, without them. */
  title: { start: number; end: number };
}

/**
 * Names followed by their title in brackets, the form of a document's byline
 * and of a transcript's labels (解读人:黎晓红(科长), 起草人:王明(市卫健委副主任),
 * 李华(区卫生健康局局长):…): the bracket holds only Han characters and
 * ends with a title word. The name needs a phrase boundary before it, as any
 * name read before a word.
 *
 * @example bracketedTitles('解读人:黎晓红(科长)', titleHits(text)) // [{ name: '黎晓红', title: { start: 8, end: 10 }, … }]
 */
export function* bracketedTitles(
  text: string,
  hits: readonly TitleHit[],
  options: ReadNameOptions = {},
): Iterable<BracketedOfficial> {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0 || close - open - 1 > MAX_TITLE) continue;
    if (!/^[\p{Script=Han}、]+$/u.test(text.slice(open + 1, close))) continue;
    if (!hits.some((h) => h.end === close && h.start > open)) continue;
    const name = readNameBefore(text, open, options);
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    yield { start: open - name.length, end: close + 1, name, title: { start: open + 1, end: close } };
  }
}
