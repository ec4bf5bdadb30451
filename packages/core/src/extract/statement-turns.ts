import type { Doc } from '../segment/index.js';
import { ANSWER_ROLES, HOST_ROLES, INVITED_ACTS, TURN_LABEL } from './lexicons/speech.js';
import { occasionOf } from './statement-meeting.js';
import { fullNames } from './statement-speakers.js';
import { canonicalName } from './transliterated-name.js';
import type { MeetingMention, OfficialMention, StatementMention } from './types.js';

/** A bracket holding the speaker, title or role first (【市卫健委主任X】), with an optional colon. */
const BRACKET_SPEAKER = /^【([^】\n]{2,30})】[::]?/u;

/** A labelled turn of a transcript: who speaks, in which role, and where the words start. */
interface Turn {
  role: string;
  name: string;
  /** The label line's span (【答】X:). */
  start: number;
  end: number;
  /** Where the turn's words start: after the colon, or on the next line when the label stands alone. */
  contentStart: number;
}

/**
 * The official a label of surname + title stands for (周主任:, 胡副局长:), as a
 * call-in or interview transcript writes it once the guests are introduced by
 * full name: the one named official with that surname holding a title ending
 * with the label's rest, else none (two 周主任 stay unread).
 */
function labelledOfficial(who: string, officials: readonly OfficialMention[]): string | undefined {
  if (who.length < 3 || who.length > 6) return undefined;
  const surname = who.slice(0, 1);
  const title = who.slice(1);
  const found = new Set(
    officials
      .filter((o) => !o.partial && o.name.length >= 2 && o.name.startsWith(surname) && !who.startsWith(o.name))
      .filter((o) => o.titles.some((t) => t.endsWith(title)))
      .map((o) => o.name),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** The labelled turns of a transcript (【发布人】X:, 【答】X:, 主持人X:), in text order. */
function turnsOf(text: string, names: readonly string[], officials: readonly OfficialMention[]): Turn[] {
  const turns: Turn[] = [];
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    const line = text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
    // 【主持人覃某】 / 【市卫健委主任莫某】: the bracket itself holds the speaker.
    const m = TURN_LABEL.exec(line) ?? BRACKET_SPEAKER.exec(line);
    if (!m) continue;
    const bracketed = m[3] === undefined && names.some((n) => canonicalName(m[1] ?? '').endsWith(n));
    const who = canonicalName(bracketed ? (m[1] ?? '') : (m[3] ?? ''));
    // The label names a person the text introduces, possibly after a title (市卫健委主任X).
    const name = names.find((n) => who.endsWith(n)) ?? (m[1] || m[2] ? undefined : labelledOfficial(who, officials));
    const role = m[1] ?? m[2] ?? '';
    if (!name && !role) continue;
    const end = at + m[0].length;
    const sameLine = text[end] !== '\n' && end < text.length;
    turns.push({ role, name: name ?? '', start: at, end, contentStart: sameLine ? end : end + 1 });
  }
  return turns;
}

/**
 * Who the previous turn invited to answer (主持人:请X院长回答。 then 答:…): the
 * full name written in the invitation, else the one official with that surname
 * and title (请詹院长回答).
 */
function invitedSpeaker(
  text: string,
  previous: Turn | undefined,
  turn: Turn,
  officials: readonly OfficialMention[],
): string | undefined {
  if (!previous || !HOST_ROLES.some((r) => previous.role.includes(r))) return undefined;
  const invited = [...text.slice(previous.contentStart, turn.start).matchAll(INVITED_ACTS)].at(-1);
  const who = canonicalName(invited?.[1] ?? '');
  if (!who) return undefined;
  const named = fullNames(officials).filter((n) => who.startsWith(n));
  if (named.length === 1) return named[0];
  const titled = fullNames(officials).filter((n) =>
    officials.some(
      (o) => o.name === n && n.startsWith(who.slice(0, 1)) && o.titles.some((t) => t.endsWith(who.slice(1))),
    ),
  );
  return titled.length === 1 ? titled[0] : undefined;
}

/**
 * A host's header line (主持人:市政府新闻办主任X): a title chain ending with the host's name, no
 * words; not an unpunctuated turn calling on someone (主持人:下面有请X).
 */
const HOST_HEADER = /^(?!.*(?:请|谢谢|感谢|欢迎|下面))[\p{Script=Han}、]{0,40}$/u;

/**
 * A turn of greetings or thanks only (主持人好,听众朋友们好! / 大家好! / 谢谢主持人。):
 * the guest answers the welcome, no act.
 */
const GREETING_ONLY =
  /^(?:(?:[\p{Script=Han}]{0,8}?(?:好|早上好|上午好|下午好|晚上好)|(?:谢谢|感谢)[\p{Script=Han}]{0,6})[,、!。]?)+$/u;

/** A questioner's turn ending right before (江城日报记者:…? / 问:…), its line whole. */
const QUESTION_BEFORE = /(?:^|\n)(?:[^\n:]{0,20}记者|问|【[^】\n]{0,8}问】[^\n:]{0,20}):[^\n]*\n$/u;

/** The act the previous turn invited (请X主任通报…): its verb, when it names this speaker. */
function invitedAct(text: string, previous: Turn | undefined, turn: Turn): string | undefined {
  if (!previous) return undefined;
  const words = text.slice(previous.contentStart, turn.start);
  const surname = turn.name.slice(0, 1);
  for (const m of words.matchAll(INVITED_ACTS)) {
    const who = canonicalName(m[1] ?? '');
    if (who.includes(turn.name) || who.startsWith(surname)) return m[2];
  }
  return undefined;
}

/** A 纪要's header field naming the chair (主　　持:党委副书记、院长　X), its value up to the line's end. */
const CHAIR_FIELD = /^主[\s\u3000]*持[\s\u3000]*[::][\s\u3000]*([^\n]{2,40})$/gmu;

/**
 * The chair a 会议纪要's header field names (主持:title X; 主　　持:X): X's content-less
 * 主持, when the value ends with the full name of an official of the text.
 */
function chairFields(doc: Doc, names: readonly string[], meetings: readonly MeetingMention[]): StatementMention[] {
  const out: StatementMention[] = [];
  for (const m of doc.text.matchAll(CHAIR_FIELD)) {
    const value = (m[1] ?? '').replace(/[\s\u3000]+$/u, '');
    const name = names.find((n) => value.endsWith(n));
    if (!name) continue;
    const end = (m.index ?? 0) + m[0].length - ((m[1] ?? '').length - value.length);
    const st: StatementMention = {
      kind: 'statement',
      span: { start: m.index ?? 0, end },
      text: doc.text.slice(m.index ?? 0, end),
      rule: 'statement/chair-field',
      speaker: name,
      speakerSpan: { start: end - name.length, end },
      verb: '主持',
    };
    const occasion = occasionOf(doc, meetings, { at: m.index ?? 0 });
    if (occasion.meeting) st.meeting = occasion.meeting;
    if (occasion.date) st.date = occasion.date;
    out.push(st);
  }
  return out;
}

/**
 * Statements of a transcript's labelled turns (新闻发布会实录, 访谈): each
 * turn of a named official is one act whose content is the turn's first
 * paragraph, greeting included. The verb is 回答 for an answer (【答】X:, or a
 * bare 答: whose speaker the host's turn before it invited), else the act the
 * host invited (请X介绍/通报…), else 回答 right after a journalist's question, else 介绍. A header naming the host
 * (主持人:title X) is X's content-less 主持; the host's procedural turns and
 * anonymous questioners give none.
 *
 * @example turnStatements(doc, officialsOf(doc), meetingsOf(doc))
 */
export function turnStatements(
  doc: Doc,
  officials: readonly OfficialMention[],
  meetings: readonly MeetingMention[],
): StatementMention[] {
  const text = doc.text;
  const names = fullNames(officials);
  const turns = turnsOf(text, names, officials);
  const out: StatementMention[] = [];
  turns.forEach((turn, k) => {
    let end = text.indexOf('\n', turn.contentStart);
    if (end < 0) end = text.length;
    const words = text.slice(turn.contentStart, end);
    const answer = ANSWER_ROLES.some((r) => turn.role.includes(r));
    const host = HOST_ROLES.some((r) => turn.role.includes(r));
    const hosting = host && !turn.name && HOST_HEADER.test(words) ? names.find((n) => words.endsWith(n)) : undefined;
    const speaker = hosting ?? turn.name ?? '';
    const name = speaker || (answer ? invitedSpeaker(text, turns[k - 1], turn, officials) : undefined);
    if (!name || (host && !hosting) || end <= turn.contentStart || (!hosting && GREETING_ONLY.test(words))) return;
    // A turn right after a journalist's question (X记者:…?) answers it.
    const asked = QUESTION_BEFORE.test(text.slice(Math.max(0, turn.start - 160), turn.start));
    const invited = invitedAct(text, turns[k - 1], turn);
    const verb = hosting ? '主持' : answer ? '回答' : (invited ?? (asked ? '回答' : '介绍'));
    const st: StatementMention = {
      kind: 'statement',
      span: { start: turn.start, end: turn.end },
      text: text.slice(turn.start, turn.end),
      rule: hosting ? 'statement/turn-host' : 'statement/turn',
      speaker: name,
      verb,
    };
    // The name as written: in the label (X:) or at the header's end; an invited answerer's is not in the turn.
    const nameEnd = hosting ? end : turn.end - 1;
    if (speaker) st.speakerSpan = { start: nameEnd - name.length, end: nameEnd };
    if (!hosting) {
      st.content = { start: turn.contentStart, end };
      st.contentText = words;
    }
    const occasion = occasionOf(doc, meetings, { at: turn.start });
    if (occasion.meeting) st.meeting = occasion.meeting;
    if (occasion.date) st.date = occasion.date;
    out.push(st);
  });
  out.push(...chairFields(doc, names, meetings));
  return out;
}
