import type { Doc } from '../segment/index.js';
import { similarNames } from './meeting-names.js';
import { sentenceStart } from './text-utils.js';
import type { MeetingMention } from './types.js';

/** Sentences at a text's start (title included) that may introduce the meeting its statements belong to. */
const LEAD_SENTENCES = 3;
/** A paragraph opening that refers back to the meeting just described (会上, 会议上). */
const BACK_REFERENCE = /^(?:会上|会议上|大会上|会中|在会上)/u;
/**
 * A paragraph or sentence opening set before the meeting (会前, 座谈会前, 开幕式前, 会议召开前):
 * what is said there was said on a visit, not at the meeting, on a day not stated.
 */
const BEFORE_MEETING = /^\p{Script=Han}{0,8}?(?:会|式)(?:召开)?前[,,]/u;
/** A date with its year written out (2014年12月, 2016年8月3日). */
const DATED = /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/gu;

/** The meeting and date a statement gets. */
export interface StatementOccasion {
  meeting?: string;
  date?: string;
}

/**
 * Where a statement was made, from the text itself and never from a
 * neighbour: nowhere known in a paragraph or sentence set before the meeting
 * (座谈会前,X一行来到…); else a held meeting named earlier in its paragraph (or before a
 * paragraph opening 会上), else the meeting the text's lead introduces,
 * with that meeting's date; a named subject (全省…会议强调)
 * keeps its own meeting and takes only that meeting's date; a date written
 * with its year in the statement's own sentence (2014年12月,…调研时指出)
 * dates it, with no meeting unless one is named in that sentence.
 *
 * @example occasionOf(doc, meetingsOf(doc), { at: 120 }).meeting
 */
export function occasionOf(
  doc: Doc,
  meetings: readonly MeetingMention[],
  options: { at: number; named?: string },
): StatementOccasion {
  const text = doc.text;
  const held = meetings.filter((m) => m.rule === 'meeting/held' || m.rule === 'meeting/title');
  if (options.named) {
    const named = options.named;
    const own = meetings.find((m) => similarNames(m.name, named) && scopeOf(m.name) === scopeOf(named));
    return own?.date ? { meeting: named, date: own.date } : { meeting: named };
  }
  const sStart = sentenceStart(text, options.at);
  const paraStart = text.lastIndexOf('\n', options.at - 1) + 1;
  if (
    BEFORE_MEETING.test(text.slice(paraStart, paraStart + 14)) ||
    BEFORE_MEETING.test(text.slice(sStart, sStart + 14))
  )
    return {};
  const before = held.filter((m) => m.span.start < options.at);
  const leadEnd = doc.sentences[LEAD_SENTENCES - 1]?.span.end ?? 0;
  // A meeting held earlier in the same paragraph; one before it when the paragraph opens with 会上;
  // else the meeting the text's lead introduces (a report's later 召开X mentions past events).
  const meeting =
    before.filter((m) => m.span.start >= paraStart).at(-1) ??
    (BACK_REFERENCE.test(text.slice(paraStart, paraStart + 4)) ? before.at(-1) : undefined) ??
    held.find((m) => m.span.start < leadEnd);
  let dated: RegExpExecArray | undefined;
  for (const m of text.slice(sStart, options.at).matchAll(DATED)) dated = m;
  // The sentence's date is the meeting's when the sentence names it (2025年6月9日,X主持召开Y会议), at any mention.
  const sEnd = text.slice(options.at).search(/[。\n]/u);
  const stop = sEnd < 0 ? text.length : options.at + sEnd;
  const inSentence = meeting && (meeting.mentions ?? [meeting.span]).some((s) => s.start >= sStart && s.start < stop);
  if (dated && !inSentence) {
    const [, y, mo, d] = dated;
    const date = `${y}-${String(mo).padStart(2, '0')}${d ? `-${String(d).padStart(2, '0')}` : ''}`;
    return { date };
  }
  if (!meeting) return {};
  return meeting.date ? { meeting: meeting.name, date: meeting.date } : { meeting: meeting.name };
}

function scopeOf(name: string): string | undefined {
  return /^(?:\d{4}年度?)?(全国|全省|全市|全县|全区|全州)/u.exec(name)?.[1];
}
