import type { Doc } from '../segment/index.js';
import { LEFT_STOPS, mention } from './institution-parts.js';
import { TITLE_WORDS } from './lexicons/titles.js';
import { expandLevel, type PlaceContext } from './place-context.js';
import { isHan } from './text-utils.js';
import type { InstitutionMention } from './types.js';

/**
 * A discipline-inspection group stationed in a body (省纪委监委驻省卫生健康委纪检监察组,
 * 中央纪委国家监委驻国家卫生健康委纪检监察组): one institution, named by the 纪委 that
 * sends it and the body it sits in. The host body (2–14 characters) holds no
 * sentence punctuation. Followed by a title (…纪检监察组组长) it is part of that
 * title, and annotated only there.
 */
const STATIONED_GROUP =
  /(?:中央纪委国家监委|(?<level>[省市县区州])?纪委(?:监委)?)驻(?:[省市县区州])?\p{Script=Han}{2,14}?纪检(?:监察)?组/gu;

/**
 * Stationed groups written at a phrase boundary. The canonical name expands the
 * sending 纪委's level prefix with the document's place (市纪委监委驻… → 宝鸡市纪委监委驻…).
 */
export function* stationedGroups(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (const m of text.matchAll(STATIONED_GROUP)) {
    const start = m.index ?? 0;
    const before = text[start - 1];
    if (isHan(before) && !LEFT_STOPS.includes(before ?? '')) continue;
    // …纪检监察组组长郁某: the group only inside a title, not annotated as a body (CONVENTIONS).
    const end = start + m[0].length;
    if (TITLE_WORDS.some((w) => text.startsWith(w, end))) continue;
    const level = m.groups?.level;
    const place = level ? expandLevel(ctx, level) : undefined;
    const name = place ? place + m[0].slice(1) : m[0];
    yield mention(doc, start, end, name, 'party', 'institution/stationed-group');
  }
}
