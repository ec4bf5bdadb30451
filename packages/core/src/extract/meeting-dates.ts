import type { Doc } from '../segment/index.js';
import { textDate } from '../segment/index.js';
import { LASTS_DAYS, NEWS_DATELINE } from './lexicons/meetings.js';
import { planYear, turnOfYear, yearNamed } from './meeting-year.js';
import { memoizeByDoc } from './memo.js';

export { planYear } from './meeting-year.js';

/** A news dateline (湖南日报3月12日讯, 本报讯(记者 X)): its span, and the publication day it prints. */
export interface Dateline {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
}

/** The datelines opening the paragraphs of a text (a news report has one, on its first body line). */
export const datelinesOf = memoizeByDoc(function* findDatelines(doc: Doc): Iterable<Dateline> {
  for (const m of doc.text.matchAll(NEWS_DATELINE)) {
    const line: Dateline = { start: m.index, end: m.index + m[0].length };
    if (m[1]) line.year = Number(m[1]);
    if (m[2] && m[3]) {
      line.month = Number(m[2]);
      line.day = Number(m[3]);
    }
    yield line;
  }
});

/**
 * The publication day a text's dateline prints (湖南日报3月12日讯 → 3月12日), if it prints
 * one: the anchor of the report's own relative days (今天, 昨天, 11日), never its event's date.
 */
function datelineDay(doc: Doc): (Dateline & { month: number; day: number }) | undefined {
  return datelinesOf(doc).find((d): d is Dateline & { month: number; day: number } => d.day !== undefined);
}

/** The text's date as the anchor of its partial dates: its own date, else its dateline's when that has a year. */
function anchorDate(doc: Doc): string | undefined {
  const ref = textDate(doc.meta);
  if (ref) return ref;
  const line = datelineDay(doc);
  return line?.year !== undefined ? isoOf(line.year, line.month, line.day) : undefined;
}

const isoOf = (year: number | undefined, month: number, day?: number): string =>
  `${year ?? '-'}-${String(month).padStart(2, '0')}${day !== undefined ? `-${String(day).padStart(2, '0')}` : ''}`;

/**
 * The year the document's undated 月日 belong to: its own date, else the
 * latest year it names (the next one when the text sums that year up and
 * plans 今年). A text of a collection has no year but its own
 * event's: the page date and the years it reviews or plans are not when its
 * meetings met, so an unknown year stays unknown.
 */
export function docYear(doc: Doc): number | undefined {
  const ref = anchorDate(doc);
  if (ref) return Number(ref.slice(0, 4));
  // 今年是“十五五”开局之年: the text names its own year (in a collection too: it is no page date).
  const plan = planYear(doc.text);
  if (plan !== undefined) return plan;
  if (doc.meta.inCollection) return undefined;
  return yearNamed(doc.text);
}

/** The first month of a year's second half: a turn-of-year text's later months are of the year reviewed. */
const SECOND_HALF = 7;

/** ISO date of a 月日 phrase, given an optional year in the name and the document's year. */
export function resolveDate(doc: Doc, month: number, day: number | undefined, nameYear?: number): string {
  let year = nameYear ?? docYear(doc);
  const ref = anchorDate(doc);
  // 11月30日 in an undated text reviewing 2025 and planning 2026: the turn of 2025 into 2026.
  if (!nameYear && !ref && year !== undefined && month >= SECOND_HALF && turnOfYear(doc.text) === year - 1) year -= 1;
  if (!nameYear && ref && ref.length >= 7 && year !== undefined && month > Number(ref.slice(5, 7))) year -= 1;
  return isoOf(year, month, day);
}

/** A day written without its month (国务院总理11日主持召开…), as news reports write days of the dateline's month. */
const BARE_DAY = /(?<![\d月])(\d{1,2})日(?:(?:至|-|—|到)(\d{1,2})日)?/u;

/**
 * The date (and last day) of a bare 11日 in a sentence of a dated news report: the dateline's
 * month when the day is not after the dateline's, else the month before.
 */
export function bareDayDate(doc: Doc, sentence: string): { date: string; dateEnd?: string } | undefined {
  const line = datelineDay(doc);
  const m = BARE_DAY.exec(sentence);
  if (!line || !m?.[1]) return undefined;
  const first = Number(m[1]);
  if (first < 1 || first > 31) return undefined;
  const before = first > line.day;
  const month = before ? (line.month === 1 ? 12 : line.month - 1) : line.month;
  const year = line.year !== undefined && before && line.month === 1 ? line.year - 1 : line.year;
  const out: { date: string; dateEnd?: string } = { date: resolveDate(doc, month, first, year) };
  if (m[2] && Number(m[2]) > first) out.dateEnd = resolveDate(doc, month, Number(m[2]), year);
  return out;
}

