// Hold-verbs that tell no one event: a plan (适时召开, 要及时召开, 6月30日前召开), a routine
// (每月召开), or kinds of meeting listed as a way of working (通过召开座谈会、发放问卷等方式).
import { PLANNED_BEFORE } from './lexicons/meetings.js';
import { wordBefore } from './text-utils.js';

/** A deadline before the hold-verb (要在4月15日前召开, 月底前召开); a bare 日前 (recently) is none. */
const DEADLINE = /(?:\d日|月底|年底|年内|\d月)前$/u;
/**
 * A modal a few words before the hold-verb (要及时召开, 应当按要求召开, 须适时组织召开); 要 of 主要 or
 * 重要 and 应 of 应急 are no modal (市委主要领导主持召开, 县应急局召开).
 */
const MODAL = /(?:(?<![主重纪提摘概简需])要|应当|应该|(?<![必无])须|需要|务必)\p{Script=Han}{0,4}$/u;
/** A routine before the hold-verb (每周召开院务会, 每季度组织召开). */
const ROUTINE = /每(?:周|月|季度|季|年|半年|旬|日|天)\p{Script=Han}{0,2}$/u;

/**
 * Whether the hold-verb `verb`, ending at `verbAt + verb.length` and starting at `verbAt`, holds a
 * meeting only planned or routine: a plan word right before it (适时, 拟, 将), a deadline, a
 * modal or a routine a few words before it. A verb written with 了 (召开了) tells what was done.
 */
export function plannedHold(text: string, verbAt: number, verb: string): boolean {
  if (wordBefore(text, verbAt, PLANNED_BEFORE)) return true;
  const lead = text.slice(Math.max(0, verbAt - 8), verbAt);
  if (DEADLINE.test(lead) || ROUTINE.test(lead)) return true;
  return !verb.endsWith('了') && MODAL.test(lead);
}

/** A name followed by another item of a list (召开座谈会、发放问卷; 召开党组会议、专题会议和座谈会). */
const LISTED_AFTER = /^[、和及与]/u;
/** A month-day in a clause. */
const MONTH_DAY = /\d{1,2}月\d{1,2}日/u;

/**
 * Whether a meeting named by a bare kind is one of a list of ways of working (通过召开座谈会、
 * 发放调查问卷等方式, 先后召开党组会议、专题会议): listed on, in a clause that dates no day.
 */
export function listedKind(text: string, end: number, clause: string): boolean {
  return LISTED_AFTER.test(text.slice(end, end + 1)) && !MONTH_DAY.test(clause);
}
