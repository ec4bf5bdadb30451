import type { Doc } from '../segment/index.js';
import { LEFT_STOPS, mention } from './institution-parts.js';
import { posTag } from './pos.js';
import { isHan } from './text-utils.js';
import type { InstitutionMention } from './types.js';

/**
 * 长白山管委会, 高新区管委会, 西湖风景名胜区管理委员会: the management committee of a
 * zone, mountain or park. The stem (2–10 characters) must end in a zone word and
 * start at a phrase boundary (a list comma, 主送/抄送 colon, line start), so a
 * verb or a generic modifier before it (各开发区管委会) is not read in.
 */
const ZONE_COMMITTEE =
  /(\p{Script=Han}{1,9}?(?:新区|园区|开发区|试验区|示范区|名胜区|保护区|合作区|区|山|园|港))(管委会|管理委员会)/gu;

/** jieba tags of verbs and function words, which never start or sit inside a zone's name. */
const VERB_OR_FUNCTION = /^(?:v|vd|vn|p|c|r|u[a-z]*)$/u;

/** Zone committees written at a phrase boundary; the name is kept as written. */
export function* zoneCommittees(doc: Doc): Iterable<InstitutionMention> {
  const text = doc.text;
  for (const m of text.matchAll(ZONE_COMMITTEE)) {
    const start = m.index ?? 0;
    const before = text[start - 1];
    if (isHan(before) && !LEFT_STOPS.includes(before ?? '')) continue;
    const stem = m[1] ?? '';
    if (/^[各全本该每有相]/u.test(stem)) continue;
    // 要指导高新区管委会: a verb or function word read into the stem (jieba tags it so).
    if (posTag(stem).some((t) => VERB_OR_FUNCTION.test(t.tag))) continue;
    yield mention(doc, start, start + m[0].length, m[0], 'government', 'institution/zone-committee');
  }
}
