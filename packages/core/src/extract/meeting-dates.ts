import type { Doc } from '../segment/index.js';
import { textDate } from '../segment/index.js';

/** Words before a year that make it a target (力争到, 到, 至). */
const TARGET_BEFORE = /(?:到|至)$/u;

/**
 * The year the document's undated 月日 belong to: its own date, else the
 * latest year it names (the next one when the text sums that year up and
 * plans 今年). A text of a collection has no year but its own
 * event's: the page date and the years it reviews or plans are not when its
 * meetings met, so an unknown year stays unknown.
 */
export function docYear(doc: Doc): number | undefined {
  const ref = textDate(doc.meta);
  if (ref) return Number(ref.slice(0, 4));
  if (doc.meta.inCollection) return undefined;
  let max: number | undefined;
  let maxTarget: number | undefined;
  for (const m of doc.text.matchAll(/(20\d\d|19\d\d)年/gu)) {
    const y = Number(m[1]);
    // A target year (力争到2026年, 到2030年) is planned, not when the text was written.
    if (TARGET_BEFORE.test(doc.text.slice(Math.max(0, m.index - 3), m.index))) {
      if (maxTarget === undefined || y > maxTarget) maxTarget = y;
    } else if (max === undefined || y > max) max = y;
  }
  max ??= maxTarget;
  // 对2019年工作进行了全面总结,并对今年工作进行了安排部署: the year summed up is the last one.
  if (max !== undefined && new RegExp(`${max}年[^。\\n]{0,30}?(?:总结|回顾)[^。\\n]{0,30}?今年`, 'u').test(doc.text))
    return max + 1;
  return max;
}

/** ISO date of a 月日 phrase, given an optional year in the name and the document's year. */
export function resolveDate(doc: Doc, month: number, day: number | undefined, nameYear?: number): string {
  let year = nameYear ?? docYear(doc);
  const ref = textDate(doc.meta);
  if (!nameYear && ref && ref.length >= 7 && year !== undefined && month > Number(ref.slice(5, 7))) year -= 1;
  const mm = String(month).padStart(2, '0');
  const dd = day !== undefined ? `-${String(day).padStart(2, '0')}` : '';
  return year !== undefined ? `${year}-${mm}${dd}` : `--${mm}${dd}`;
}

/** A speech opening on its own meeting (今天,我们召开X). */
export const TODAY = /(?:今天|今日)/u;
/** The last 月日 before a 当天 clause. */
const MONTH_DAY = /(\d{1,2})月(\d{1,2})日/gu;

/** A clause on the day a report has named (当天/当日/同日), or during the visit it opened with (调研期间). */
const THAT_DAY = /(?:当天|当日|同日|(?:调研|检查|考察|视察|督导)期间)/u;

/**
 * The day a clause points to when it holds no date of its own: 当天 is the
 * last 月日 written before it (12月4日,副省长…调研。当天,…主持召开座谈会),
 * else the text's own day; 今天 in a speech is its dateline. A year in the
 * name must agree.
 */
export function dayOf(doc: Doc, before: string, clause: string, nameYear: string | undefined): string | undefined {
  const own = doc.meta.eventDate?.length === 10 ? doc.meta.eventDate : undefined;
  let day: string | undefined;
  if (THAT_DAY.test(clause)) {
    const last = [...before.matchAll(MONTH_DAY)].at(-1);
    day = last ? resolveDate(doc, Number(last[1]), Number(last[2]), nameYear ? Number(nameYear) : undefined) : own;
  } else if (TODAY.test(clause)) day = own;
  if (day?.length !== 10 || (nameYear && !day.startsWith(`${nameYear}-`))) return undefined;
  return day;
}
