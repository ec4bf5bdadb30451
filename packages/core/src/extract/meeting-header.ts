// The field-label header of a meeting's own record (a press conference's 实录, a 会议纪要):
// 时间:/地点:/主持人: lines under the title say when and where the title's meeting met.
import { findDate } from '../normalize/index.js';
import type { Doc } from '../segment/index.js';
import { MEETING_NOUNS } from './lexicons/meetings.js';
import { officialsOf } from './official.js';
import { stripQuotes } from './text-utils.js';
import type { MeetingMention } from './types.js';

/** What a record's header says of its meeting. */
export interface MeetingHeader {
  /** ISO date from the 时间/日期 field. */
  date?: string;
  location?: string;
  /** The name closing the 主持人 field (主持人:市政府新闻办主任 张三 → 张三). */
  chair?: string;
}

/** A header field line: (会议)时间:, 地点:, 主持人:, 发布人:, 参会人员: …; group 1 the key, 2 the value. */
const FIELD_LINE =
  /^(?:会议)?(时间|日期|地点|主持人|主持|发布人|出席人员|参会人员|参加人员|出席|列席|记录人|记录)[:：]\s*(.*)$/u;
/** Keys only a meeting's header has (a page's chrome prints 时间 and 发布人 too, never 地点 or 主持人). */
const EVENT_KEY = /^(?:地点|主持人|主持|出席人员|参会人员|参加人员|出席|列席|记录人|记录)$/u;
/** A page-chrome date line that was a header field (时间:2026年5月14日(星期四)上午10:00). */
const TIME_FIELD = /^\s*(?:会议)?(?:时间|日期)\s*[:：]/u;
/** A body line: long, or ending a sentence (the header's lines are short and end bare). */
const BODY_LINE = /[。!?]$/u;
const HEADER_LINE_MAX = 40;
/** Lines a header may open after (a 纪要's masthead: its kind, issue number, issuer and date). */
const HEADER_SKIP_MAX = 4;
/** A field key written spread out by layout spaces (时　　间:, 主　持:). */
const SPACED_KEY = /^((?:\p{Script=Han}\s*){1,3}\p{Script=Han})(?=\s*[:：])/u;
/**
 * A 纪要's masthead under the issuing body's line (武宁县人民医院 / 院长办公会议纪要, 衡水市人民政府 /
 * 专题会议纪要): the kind of meeting the body holds; group 1 the meeting's kind.
 */
const MASTHEAD_KIND = /^(\p{Script=Han}{0,8}?(?:会议|办公会|常委会|党组会|例会))纪要$/u;
/** The issuing body's line over a masthead: a short name with no meeting noun or sentence in it. */
const ISSUER_LINE = /^\p{Script=Han}{3,20}$/u;
/** A person's name closing a field after a layout space (…主任 张三). */
const NAME_LAST = /\s(\p{Script=Han}{2,4})$/u;

const NOUNS = [...MEETING_NOUNS].sort((a, b) => b.length - a.length).join('|');
/**
 * A title naming a meeting and nothing else, or its record (X新闻发布会实录, X会议纪要,
 * X座谈会(文字实录)): group 1 the meeting's name, group 2 the record word.
 */
const RECORD_TITLE = new RegExp(
  `^(.{2,40}?(?:${NOUNS}))(?:\\(?((?:文字|图文)?实录|纪要|会议纪要|记录|全文)\\)?)?$`,
  'u',
);

/**
 * The header of the lines under a text's title, when it has one with a field only a meeting
 * has (地点, 主持人): its date (a 时间 field, or the page's date when the page chrome read it
 * from the header's 时间 line), place and chair.
 */
