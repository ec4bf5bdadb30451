/** Deadlines with a target: 3年内要建成…, 两年内实现…, 六个月内完成整改. */

import { posTag } from './pos.js';
import { isHan } from './text-utils.js';

/** `N年内`, `N个月内`: a period counted from now. */
const DEADLINE = /^(年|个月|月)内/u;
/** Words before the number that make it a past span (近三年内, 过去5年内), not a deadline. */
const PAST_SPAN = /(?:近|过去|前|这|此|之)$/u;
/** Modal words between a deadline and its verb (3年内要建成, 两年内力争实现). */
const MODALS = /^(?:要|将|须|必须|应|应当|力争|争取|基本|全部|全面|逐步|确保|务必|能)$/u;
const CLAUSE_END = /[,。;:!?\n]/u;

/** A deadline read after its number: where `N年内` ends and its unit. */
export interface Deadline {
  end: number;
  unit: '年' | '月';
}

/**
 * A deadline with a target (3年内要建成…, 两年内实现…) after the number that ends at `end`: a
 * fact of N years or months, a target, its period as written (`3年内`). A deadline not followed by
 * a verb (3年内,…), a past span (近三年内), or one whose clause holds a value (3年内培养全科医生200名:
 * the period of that value) is none.
 *
 * @example deadlineAt('3年内要建成三级医院', 0, 1) // { end: 3, unit: '年' }
 */
export function deadlineAt(text: string, start: number, end: number): Deadline | undefined {
  const m = DEADLINE.exec(text.slice(end));
  if (!m) return undefined;
  if (PAST_SPAN.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  const after = end + m[0].length;
  const tokens = posTag(text.slice(after, after + 10));
  const verb = tokens.find((t) => !MODALS.test(t.word) && !/^(d|ad)$/u.test(t.tag));
  if (!verb || !/^v/u.test(verb.tag) || !isHan(verb.word[0])) return undefined;
  // Every token before the verb must be a modal or adverb (3年内,我市… is no deadline phrase).
  if (tokens[0] && !isHan(tokens[0].word[0])) return undefined;
  let clauseEnd = after;
  while (clauseEnd < text.length && !CLAUSE_END.test(text[clauseEnd] ?? '')) clauseEnd++;
  if (/\d/u.test(text.slice(after, clauseEnd))) return undefined;
  return { end: after, unit: m[1] === '年' ? '年' : '月' };
}