/** The month-day or month last written in a text before a clause (9月23日至24日 → 9, 23, 24). */
const LAST_MONTH = /(\d{1,2})月(?:(\d{1,2})日(?:(?:至|-|—|到)(\d{1,2})日)?)?/gu;
/** How far back the last month written still sets a bare day's month by itself. */
const NEAR_CHARS = 400;
/** How far a bare day may lie after the last day written before it and still be of its month. */
const BARE_DAY_SPAN = 15;

/**
 * A bare day opening a clause (24日下午,视察组召开座谈会) in a text without a dateline: a day of the
 * month last written before it (9月23日至24日,…), when it falls on or after that day and within
 * half a month of it, as a narrative goes on through the days of one month. `before` is the whole
 * text before the clause; a month written far back counts only as a span holding the day (a visit's
 * 8月20日至21日 opening a report whose 21日下午 座谈会 comes paragraphs later).
 */
export function bareDayAfter(doc: Doc, before: string, clause: string): string | undefined {
  const m = BARE_DAY.exec(clause);
  const last = [...before.matchAll(LAST_MONTH)].at(-1);
  if (!m?.[1] || !last?.[1]) return undefined;
  const day = Number(m[1]);
  const from = last[2] ? Number(last[2]) : 1;
  if (day < from || day > 31 || day - from > BARE_DAY_SPAN) return undefined;
  // Paragraphs on, only the span of days a visit opened with (8月20日至21日 … 21日下午) still holds it.
  const far = last.index < before.length - NEAR_CHARS;
  if (far && !(last[3] && day <= Number(last[3]))) return undefined;
  return resolveDate(doc, Number(last[1]), day);
}

/** 日前, 近日: a few days before the text's date. */
const LATELY = /(?:日前|近日)/u;
/** The day of its month after which a text's 日前 surely lies in the same month. */
const LATELY_SPAN = 15;

/**
 * The month of a meeting held 日前/近日 (日前,X召开Y): the month of the text's own date when
 * that date is late enough in its month that a few days before it stay in it (2026-03-30 → 2026-03).
 */
export function latelyMonth(doc: Doc, clause: string): string | undefined {
  const ref = anchorDate(doc);
  if (!LATELY.test(clause) || !ref || !/^\d{4}-\d{2}-\d{2}$/u.test(ref)) return undefined;
  return Number(ref.slice(8, 10)) > LATELY_SPAN ? ref.slice(0, 7) : undefined;
}

/** A speech opening on its own meeting (今天,我们召开X). */
export const TODAY = /(?:今天|今日)/u;
/** A report's day before its own (昨天,省卫生健康委召开…). */
const YESTERDAY = /(?:昨天|昨日)/u;
/** The last 月日 before a 当天 clause. */
const MONTH_DAY = /(\d{1,2})月(\d{1,2})日(?:(?:至|-|—|到)(?:\d{1,2}月)?(\d{1,2})日)?/gu;
/** A month of a known year (2025-08): the day a span of days leaves open. */
const YEAR_MONTH = /^\d{4}-\d{2}$/u;

/**
 * A clause on the day a report has named (当天/当日/同日/当晚), or during the visit it opened with
 * (调研期间), or right after what that day's sentence told (随后召开的座谈会, 随后,X主持召开…).
 */
const THAT_DAY = /(?:当天|当日|同日|当晚|随后|(?:调研|检查|考察|视察|督导)期间)/u;
/** A clause on the day before (此前一天, 前一天) or after (次日, 翌日, 第二天) the one a report has named. */
const NEXT_DAY = /(?:次日|翌日|第二天|后一天)/u;
const PREVIOUS_DAY = /(?:此前一天|前一天|前一日|头一天)/u;

/**
 * The day a clause points to when it holds no date of its own: 当天 is the
 * last 月日 written before it (12月4日,副省长…调研。当天,…主持召开座谈会),
 * else the text's own day; 此前一天 the day before that 月日, 次日 the day after;
 * 今天 is the text's own day (a news report's
 * dateline, a speech's date line), 昨天 the day before it. A year in the name
 * must agree.
 */
