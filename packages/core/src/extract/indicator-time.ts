import type { Doc } from '../segment/index.js';
import { textDate } from '../segment/index.js';
import {
  BARE_YEAR_PART,
  PERIOD_BASE_BEFORE,
  PERIOD_OPENERS,
  PERIOD_TARGET_BEFORE,
  YEAR_PART,
} from './lexicons/units.js';
import { quotedTerms } from './quoted.js';

/**
 * What a time expression does to the values around it: a `frame` (2023年,…;
 * 今年以来) sets the period of what follows; a `target`'s deadline (力争到2025年,
 * 年底前) sets it for its own sentence only; a comparison `base` (比上年, 较2020年,
 * 由2020年的) only for the value right after it.
 */
export type TimeRole = 'frame' | 'target' | 'base';

/** A time expression of the text with the period it names. */
export interface TimeExpr {
  start: number;
  end: number;
  /** Undefined for a placeholder (202-年): the period is unknown, and nothing older governs. */
  period: string | undefined;
  /** 上年 (-1), 年末 (0): counted from the year that governs the expression, else from the document's year. */
  offset?: number;
  role: TimeRole;
  /** Opens its clause (2023年,… / 截至5月底,…): a frame for the rest of the paragraph. */
  initial: boolean;
}

/** The document's date as year and month, when it has one (see `textDate`). */
export interface DocDate {
  year?: number;
  month?: number;
}

type Resolved = { period: string | undefined; offset?: number; target?: true };
/**
 * How a month without a year looks forward: `from` for a span that starts now (即日起至9月15日),
 * `deadline` for a time limit (9月15日前, 力争11月底), `none` for a date that may lie behind.
 */
type Forward = 'from' | 'deadline' | 'none';
type Rule = readonly [RegExp, (m: RegExpExecArray, d: DocDate, forward: Forward) => Resolved];

const Y4 = '(?<!\\d)((?:19|20)\\d\\d)';
const NUM = '(?:\\d{1,2}|[一二两三四五六七八九十]+)';

/**
 * The time expressions of the genre, in order of precedence where two start
 * at the same place with the same length. Each names its period from the
 * document's date; an undated text keeps the words as written (今年).
 */
