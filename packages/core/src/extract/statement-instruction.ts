import type { Doc } from '../segment/index.js';
import type { StatementOccasion } from './statement-meeting.js';
import { sentenceStart } from './text-utils.js';
import type { OfficialMention } from './types.js';

/** A speech verb right after 批示 that hands over its content (作出批示指出,要…). */
const INSTRUCTION_SAYS = /^[,:]?(?:指出|要求|强调|表示)/u;
/** An undated past written before the verb (日前, 近日): made before the meeting being reported. */
const UNDATED_PAST = /日前|近日|近期|此前|前不久|不久前/u;
/** A day written in the 批示's own sentence (8月9日, 2025年8月9日). */
const DAY = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日/gu;

/** Where a 批示's content starts: after a speech verb that relays it (作出批示指出,要… → 要…). */
export function instructionContentAt(text: string, vEnd: number): number {
  const says = INSTRUCTION_SAYS.exec(text.slice(vEnd, vEnd + 4));
  return says ? vEnd + says[0].length : vEnd;
}

/**
 * The meeting and date of a 批示. It is written, not said at the meeting that
 * relays it: one made 日前/近日 has neither; one dated in its own sentence
 * (8月9日,X在…上批示) has that day (year from the meeting, else the text) and
 * the meeting only when it is that day; an undated one in a meeting report is
 * the meeting's, with no date (the gold sets: date of the 批示 not stated).
 *
 * @example instructionOccasion(doc, occasionOf(doc, meetings, { at }), { speakerAt, verbAt })
 */
export function instructionOccasion(
  doc: Doc,
  occasion: StatementOccasion,
  options: { speakerAt: number; verbAt: number },
): StatementOccasion {
  const text = doc.text;
  const before = text.slice(sentenceStart(text, options.speakerAt), options.verbAt);
  if (UNDATED_PAST.test(before)) return {};
  let day: RegExpExecArray | undefined;
  for (const m of before.matchAll(DAY)) day = m;
  if (!day) return occasion.meeting ? { meeting: occasion.meeting } : {};
  const [, y, mo, d] = day;
  const year = y ?? occasion.date?.slice(0, 4) ?? doc.meta.published?.slice(0, 4);
  if (!year) return {};
  const date = `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return occasion.meeting && occasion.date === date ? { meeting: occasion.meeting, date } : { date };
}

/**
 * Co-signers of a joint 批示 written earlier in its sentence (省委书记甲,省长乙对…作出批示 → [甲]).
 *
 * @example coSigners(text, officialsOf(doc), { start, name }).map((o) => o.name)
 */
export function coSigners(
  text: string,
  officials: readonly OfficialMention[],
  signer: { start: number; name: string },
): OfficialMention[] {
  return officials.filter((o) => {
    if (o.partial || o.name === signer.name || o.span.end > signer.start) return false;
    const between = text.slice(o.span.end, signer.start);
    return !/[。;\n]/u.test(between) && between.length <= 30;
  });
}