export function meetingHeader(doc: Doc): MeetingHeader | undefined {
  const title = doc.blocks[0];
  if (title?.kind !== 'title') return undefined;
  const fields = new Map<string, string>();
  let chairLine: { start: number; end: number } | undefined;
  let at = title.span.end + 1;
  let last = '';
  let skipped = 0;
  while (at < doc.text.length) {
    const nl = doc.text.indexOf('\n', at);
    const end = nl < 0 ? doc.text.length : nl;
    const line = doc.text.slice(at, end);
    if (line.length > HEADER_LINE_MAX || BODY_LINE.test(line)) break;
    const field = FIELD_LINE.exec(line.replace(SPACED_KEY, (k) => k.replace(/\s+/gu, '')));
    // A line of no field continues the last one (a second 发布人 under the first); before the first
    // field, a masthead's few lines (X会议纪要, 〔2026〕第5期, the issuer and date) are passed over.
    if (!field && !last && ++skipped > HEADER_SKIP_MAX) break;
    if (field?.[1] && !fields.has(field[1])) {
      fields.set(field[1], (field[2] ?? '').trim());
      if (/^主持/u.test(field[1])) chairLine = { start: at, end };
    }
    if (field?.[1]) last = field[1];
    at = end + 1;
  }
  if (![...fields.keys()].some((k) => EVENT_KEY.test(k))) return undefined;
  const header: MeetingHeader = {};
  const written = fields.get('时间') ?? fields.get('日期');
  const date = written === undefined ? pageTimeField(doc, at) : findDate(written)?.iso;
  if (date) header.date = date;
  const place = fields.get('地点');
  if (place) header.location = place.replace(/\s+/gu, '');
  // The name after the chair's title chain: an official read there, else the word after a layout space.
  const official =
    chairLine &&
    officialsOf(doc).find((o) => !o.partial && o.span.start >= chairLine.start && o.span.end <= chairLine.end);
  const chair = official?.name ?? NAME_LAST.exec(fields.get('主持人') ?? fields.get('主持') ?? '')?.[1];
  if (chair) header.chair = chair;
  return header;
}

/** The page's date, when the chrome read it from a 时间 field line above the body (ending at `bodyAt`). */
function pageTimeField(doc: Doc, bodyAt: number): string | undefined {
  const line = doc.meta.evidence?.published;
  if (!doc.meta.published || !line || !TIME_FIELD.test(line.quote)) return undefined;
  const body = doc.origin.locate({ start: bodyAt, end: bodyAt + 1 }).utf16.start;
  return line.utf16.start < body ? doc.meta.published : undefined;
}

/**
 * The meeting a record's title names (十堰市X新闻发布会实录 → 十堰市X新闻发布会), dated, placed
 * and chaired by its header; a record word (实录, 纪要) or a header makes the title the
 * meeting's own (a bare title X会议 may be a page about it).
 */
export function recordMeeting(doc: Doc): MeetingMention | undefined {
  const title = doc.blocks[0];
  if (title?.kind !== 'title') return undefined;
  const masthead = mastheadMeeting(doc);
  if (masthead) {
    const header = meetingHeader(doc);
    if (header?.date) masthead.date = header.date;
    if (header?.location) masthead.location = header.location;
    if (header?.chair) masthead.chair = header.chair;
    return masthead;
  }
  const line = doc.text.slice(title.span.start, title.span.end);
  const m = RECORD_TITLE.exec(line);
  if (!m?.[1]) return undefined;
  const header = meetingHeader(doc);
  if (!header && !m[2]) return undefined;
  // The name drops the marks of a quoted term in it (“健康江城”建设新闻发布会).
  const name = stripQuotes(m[1]);
  const meeting: MeetingMention = {
    kind: 'meeting',
    span: { start: title.span.start, end: title.span.start + m[1].length },
    text: m[1],
    // The title's meeting, as a speech title's is (statements at it find it by this rule).
    rule: 'meeting/title',
    name,
  };
  if (header?.date) meeting.date = header.date;
  if (header?.location) meeting.location = header.location;
  if (header?.chair) meeting.chair = header.chair;
  return meeting;
}

/**
 * The meeting a 纪要's masthead names: the issuing body's line, then the kind of its meeting with
 * 纪要 (武宁县人民医院 / 院长办公会议纪要 → 武宁县人民医院院长办公会议), undated (its header or
 * the body dates it).
 */
export const mastheadMeeting = (doc: Doc): MeetingMention | undefined => {
  const [title, second] = doc.blocks;
  if (title?.kind !== 'title' || !second) return undefined;
  const issuer = doc.text.slice(title.span.start, title.span.end);
  const kind = MASTHEAD_KIND.exec(doc.text.slice(second.span.start, second.span.end))?.[1];
  if (!kind || !ISSUER_LINE.test(issuer) || MEETING_NOUNS.some((n) => issuer.endsWith(n))) return undefined;
  return {
    kind: 'meeting',
    span: { start: second.span.start, end: second.span.start + kind.length },
    text: kind,
    rule: 'meeting/title',
    name: `${issuer}${kind}`,
  };
};