export function dayOf(doc: Doc, before: string, clause: string, nameYear: string | undefined): string | undefined {
  const own = ownDay(doc);
  let day: string | undefined;
  const last = [...before.matchAll(MONTH_DAY)].at(-1);
  const lastDay = last
    ? resolveDate(doc, Number(last[1]), Number(last[2]), nameYear ? Number(nameYear) : undefined)
    : undefined;
  // 8月20日至21日,X调研。…当天/调研期间: which of the days the text leaves open, so only their month.
  const span = last?.[3] && lastDay && /^\d{4}-/u.test(lastDay) ? lastDay.slice(0, 7) : undefined;
  if (THAT_DAY.test(clause)) day = span ?? lastDay ?? own;
  // 3月5日…开幕;此前一天,Y已开幕: a day counted from the one named, never from the report's own.
  else if (PREVIOUS_DAY.test(clause)) day = lastDay && dayBefore(lastDay);
  else if (NEXT_DAY.test(clause)) day = lastDay && addDays(lastDay, 1);
  else if (TODAY.test(clause)) day = own;
  else if (YESTERDAY.test(clause) && own) day = dayBefore(own);
  if (!day || !(FULL_DAY.test(day) || YEAR_MONTH.test(day)) || (nameYear && !day.startsWith(`${nameYear}-`)))
    return undefined;
  return day;
}

/** A day of a sitting in its clause (28日上午,会议举行…; 8月28日,…举行…). */
const SITTING_DAY = /(?:(\d{1,2})月)?(\d{1,2})日/u;
/** The longest a session runs: a later day further on is no sitting of it. */
const SESSION_MAX_DAYS = 15;

/**
 * The day a later sitting of a session met (28日上午,会议举行第二次全体会议), when its clause
 * writes one after the session's first day (a bare day in the session's month): the session
 * lasts at least until then.
 */
export function sittingDay(sessionDate: string, clause: string): string | undefined {
  const m = SITTING_DAY.exec(clause);
  if (!m?.[2] || !/^\d{4}-\d{2}-\d{2}$/u.test(sessionDate)) return undefined;
  const day = `${sessionDate.slice(0, 5)}${String(m[1] ?? sessionDate.slice(5, 7)).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  const span = (Date.parse(day) - Date.parse(sessionDate)) / 86_400_000;
  return span > 0 && span <= SESSION_MAX_DAYS ? day : undefined;
}

/** A whole day, its year known (2024-03-05) or not (--03-05). */
const FULL_DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/u;

/** The text's own day: a news dateline's publication day, else its event date when that is a whole day. */
function ownDay(doc: Doc): string | undefined {
  const line = datelineDay(doc);
  if (line) return resolveDate(doc, line.month, line.day, line.year);
  return doc.meta.eventDate?.length === 10 ? doc.meta.eventDate : undefined;
}

/** The day before an ISO day; a first of the month with no year (--03-01) has no known day before it. */
function dayBefore(day: string): string | undefined {
  const [y, m, d] = day.startsWith('--') ? [undefined, day.slice(2, 4), day.slice(5, 7)] : day.split('-');
  if (Number(d) > 1) return `${day.slice(0, -2)}${String(Number(d) - 1).padStart(2, '0')}`;
  if (y === undefined) return undefined;
  return new Date(Date.UTC(Number(y), Number(m) - 1, 0)).toISOString().slice(0, 10);
}

const DAY_COUNT: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7 };

/** A meeting's length as written: 为期两天 (no noun), 本届论坛为期三天 (the noun it names). */
export interface MeetingLength {
  noun?: string;
  days: number;
}

/** The meeting lengths a text writes (为期两天, 本届论坛为期三天), in order. */
export function lengthsIn(text: string): MeetingLength[] {
  return [...text.matchAll(LASTS_DAYS)].map((m) => {
    const days = DAY_COUNT[m[2] ?? ''] ?? Number(m[2]);
    return m[1] ? { noun: m[1], days } : { days };
  });
}

/**
 * The day `n` days after a whole ISO day (2025-10-18 + 1 → 2025-10-19); a day of unknown year
 * (--10-18) only within its month's first 28 days, as its month's length is unknown.
 */
export function addDays(day: string, n: number): string | undefined {
  if (!FULL_DAY.test(day)) return undefined;
  if (day.startsWith('--')) {
    const d = Number(day.slice(5, 7)) + n;
    return d >= 1 && d <= 28 ? `${day.slice(0, 5)}${String(d).padStart(2, '0')}` : undefined;
  }
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}
