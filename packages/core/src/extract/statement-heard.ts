import type { Doc } from '../segment/index.js';
import { HEARD_REPORT } from './lexicons/speech.js';
import { occasionOf } from './statement-meeting.js';
import { fullNames } from './statement-speakers.js';
import { canonicalName } from './transliterated-name.js';
import type { MeetingMention, OfficialMention, StatementMention } from './types.js';

/**
 * Reports a meeting heard (会议听取了市卫健委主任X关于Y的汇报, 听取了X作的关于Y的报告):
 * the speaker comes after the verb, so the speaker-first reading misses them.
 * Each is a 汇报 (or 作报告, 作专项工作报告 as the kind is written) of the named
 * official with 关于Y as its content.
 *
 * @example heardReports(doc, officialsOf(doc), meetingsOf(doc))
 */
export function heardReports(
  doc: Doc,
  officials: readonly OfficialMention[],
  meetings: readonly MeetingMention[],
): StatementMention[] {
  const text = doc.text;
  const names = fullNames(officials);
  const out: StatementMention[] = [];
  for (const m of text.matchAll(HEARD_REPORT)) {
    const who = m[1] ?? '';
    const topic = m[2] ?? '';
    const name = names.find((n) => canonicalName(who).endsWith(n));
    if (!name || topic.length < 2) continue;
    const at = m.index ?? 0;
    const whoAt = at + m[0].indexOf(who) + who.length - name.length;
    // The topic as written, with its 关于 (关于Y: a report's title reads so).
    const topicAt = at + m[0].indexOf(topic, m[0].indexOf(who) + who.length) - 2;
    const st: StatementMention = {
      kind: 'statement',
      span: { start: at, end: at + m[0].length },
      text: m[0],
      rule: 'statement/heard-report',
      speaker: name,
      speakerSpan: { start: whoAt, end: whoAt + name.length },
      // The act as a speaker's own would read: 汇报, or 作(kind)报告 for a 报告 (作了专项工作报告).
      verb: m[4] === '报告' ? `作${m[3] ?? ''}报告` : '汇报',
      content: { start: topicAt, end: topicAt + topic.length + 2 },
      contentText: `关于${topic}`,
    };
    const occasion = occasionOf(doc, meetings, { at });
    if (occasion.meeting) st.meeting = occasion.meeting;
    if (occasion.date) st.date = occasion.date;
    out.push(st);
  }
  return out;
}