const RULES: readonly Rule[] = [
  // 202-年, 20xx年: a placeholder year; the period is unknown.
  [/(?:\d{2,3}[-xX×]{1,2}|[xX×]{4})年(?:底|末)?/gu, () => ({ period: undefined })],
  // 2025—2027年, 2025年至2027年.
  [new RegExp(`${Y4}年?(?:—|–|-|~|至|到)((?:19|20)\\d\\d)年(?:度)?`, 'gu'), (m) => ({ period: `${m[1]}—${m[2]}` })],
  [new RegExp(`${Y4}年(?:度)?(${YEAR_PART})`, 'gu'), (m) => ({ period: yearPart(Number(m[1]), m[2] ?? '') })],
  [new RegExp(`${Y4}年(\\d{1,2})月(\\d{1,2})日`, 'gu'), (m) => ({ period: iso(Number(m[1]), m[2], m[3]) })],
  [new RegExp(`${Y4}年(\\d{1,2})月(?:份)?(?:底|末)?`, 'gu'), (m) => ({ period: iso(Number(m[1]), m[2]) })],
  // 2023年以来 spans years: the text's own wording.
  [new RegExp(`${Y4}年以来`, 'gu'), (m) => ({ period: m[0] })],
  [new RegExp(`${Y4}年(?:度|底|末|初)?`, 'gu'), (m) => ({ period: m[1] })],
  [
    new RegExp(`(今年|本年|去年|明年)(?:度)?(${YEAR_PART})`, 'gu'),
    (m, d) => relative(m, d, (y) => yearPart(y + (m[1] === '去年' ? -1 : m[1] === '明年' ? 1 : 0), m[2] ?? '')),
  ],
  [/今年以来/gu, (m, d) => relative(m, d, (y) => String(y))],
  [/去年以来/gu, (m) => ({ period: m[0] })],
  [/今年(?:年底|年末|底|末)?|本年度/gu, (m, d) => relative(m, d, (y) => String(y))],
  [/去年|过去一年|上一年度/gu, (m, d) => relative(m, d, (y) => String(y - 1))],
  [/明年/gu, (m, d) => relative(m, d, (y) => String(y + 1))],
  // 上年 is the year before the one the sentence is about (2024年…由上年的11.6%降至4.3%).
  [/上一?年(?!级|度)/gu, () => ({ period: undefined, offset: -1 })],
  // 年末, 年内, 年底前: the end of the year the text is about (2024年末…。年末全市床位…), a deadline in it.
  [/(?<![\d一二两三四五六七八九十百今去明本年每])年(?:底|末)(?!前)/gu, () => ({ period: undefined, offset: 0 })],
  [
    /(?<![\d一二两三四五六七八九十百今去明本年每])年(?:内|底前|末前)/gu,
    () => ({ period: undefined, offset: 0, target: true }),
  ],
  // 3年内, 六个月内: a deadline counted from now, as written.
  [new RegExp(`(?<![近过去前这此之每])${NUM}(?:年|个月)内`, 'gu'), (m) => ({ period: m[0], target: true })],
  // 近年来, 近五年, 三年来, 过去5年: spans of years, as written.
  [
    new RegExp(
      `近年来|近${NUM}年(?:来|以来)?|(?<![\\d年第])${NUM}年(?:来|以来)|过去(?:\\d{1,2}|[二两三四五六七八九十]+)年`,
      'gu',
    ),
    (m) => ({ period: m[0] }),
  ],
  [new RegExp(`(?<!每)(?:${BARE_YEAR_PART})`, 'gu'), (m, d) => relative(m, d, (y) => yearPart(y, m[0]))],
  [
    /截(?:至|止)(?:目前|当前|现在|发稿时?)/gu,
    (m, d) => ({ period: d.year === undefined ? m[0] : iso(d.year, d.month) }),
  ],
  [/(?<![\d年xX×])(\d{1,2})月(\d{1,2})日/gu, (m, d, f) => ({ period: monthOf(m, d, f, m[2]) })],
  [/(?<![\d年xX×])(\d{1,2})月(?:份)?(?:底|末)/gu, (m, d, f) => ({ period: monthOf(m, d, f) })],
];

/**
 * The time expressions of a text, in text order, without overlaps (the
 * longest wins: 2024年5月底 over 2024年). Quoted terms and 《》 titles
 * (《健康中国行动(2019—2030年)》) name things, not periods, and are skipped.
 */
