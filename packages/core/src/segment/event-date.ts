import { isoDate } from '../normalize/index.js';

/** How an event date was read. */
export interface EventDate {
  iso: string;
  /** UTF-16 span of the date expression in the text. */
  span: { start: number; end: number };
  /**
   * Why this year: written out, the publication date, a year the meeting's
   * name carries, or relative (今年/去年). `unresolved`: a month and day with
   * nothing to give the year; `iso` is then an XSD gMonthDay (`--04-21`).
   */
  basis: 'absolute' | 'published' | 'meeting-name' | 'relative' | 'unresolved';
}

/** Sentences that report an event: a meeting held, opened, convened. */
const EVENT_VERB = /召开|举行|举办|开幕|闭幕|召集|主持召开|会议|大会/u;
/** `[今年|去年|前年|YYYY年]M月[D日]`; the month may be a placeholder, then it is no value. */
const DATE = /(?:(今年|去年|前年)|((?:19|20)\d{2})\s*年)?\s*(\d{1,2}|[xX×]{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/gu;
/** A meeting that names its own year: 2022年全省卫生健康工作会议. */
const MEETING_YEAR = /((?:19|20)\d{2})年[^,。;!?]{0,30}?(?:会议|大会|工作会)/u;
/** The opening sentences searched for the event date. */
const LEAD_SENTENCES = 3;
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2 };

/**
 * Find the date of the event a text reports (the meeting), in its first few
 * sentences, resolving partial dates: `2月17日` in a page published
 * 2022-03-05 is 2022-02-17; a month after the publication month falls in the
 * year before; `今年`/`去年8月` count from the publication year. A meeting that
 * names its year (2021年全县卫生健康工作会议) fixes the year when the page
 * date is missing or is a later repost.
 *
 * @example
 * ```ts
 * findEventDate(['2月17日下午,全省会议召开。'], { published: '2022-03-05' })?.iso; // '2022-02-17'
 * ```
 */
export function findEventDate(
  sentences: ReadonlyArray<{ text: string; start: number }>,
  options: { published?: string; title?: string },
): EventDate | undefined {
  const pub = parseIso(options.published);
  const lead = sentences.slice(0, LEAD_SENTENCES);
  let unresolved: EventDate | undefined;
  const ordered = [...lead.filter((s) => EVENT_VERB.test(s.text)), ...lead.filter((s) => !EVENT_VERB.test(s.text))];
  for (const sentence of ordered) {
    for (const m of sentence.text.matchAll(DATE)) {
      const [, relative, year, monthText, dayText] = m;
      if (monthText === undefined || /[xX×]/.test(monthText)) continue;
      const month = Number(monthText);
      const day = dayText === undefined ? undefined : Number(dayText);
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (year !== undefined) {
        const iso = isoDate(Number(year), month, day);
        if (iso) return { iso, span, basis: 'absolute' };
        continue;
      }
      if (relative !== undefined) {
        if (!pub) continue;
        const iso = isoDate(pub.year + (RELATIVE_YEARS[relative] ?? 0), month, day);
        if (iso) return { iso, span, basis: 'relative' };
        continue;
      }
      // Only a full month-day is an event date; a bare month is too vague.
      if (day === undefined) continue;
      const named = MEETING_YEAR.exec(sentence.text) ?? (options.title ? MEETING_YEAR.exec(options.title) : null);
      const namedYear = named ? Number(named[1]) : undefined;
      if (namedYear !== undefined && (!pub || namedYear < pub.year)) {
        const iso = isoDate(namedYear, month, day);
        if (iso) return { iso, span, basis: 'meeting-name' };
      }
      if (pub) {
        const later = month > pub.month || (month === pub.month && pub.day !== undefined && day > pub.day);
        const iso = isoDate(later ? pub.year - 1 : pub.year, month, day);
        if (iso) return { iso, span, basis: 'published' };
      } else if (unresolved === undefined && isoDate(2000, month, day)) {
        unresolved = {
          iso: `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          span,
          basis: 'unresolved',
        };
      }
    }
  }
  return unresolved;
}

function parseIso(iso: string | undefined): { year: number; month: number; day?: number } | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!m) return undefined;
  // A bare year: treat the publication as at the year's end, so any month of it is not "later".
  const parsed: { year: number; month: number; day?: number } = { year: Number(m[1]), month: m[2] ? Number(m[2]) : 12 };
  if (m[3]) parsed.day = Number(m[3]);
  return parsed;
}
