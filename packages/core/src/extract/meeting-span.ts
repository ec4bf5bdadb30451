// Where a meeting's name starts and ends in the text around its noun.
import { COLLECTIVE_BODY_END, HOLD_BEFORE, MEETING_LEFT_STOPS, MEETING_NOUNS } from './lexicons/meetings.js';
import { isHan, lexiconMatcher, wordBefore } from './text-utils.js';

const matchNoun = lexiconMatcher(MEETING_NOUNS);
/** Longest name before the meeting noun (2021年全县卫生健康工作暨全县卫生健康系统党建及党风廉政建设工作会议). */
export const MAX_NAME = 40;
/** A bracketed qualifier inside a name (党组(扩大)会议). */
const QUALIFIER_BEFORE = /\([\p{Script=Han}]{1,4}\)$/u;
/** A quoted term inside a name (“健康X”建设新闻发布会). */
const QUOTED_BEFORE = /“[\p{Script=Han}\d]{1,20}”$/u;

/** Start of the name ending at `end`: back over its characters to a sentence word or mark. */
export function leftEdge(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < MAX_NAME) {
    const ch = text[s - 1] ?? '';
    // A bracketed qualifier or a quoted term is part of the name when the name goes on around it.
    const inner =
      ch === ')' || ch === '”' ? (ch === ')' ? QUALIFIER_BEFORE : QUOTED_BEFORE).exec(text.slice(0, s)) : null;
    if (inner) {
      s -= inner[0].length;
      continue;
    }
    if (!/[\p{Script=Han}0-9]/u.test(ch)) break;
    // A day ends the dating clause before a name (已经2025年3月6日省政府常务会议审议通过).
    if (ch === '日' && /\d/u.test(text[s - 2] ?? '')) break;
    // 党的 is part of a name (党的工作暨党风廉政建设工作会议); any other 的 ends it.
    if (ch === '的' && text[s - 2] === '党') {
      s -= 2;
      continue;
    }
    const stop = wordBefore(text, s, MEETING_LEFT_STOPS);
    // 及 joins topics inside a name (党建及党风廉政建设工作会议) unless it joins two meetings (X会议及Y会议).
    const joinsTopics = stop === '及' && isHan(text[s - 2]) && !/(?:会议?|论坛)$/u.test(text.slice(0, s - 1));
    if (stop && !joinsTopics) break;
    s--;
  }
  return s;
}

/**
 * End of a joint meeting: A会议暨B会议 is one meeting, so the name runs on
 * over 暨 to the next meeting noun.
 */
export function jointEnd(text: string, end: number): number {
  if (text[end] !== '暨') return end;
  for (let k = end + 1; k < text.length && k - end <= MAX_NAME; k++) {
    if (!/[\p{Script=Han}\d]/u.test(text[k] ?? '')) return end;
    const noun = matchNoun(text, k);
    if (noun) return jointEnd(text, k + noun.length);
  }
  return end;
}

/** A day or time of day between a subject and its verb (市委常委会11月25日上午召开会议). */
const TIME_BETWEEN = /(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚间)?$/u;
/** Time words opening the clause before its subject (今天上午市委常委会召开会议). */
const TIME_LEAD = /^(?:今天|今日|昨天|昨日|当天|当日|同日|日前|近日|近期)?(?:上午|下午|晚上|晚间)?/u;

/**
 * The collective body written as the subject right before a hold-verb that ends at `end`
 * (市委常委会召开会议 → 市委常委会, 县卫生健康局党组11月3日召开扩大会议 → 县卫生健康局党组), if any:
 * such a body's meeting is named after it (市委常委会会议).
 */
export function collectiveBodyBefore(text: string, end: number): string | undefined {
  const time = TIME_BETWEEN.exec(text.slice(Math.max(0, end - 12), end))?.[0] ?? '';
  const bodyEnd = end - time.length;
  if (!COLLECTIVE_BODY_END.test(text.slice(Math.max(0, bodyEnd - 4), bodyEnd))) return undefined;
  const run = text.slice(leftEdge(text, bodyEnd), bodyEnd);
  const body = run.slice(TIME_LEAD.exec(run)?.[0].length ?? 0);
  // A bare 党委 or 党组 names no one body.
  return body.length >= 3 ? body : undefined;
}

/** Longest topic a name lists before 、 (全省医疗、医保、医药协同发展推进会: 全省医疗, 医保). */
const LISTED_TOPIC_MAX = 6;

/**
 * Start of a name that lists short topics joined by 、 before its own run (全省医疗、医保、医药协同
 * 发展工作推进会, from the run 医药协同发展工作推进会 at `start`): back over each short topic, when the
 * list opens the clause or follows a hold-verb; else `start`. A topic ending in a meeting noun is
 * another meeting (召开党组会、座谈会), and a long one is a clause of its own.
 */
export function listedTopicsStart(text: string, start: number): number {
  let s = start;
  while (text[s - 1] === '、') {
    const t = leftEdge(text, s - 1);
    const topic = text.slice(t, s - 1);
    if (topic.length === 0 || topic.length > LISTED_TOPIC_MAX || matchNounEnd(topic)) return start;
    s = t;
  }
  if (s === start) return start;
  const opens = s === 0 || !/[\p{Script=Han}\d]/u.test(text[s - 1] ?? '') || wordBefore(text, s, HOLD_BEFORE);
  return opens ? s : start;
}

const matchNounEnd = (s: string): boolean => /会议?$/u.test(s) || MEETING_NOUNS.some((n) => s.endsWith(n));