export function timeExpressions(doc: Doc): TimeExpr[] {
  const text = doc.text;
  const date = docDate(doc);
  const excluded = [...quotedTerms(doc)].map((q) => [q.start, q.end] as const);
  for (const m of text.matchAll(/《[^《》\n]*》/gu)) excluded.push([m.index, m.index + m[0].length]);
  const found: Array<TimeExpr & { rule: number }> = [];
  RULES.forEach(([re, resolve], rule) => {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (excluded.some(([s, e]) => start < e && s < end)) continue;
      const r = resolve(m as RegExpExecArray, date, forwardOf(text, start, end));
      const role = roleOf(text, start, end, r.target === true);
      const e: TimeExpr & { rule: number } = {
        start,
        end,
        period: r.period,
        role,
        initial: opensClause(doc, start),
        rule,
      };
      if (r.offset !== undefined) e.offset = r.offset;
      found.push(e);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  const out: TimeExpr[] = [];
  for (const { rule: _, ...e } of found) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

/** The document's date (`textDate`: the event it reports, else its publication) as year and month. */
export function docDate(doc: Doc): DocDate {
  const ref = textDate(doc.meta);
  const d: DocDate = {};
  if (ref && /^\d{4}/u.test(ref)) d.year = Number(ref.slice(0, 4));
  if (ref && /^\d{4}-\d{2}/u.test(ref)) d.month = Number(ref.slice(5, 7));
  return d;
}

function roleOf(text: string, start: number, end: number, target: boolean): TimeRole {
  const before = text.slice(Math.max(0, start - 4), start);
  if (PERIOD_BASE_BEFORE.test(before) || text.startsWith('同期', end)) return 'base';
  if (target || PERIOD_TARGET_BEFORE.test(before) || text[end] === '前') return 'target';
  return 'frame';
}

/** The expression opens its clause: after a clause end, a paragraph's start or its marker, or an opener (截至, 在). */
function opensClause(doc: Doc, start: number): boolean {
  const text = doc.text;
  const opener = PERIOD_OPENERS.exec(text.slice(Math.max(0, start - 4), start));
  const at = start - (opener?.[0].length ?? 0);
  if (at === 0 || /[,。;:!?\n]/u.test(text[at - 1] ?? '')) return true;
  const block = doc.blocks.find((b) => b.span.start <= at && at <= b.span.end);
  return (
    block?.marker !== undefined &&
    text.startsWith(block.marker, block.span.start) &&
    at === block.span.start + block.marker.length
  );
}

/** Words before a date that open a span from now to it (即日起至, 自7月1日起到). */
const FROM_NOW_TO = /起(?:至|到)$/u;
/** Words before a date that make it a target's time limit (力争, 确保在). */
const LIMIT_BEFORE = /(?:力争|争取|确保|预计|计划|目标(?:是|为)?)(?:在|于|到|至)?$/u;
/** Words before a date with 前 that report a limit already met (已于12月10日前完成). */
const DONE_BEFORE = /已(?:经)?(?:于|在)?$/u;

/**
 * Whether a date looks forward from the document's date: the end of a span starting now
 * (即日起至9月15日), a time limit (9月15日前, 力争11月底) unless already met (已于…前). A bare 至
 * (至11月底,全市累计…) may be a cut-off of what was achieved, and looks nowhere.
 */
function forwardOf(text: string, start: number, end: number): Forward {
  const before = text.slice(Math.max(0, start - 6), start);
  if (FROM_NOW_TO.test(before)) return 'from';
  if (DONE_BEFORE.test(before)) return 'none';
  return LIMIT_BEFORE.test(before) || text[end] === '前' ? 'deadline' : 'none';
}

/** A period counted from the document's year, or the words as written when the document has no date. */
function relative(m: RegExpExecArray, d: DocDate, from: (year: number) => string): Resolved {
  return { period: d.year === undefined ? m[0] : from(d.year) };
}

/**
 * 5月底, 3月25日 with no year: the document's year, or the year before when the month is still to
 * come. A date that looks forward is never behind: a deadline (9月15日前) is of the document's
 * year, and the end of a span from now (即日起至3月31日) of the next when its month has passed.
 */
function monthOf(m: RegExpExecArray, d: DocDate, forward: Forward, day?: string): string {
  if (d.year === undefined) return m[0];
  const month = Number(m[1]);
  const passed = d.month !== undefined && month < d.month;
  const toCome = d.month !== undefined && month > d.month;
  const year = forward === 'from' ? d.year + (passed ? 1 : 0) : forward === 'deadline' || !toCome ? d.year : d.year - 1;
  return iso(year, m[1], day);
}

function iso(year: number, month?: string | number, day?: string): string {
  const two = (n: string | number) => String(n).padStart(2, '0');
  const parts = [String(year)];
  if (month !== undefined) parts.push(two(month));
  if (day !== undefined) parts.push(two(day));
  return parts.join('-');
}

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** 上半年, 二季度, 1至5月 of a year, as an interval of months (`2024-01/2024-06`). */
function yearPart(year: number, part: string): string {
  const span = (a: number, b: number) => `${iso(year, a)}/${iso(year, b)}`;
  if (part === '上半年') return span(1, 6);
  if (part === '下半年') return span(7, 12);
  if (part === '前三季度') return span(1, 9);
  const q = /^第?([一二三四1-4])季度$/u.exec(part);
  if (q) {
    const n = QUARTERS[q[1] ?? ''] ?? 1;
    return span(3 * n - 2, 3 * n);
  }
  const months = /^(\d{1,2})\D+?(\d{1,2})月/u.exec(part);
  return months ? span(Number(months[1]), Number(months[2])) : String(year);
}
