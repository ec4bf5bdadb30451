/** A name run into the next title phrase of a list whose separating spaces were lost. */

import { isNameShape } from './person-name.js';
import { posTag } from './pos.js';

/** How long (characters) the body before the next title may be. */
const MAX_BODY = 16;

/** The last character of a body's name (医院, 管理局, 办公室四科). */
const BODY_END = /(?:院|局|委|中心|办公室|办|室|科|处|所|站|厅|部|会|校|队|组)$/u;

/** Tags that show words of a clause, not of a body's name (带领|医院, 来|我院|调研). */
const CLAUSE_TAGS = /^(?:v|vn|vd|p|c|d|r|u\w*|t)$/u;

/**
 * The name at `at` of a participant list whose entries ran together when its
 * spaces were dropped (副局长宋晓光|哈励逊国际和平医院院长许文博,
 * 副院长吕芳|市政府办公室四科科长何静): a full name followed by nothing but a
 * body's name up to the next title word `next`. The longer reading wins, as
 * for names before a word.
 *
 * @example nameBeforeNextTitle('副院长吕芳市政府办公室四科科长何静', 3, { start: 14 }) // '吕芳'
 */
export function nameBeforeNextTitle(text: string, at: number, next: { start: number } | undefined): string | undefined {
  if (!next) return undefined;
  for (const len of [3, 2]) {
    const name = text.slice(at, at + len);
    const body = text.slice(at + len, next.start);
    if (!isNameShape(name) || body.length < 2 || body.length > MAX_BODY) continue;
    if (!/^\p{Script=Han}+$/u.test(body) || !BODY_END.test(body)) continue;
    if (posTag(body).some((t) => CLAUSE_TAGS.test(t.tag))) continue;
    return name;
  }
  return undefined;
}
