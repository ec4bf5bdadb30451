// Mentions of one meeting (title, body, short forms) merged into one.
import type { Doc } from '../segment/index.js';
import { MEETING_NOUNS } from './lexicons/meetings.js';
import { addDays, lengthsIn } from './meeting-dates.js';
import { nameYearOf, sameScope, similarNames } from './meeting-names.js';
import { isHan } from './text-utils.js';
import type { MeetingMention } from './types.js';

/** A name that is only a modifier and the noun (专题学习会, 专题座谈会). */
const GENERIC_MODIFIER = /^(?:专题|主题|集体|专项|全体)[\p{Script=Han}]{2,5}$/u;

/** Mentions of one meeting (title, body, short forms) become one, keeping the fullest name and any date. */
export function mergeMeetings(doc: Doc, found: MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of found) {
    const same = out.find(
      (o) =>
        similarNames(o.name, m.name) &&
        sameScope(o.name, m.name) &&
        (!o.date || !m.date || o.date.startsWith(m.date) || m.date.startsWith(o.date)),
    );
    if (!same) {
      out.push(m);
      continue;
    }
    same.mentions = [...(same.mentions ?? [same.span]), m.span].sort((a, b) => a.start - b.start);
    const better = (a: string, b: string): string =>
      nameYearOf(b) && !nameYearOf(a) ? b : nameYearOf(a) && !nameYearOf(b) ? a : b.length > a.length ? b : a;
    same.name = better(same.name, m.name);
    if (!same.date || (m.date && m.date.length > same.date.length)) if (m.date) same.date = m.date;
    // The last day goes with the first (a headline without the day, then X论坛在Y开幕,为期两天).
    if (!same.dateEnd && m.dateEnd && m.date === same.date) same.dateEnd = m.dateEnd;
    same.location ??= m.location as string;
    if (same.location === undefined) delete same.location;
    if (!same.organizer && m.organizer) same.organizer = m.organizer;
    if (!same.chair && m.chair) same.chair = m.chair;
    if (!same.format && m.format) same.format = m.format;
    // One mention saying it was held (X会议第二次全体会议在Y举行) makes the meeting held.
    if (m.rule === 'meeting/held' && same.rule === 'meeting/dated-reference') same.rule = m.rule;
  }
  // 召开专题学习会 (a headline) beside a dated 第1次学习会: a bare modifier names no other meeting.
  const generic = (m: MeetingMention) => !m.date && GENERIC_MODIFIER.test(m.name);
  const sameNoun = (a: MeetingMention, b: MeetingMention) =>
    MEETING_NOUNS.some((n) => a.name.endsWith(n) && b.name.endsWith(n) && n.length >= 3);
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k] as MeetingMention;
    if (generic(m) && out.some((o) => o !== m && o.date && sameNoun(o, m))) out.splice(k, 1);
  }
  // 本届论坛为期三天: the one held meeting of that noun with a first day lasts that long.
  for (const { noun, days } of lengthsIn(doc.text)) {
    // 本次培训为期五天: the course (培训班) is what the 培训 lasts.
    const named = (o: MeetingMention) => noun !== undefined && (o.name.endsWith(noun) || o.name.endsWith(`${noun}班`));
    const held = out.filter((o) => named(o) && o.rule === 'meeting/held');
    const only = held.length === 1 ? held[0] : undefined;
    const last = only?.date && !only.dateEnd ? addDays(only.date, days - 1) : undefined;
    if (only && last) only.dateEnd = last;
  }
  // A named meeting with a month-day date but no year in its name carries the year of the document.
  for (const m of out) if (m.date && /^\d{4}$/u.test(m.date) && !isHan(m.name[0])) delete m.date;
  return out;
}
