// The meeting a speech's title names (在X会议上的讲话), dated by the speech's own year and dateline.
import type { Doc } from '../segment/index.js';
import { MEETING_NOUNS } from './lexicons/meetings.js';
import { docYear } from './meeting-dates.js';
import { nameYearOf, normName } from './meeting-names.js';
import type { MeetingMention } from './types.js';

/** A speech title naming its meeting: 在X会议上的讲话, X会议讲话, X大会致辞. */
const SPEECH_TITLE_MEETING =
  /^(?:在)?(.{2,40}?(?:会议|大会|座谈会|工作会|推进会|动员会|全会))(?:上)?(?:的)?(?:讲话|致辞|发言|工作报告|报告)/u;

/** A table-of-contents entry: a title, dot leaders (……, ....) and a page number. */
const TOC_ENTRY = /(?:…{2,}|\.{4,}|·{4,}|-{4,}|_{4,})\s*\d{1,4}$/u;

/** A collection of sample speeches (讲话稿范文(通用8篇), 讲话(精选5篇), 发言模板): templates, at no meeting held. */
const SAMPLE_COLLECTION = /(?:范文|范本|模板|\((?:精选|通用|优选|热门)?\d{1,2}篇\))/u;

/** A part label opening one text of a collection of samples (篇二:, 范文三:): a template, its meeting no event. */
const PART_LABEL = /^(?:篇|范文)[一二三四五六七八九十\d]{1,3}[:：]/u;

/** The dash opening a subtitle line. */
const SUBTITLE = /^(?:——|--|—|─{1,2})/u;

/**
 * The meeting a speech was given at, named by its title (or the subtitle under it) (全县卫生健康工作会议讲话),
 * unless the body names it (more fully: 2021年全县卫生健康工作暨…会议); dated
 * by the text's own year only.
 */
export function titleMeeting(doc: Doc, found: readonly MeetingMention[]): MeetingMention | undefined {
  const first = doc.blocks[0];
  if (first?.kind !== 'title') return undefined;
  // A main title with a subtitle line naming the occasion (——在X会议上的讲话).
  const second = doc.blocks[1];
  const sub = second ? SUBTITLE.exec(doc.text.slice(second.span.start, second.span.end)) : null;
  const titleLine = doc.text.slice(first.span.start, first.span.end);
  // A table of contents' entry (1.在X会议上的讲话……1) lists a speech; it is none.
  if (TOC_ENTRY.test(titleLine) || SAMPLE_COLLECTION.test(titleLine) || PART_LABEL.test(titleLine)) return undefined;
  const block = !SPEECH_TITLE_MEETING.test(titleLine) && sub && second ? second : first;
  const line = doc.text.slice(block.span.start, block.span.end);
  const m = SPEECH_TITLE_MEETING.exec(block === first ? line : line.slice(sub?.[0].length ?? 0));
  if (!m?.[1]) return undefined;
  const offset = line.indexOf(m[1]);
  let name = m[1];
  let start = block.span.start + offset;
  // 在年卫生健康工作会议上的讲话: the year was left out.
  const year = /^年度?/u.exec(name);
  if (year) {
    name = name.slice(year[0].length);
    start += year[0].length;
  }
  const noun = MEETING_NOUNS.find((n) => name.endsWith(n)) ?? '';
  const stem = normName(name).slice(0, -noun.length || undefined);
  // The body's form wins when it holds the whole title form (its year too).
  const yearStem = `${name.slice(0, name.length - normName(name).length)}${stem}`;
  if (stem.length < 2 || found.some((f) => (yearStem === stem ? normName(f.name) : f.name).includes(yearStem)))
    return undefined;
  const meeting: MeetingMention = {
    kind: 'meeting',
    span: { start, end: start + name.length },
    text: name,
    rule: 'meeting/title',
    name,
  };
  const y = nameYearOf(name) ?? docYear(doc);
  if (y !== undefined) meeting.date = String(y);
  // The speech's own date (its dateline) is the meeting's day.
  const day = doc.meta.eventDate;
  if (day && y !== undefined && day.startsWith(`${y}-`) && day.length === 10) meeting.date = day;
  return meeting;
}
