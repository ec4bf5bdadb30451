// A study group's numbered study session (理论学习中心组举行2025年第5次集中学习): a meeting the
// text writes with no meeting noun, only the ordinal of the body's sessions.
import type { Doc } from '../segment/index.js';
import { resolveDate } from './meeting-dates.js';
import { nameYearOf } from './meeting-names.js';
import { leftEdge } from './meeting-span.js';
import type { MeetingMention } from './types.js';

/**
 * The hold-verb and the session's name (举行2025年第5次集中学习, 进行第十二次集体学习, 举行集中学习);
 * group 1 the name, group 2 its ordinal. A 学习会 or 学习班 after it is a meeting noun the main rule reads.
 */
const SESSION =
  /(?:举行|开展|召开|进行|组织开展)了?((?:\d{4}年度?)?(?:(第[\d一二三四五六七八九十]{1,3}次)(?:集中|集体|专题)?|(?:集中|集体|专题))(?:理论)?学习(?:研讨)?)(?![会班]|\([^()]{1,4}\)[会班])/gu;
/** The body holding its own sessions, written right before the verb (党组理论学习中心组(扩大), 政治局). */
const BODY_END = /(?:中心组|政治局|党组|党委|党工委|常委会)(?:\(扩大\))?$/u;
/** A day or time of day between the body and its verb (中心组6月12日下午举行…). */
const TIME_BETWEEN = /(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上)?$/u;
/** Time words left at the head of the body's run (下午市卫生健康委…). */
const TIME_LEAD = /^(?:今天|今日|当天|当日|同日|日前|近日)?(?:上午|下午|晚上)?/u;
/** A month-day in the clause before the body (6月12日下午,…). */
const MONTH_DAY = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/u;

/** The numbered study sessions a text says a body held, named after the body (X中心组2025年第5次集中学习). */
export function* studySessions(doc: Doc): Iterable<MeetingMention> {
  const text = doc.text;
  for (const m of text.matchAll(SESSION)) {
    const session = m[1] ?? '';
    const time = TIME_BETWEEN.exec(text.slice(Math.max(0, m.index - 10), m.index))?.[0] ?? '';
    const bodyEnd = m.index - time.length;
    if (!BODY_END.test(text.slice(Math.max(0, bodyEnd - 8), bodyEnd))) continue;
    const run = text.slice(leftEdge(text, bodyEnd), bodyEnd);
    const body = run.slice(TIME_LEAD.exec(run)?.[0].length ?? 0);
    // A bare 党组 or 中心组 names no one body.
    if (body.length < 4) continue;
    const clauseStart = Math.max(...['。', '\n', ';'].map((c) => text.lastIndexOf(c, m.index))) + 1;
    const md = MONTH_DAY.exec(text.slice(clauseStart, m.index));
    // Without its ordinal (中心组举行集中学习) a session is one only on the day the clause writes.
    if (!m[2] && !md) continue;
    const year = md?.[1] ?? nameYearOf(session);
    const start = bodyEnd - body.length;
    const name = `${body}${session}`;
    const meeting: MeetingMention = {
      kind: 'meeting',
      span: { start, end: m.index + m[0].length },
      text: text.slice(start, m.index + m[0].length),
      rule: 'meeting/held',
      name,
    };
    if (md?.[2]) meeting.date = resolveDate(doc, Number(md[2]), Number(md[3]), year ? Number(year) : undefined);
    else if (year) meeting.date = year;
    yield meeting;
  }
}
