import type { Doc } from '../segment/index.js';
import { institutionsOf } from './institution.js';
import {
  BODY_MEETING_NOUNS,
  CITY_ABBREVIATIONS,
  COLLECTIVE_MEETING_NOUNS,
  COUNT_AFTER,
  COUNT_BEFORE,
  HOLD_AFTER,
  HOLD_BEFORE,
  MEETING_NOUNS,
  NOT_NOUN_END,
  SESSION_WITH_SITTING,
  SITTING,
  STANDALONE_MEETING_NOUNS,
  WITHIN_EVENT,
} from './lexicons/meetings.js';
import {
  addDays,
  bareDayAfter,
  bareDayDate,
  datelinesOf,
  dayOf,
  docYear,
  latelyMonth,
  lengthsIn,
  resolveDate,
  sittingDay,
  TODAY,
} from './meeting-dates.js';
import { mastheadMeeting, recordMeeting } from './meeting-header.js';
import { mergeMeetings } from './meeting-merge.js';
import { nameYearOf, sameScope, similarNames } from './meeting-names.js';
import { listedKind, plannedHold } from './meeting-planned.js';
import { collectiveBodyBefore, jointEnd, leftEdge, listedTopicsStart, MAX_NAME } from './meeting-span.js';
import { studySessions } from './meeting-study.js';
import { titleMeeting } from './meeting-title.js';
import { memoizeByDoc } from './memo.js';
import { lexiconMatcher, stripQuotes, wordBefore } from './text-utils.js';
import type { MeetingMention } from './types.js';

const matchNoun = lexiconMatcher(MEETING_NOUNS);
/** A date in a sentence: (year)(month)(day)(至(month)day). */
const DATE_IN_SENTENCE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(?:(?:至|-|—|到)(?:(\d{1,2})月)?(\d{1,2})日)?/u;
/** Meetings that review a year (总结表彰大会, 民主生活会, 述职评议会), not one mobilizing it (考核动员会议). */
const REVIEW_MEETING = /总结|表彰|述职|民主生活会|组织生活会|述责述廉/u;
/** The months of a year in which its predecessor's review meetings are held (by March). */
const REVIEW_MONTHS = 3;
/** A dated clause right before a meeting name: 2016年8月,… */
const DATED_REFERENCE =
  /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:(?:至|-)(?:(\d{1,2})月)?(\d{1,2})日)?[,,]?(?:召开的)?$/u;
/**
 * A month-day clause saying when a referenced meeting met (传达了1月14日(召开的)X会议精神):
 * the text dates it, so it counts although only its 精神 is relayed.
 */
const DATED_HELD = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:(?:至|-)(?:(\d{1,2})月)?(\d{1,2})日)?(?:(?:召开|举行)的)?$/u;
/** 经 (已经, 业经, 并经) before a body's meeting: the passing, not the name (经省政府常务会议审议通过). */
const VIA_BODY = /^(?:已经|业经|并经|经)(?=[省市县区州国])/u;
/** A speech act at an event (座谈会上,X强调 / 在X会议上作工作报告), not a noun it makes (反馈会上指出的问题). */
const SPOKEN_AT = /^上(?!的)[,]?[^。;\n]{0,20}?(?:指出|强调|要求|表示|讲话|发言|致辞|作[^。;\n]{0,8}?报告)(?!的)/u;
/** Attending before a meeting's name, and speaking after it (出席X会议并讲话, 参加X座谈会并发言). */
const ATTENDED_BEFORE = /(?:出席|参加)了?$/u;
const SPOKE_AFTER = /^并(?:讲话|致辞|发言|作(?:\p{Script=Han}{0,4})?讲话)/u;
/** The longest bare kind of meeting (党组会议, 专题座谈会) read as an item of a list of ways of working. */
const LISTED_KIND_MAX = 6;
/** A month-day in a clause. */
const MONTH_DAY = /\d{1,2}月\d{1,2}日/u;
/** A leader's past words quoted (总书记在X座谈会上强调) are no event of the text. */
const QUOTED_LEADER = /总书记|习近平/u;

/** A clause opening right after a meeting (会后,X主持召开Y): Y met the same day as that meeting. */
const AFTER_MEETING = /^(?:会后|会议结束后|散会后)/u;

/** The next sentence calling the meeting just named this one (召开这次会议的目的, 本次会议的主要任务). */
const THIS_MEETING = /^(?:召开)?(?:这次|本次|此次)(?:会议|大会)/u;

/** A hold-clause saying only that the meeting passed the text (X会议审议通过, 研究同意). */
const PASSED_ONLY = /(?:审议|研究|讨论)并?(?:通过|同意)$/u;

/** A numbered session of a congress or committee (十五届人大常委会第二十一次会议, 政协十四届四次会议, 党代会). */
const NUMBERED_SESSION = /(?:届|次)\p{Script=Han}*(?:会议|大会|全会)$|党代会$/u;

/** The ordinal of a body's numbered meeting (第12次常务会议, 第五次全体会议). */
const ORDINAL = /^第[\d一二三四五六七八九十百]{1,4}次/u;

/**
 * Meetings held or hosted: a meeting noun with its name, where the text says
 * it was held (X在兰州召开, 召开X, 承办X, 组织召开座谈会). Referenced meetings
 * (X精神) are skipped. Mentions of one meeting are merged; the date comes
 * from a 月日 in the same sentence and the year from the name or the document.
 */
export function* extractMeetings(doc: Doc): Iterable<MeetingMention> {
  yield* meetingsOf(doc);
}

/** Cached meetings of a document (used by the statements extractor). */
export const meetingsOf = memoizeByDoc(computeMeetings);

function* computeMeetings(doc: Doc): Iterable<MeetingMention> {
  const text = doc.text;
  const institutions = institutionsOf(doc);
  const datelines = datelinesOf(doc);
  const found: MeetingMention[] = [];
  // A 纪要's masthead (衡水市人民政府 / 专题会议纪要) names the body whose bare 专题会议 its text holds.
  const masthead = mastheadMeeting(doc);
  for (let i = 0; i < text.length; i++) {
    let noun = matchNoun(text, i);
    if (!noun) continue;
    // 扩大会议: 大会 is no noun where 会议 runs on past it.
    const later = matchNoun(text, i + 1);
    if (later && later.length > noun.length - 1) continue;
    if (noun.endsWith('会') && NOT_NOUN_END.test(text.slice(i + noun.length))) continue;
    // 推进会议, 主任办公会议: a 会 noun written with 议 after it is a 会议 of that kind.
    const extended = noun.endsWith('会') && text[i + noun.length] === '议';
    if (extended) noun = `${noun}议`;
    const end = jointEnd(text, i + noun.length);
    let start = leftEdge(text, i);
    // A news dateline (湖南日报3月12日讯, 本报讯(记者 X)) is no part of the name after it.
    const line = datelines.find((d) => d.end > start && d.end <= i);
    if (line) start = line.end;
    // A year left out (召开20-年全县…会议) is no part of the name; the verb before it still holds it.
    const blank = doc.placeholders.find((p) => p.end === start);
    let blankAt: number | undefined;
    if (blank && /^年度?/u.test(text.slice(start))) {
      start += /^年度/u.test(text.slice(start)) ? 2 : 1;
      blankAt = blank.start;
    }
    // Topics listed before 等 (召开了A建设、B建设等座谈会) belong to the name.
    while (text[i - 1] === '等' && text[start - 1] === '、' && end - start < MAX_NAME + 10) {
      const s = leftEdge(text, start - 1);
      if (s >= start - 1) break;
      start = s;
    }
    // Short topics listed before it (全省医疗、医保、医药协同发展推进会) belong to the name.
    if (text[i - 1] !== '等') start = listedTopicsStart(text, start);
    // A quote opening the name stays out of it (举行“健康X”建设新闻发布会); the name drops the marks.
    // 经 before a body (已经省政府常务会议审议通过) is no part of the name.
    start += VIA_BODY.exec(text.slice(start, end))?.[0].length ?? 0;
    i = end - 1;
    // X会议第二次全体会议 (开幕会, 预备会议) is a sitting of the session X会议, the meeting named;
    // the sentence goes on after the sitting (…全体会议在Y举行).
    const session = SESSION_WITH_SITTING.exec(text.slice(start, end))?.[1];
    const nameEnd = session ? start + session.length : end;
    if (session) noun = MEETING_NOUNS.find((n) => session.endsWith(n)) ?? noun;
    const name = stripQuotes(text.slice(start, nameEnd));
    const datedHeld = DATED_HELD.exec(text.slice(Math.max(0, start - 20), start));
    // A meeting only relayed (X精神) counts when the text says when it met.
    if (text.startsWith('精神', end) && !datedHeld) continue;
    const holdAt = blankAt ?? start;
    const before = wordBefore(text, holdAt, HOLD_BEFORE);
    // A meeting to be held (适时组织召开X, 要及时召开X) or held by routine (每周召开X) is no event.
    const lead = holdAt - (before?.length ?? 0);
    if (before && plannedHold(text, lead, before)) continue;
    // A ceremony held at another event (论坛现场举行了X签约仪式) is a part of that event.
    if (noun.endsWith('仪式') && WITHIN_EVENT.test(text.slice(Math.max(0, lead - 12), lead))) continue;
    const after = HOLD_AFTER.exec(text.slice(end));
    // An upper-level meeting only referenced counts when the text dates it (2016年8月,全国…大会).
    const dated = DATED_REFERENCE.exec(text.slice(Math.max(0, start - 16), start)) ?? datedHeld;
    // 座谈会上,X强调: an event a speaker spoke at was held (a visit's 座谈会), though no verb says so.
    // A named one (1月10日,在X会议上,Y强调) only when its clause dates it: undated, it may be one a speech recalls.
    const heldFrom = Math.max(...['。', '\n', ';'].map((c) => text.lastIndexOf(c, start))) + 1;
    const spokenAt =
      (STANDALONE_MEETING_NOUNS.includes(noun) || MONTH_DAY.test(text.slice(heldFrom, start))) &&
      SPOKEN_AT.test(text.slice(end, end + 30)) &&
      !QUOTED_LEADER.test(text.slice(Math.max(0, start - 15), end + 30));
    // 出席X会议并讲话: a leader spoke at it, so the text reports it held.
    const attended =
      ATTENDED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && SPOKE_AFTER.test(text.slice(end));
    if (!before && !after && !dated && !spokenAt && !attended) continue;
    const org = before
      ? institutions.find((x) => x.span.end === start - before.length || x.span.end === start - before.length - 1)
      : undefined;
    // (局务会议 is a 会议 of the 局务 kind, as it read before 局务会 was a noun.)
    const prefix = name.slice(0, name.length - (extended ? 2 : noun.length));
    // 市政府召开(第12次)常务会议: a body's own meeting is named after the body as written (市政府常务会议).
    const ordinal = ORDINAL.exec(name)?.[0] ?? '';
    // 市委常委会召开会议: a body meeting as a whole names its meeting after itself (市委常委会会议).
    const collective = before && COLLECTIVE_MEETING_NOUNS.includes(name) ? collectiveBodyBefore(text, lead) : undefined;
    const bodyName =
      org && BODY_MEETING_NOUNS.includes(name.slice(ordinal.length))
        ? `${org.text}${name}`
        : (collective && `${collective}${name}`) || (before && masthead?.text === name ? masthead.name : undefined);
    // A sitting is no meeting of its own: X会议举行第二次全体会议 holds the session X会议 (found at its
    // 举行, with the sentence's date, and the sitting's chair and speakers as the last meeting held),
    // and 大会举行预备会议 names none. Only a body's numbered one is (市政府召开第五次全体会议).
    // A later sitting's day (28日上午,会议举行第二次全体会议) is a day the session still met.
    if (SITTING.test(name) && !bodyName) {
      const session = found.filter((f) => f.rule === 'meeting/held').at(-1);
      if (!session || !NUMBERED_SESSION.test(session.name)) continue;
      const from = Math.max(...['。', '\n', ';'].map((c) => text.lastIndexOf(c, start))) + 1;
      const day = session.date ? sittingDay(session.date, text.slice(from, start)) : undefined;
      if (day && (!session.dateEnd || day > session.dateEnd)) session.dateEnd = day;
      continue;
    }
    if (prefix.length < 2 && !bodyName && !STANDALONE_MEETING_NOUNS.includes(name)) continue;
    if (/^(本次|此次|这次|该|各|一次|一场|那次|上次|这个|有关|相关)/u.test(name)) continue;
    // 通过召开座谈会、发放问卷等方式: a short kind listed among ways of working, no one meeting.
    if (name.length <= LISTED_KIND_MAX && listedKind(text, end, text.slice(heldFrom, start))) continue;
    // 召开座谈会11场, 召开3场座谈会: how many were held, no one meeting.
    if (COUNT_BEFORE.test(name) || COUNT_AFTER.test(text.slice(end))) continue;
    const m: MeetingMention = {
      kind: 'meeting',
      span: { start, end: nameEnd },
      text: name,
      rule: 'meeting/held',
      name: bodyName ?? name,
    };
    if (after?.[1]) m.location = CITY_ABBREVIATIONS[after[1]] ?? after[1].replace(/\n/gu, '');
    // Date: 2月17日 in the same sentence before the name (or right after 于).
    // (A ; ends the clause too: 一是今年9月份…;二是承办了X会议 gives X no date.)
    const clauseStart = Math.max(...['。', '\n', ';'].map((c) => text.lastIndexOf(c, start))) + 1;
    // A dateline opening the sentence prints the publication day, not the meeting's.
    const sStart = datelines.find((d) => d.start >= clauseStart && d.end <= start)?.end ?? clauseStart;
    const sEnd = (() => {
      const e = text.slice(end).search(/[。\n;]/u);
      return e < 0 ? text.length : end + e;
    })();
    const sentence = text.slice(sStart, sEnd);
    const md = dated ?? DATE_IN_SENTENCE.exec(sentence);
    const nameYear = nameYearOf(name);
    // 1月20日,召开2024年度民主生活会: a 年度 the text's year follows is the year reviewed, not the meeting's.
    const reviewed = /^\d{4}年度/u.test(name) && docYear(doc) === Number(nameYear) + 1;
    // 1月22日,召开2025年度总结表彰大会: a meeting reviewing its 年度, held early in a year, meets in the next.
    const review = /^\d{4}年度/u.test(name) && REVIEW_MEETING.test(name) && Number(md?.[2]) <= REVIEW_MONTHS;
    const year = md?.[1] ?? (review ? String(Number(nameYear) + 1) : reviewed ? undefined : nameYear);
    // A bare 座谈会 a narrative holds (X在Y主持召开座谈会) is on the day it last wrote, as one spoken at is.
    // (A day of its own it writes, 12日下午, that no rule placed, leaves it undated.)
    const bare = spokenAt || (STANDALONE_MEETING_NOUNS.includes(name) && !/\d日/u.test(text.slice(sStart, start)));
    const clause = `${bare ? '当天' : ''}${text.slice(sStart, start)}`;
    const thatDay = dayOf(doc, text.slice(0, sStart), clause, nameYear);
    // A news report's bare day (11日召开) is a day of its dateline's month.
    const bareDay = md ? undefined : bareDayDate(doc, sentence);
    // With no dateline, a bare day opening the clause is of the month the narrative last named.
    const dayAfter =
      md || bareDay || datelines.length > 0
        ? undefined
        : bareDayAfter(doc, text.slice(0, sStart), text.slice(sStart, start));
    // 日前,X召开Y: a few days before the text's date, so in its month when that is late enough.
    const lately = latelyMonth(doc, clause);
    const lastHeld = found.filter((f) => f.rule === 'meeting/held').at(-1);
    if (md?.[2]) {
      m.date = resolveDate(doc, Number(md[2]), md[3] ? Number(md[3]) : undefined, year ? Number(year) : undefined);
      if (md[5] && md[3])
        m.dateEnd = resolveDate(doc, Number(md[4] ?? md[2]), Number(md[5]), year ? Number(year) : undefined);
    } else if (bareDay) {
      m.date = bareDay.date;
      if (bareDay.dateEnd) m.dateEnd = bareDay.dateEnd;
    } else if (dayAfter) m.date = dayAfter;
    else if (thatDay) m.date = thatDay;
    else if (AFTER_MEETING.test(clause) && lastHeld?.date) m.date = lastHeld.date;
    else if (lately) m.date = lately;
    // (Not a 年度 a review meets after: 召开2025年度总结表彰大会 in a headline is no meeting of 2025.)
    else if (nameYear && !(/^\d{4}年度/u.test(name) && REVIEW_MEETING.test(name))) m.date = nameYear;
    else if (TODAY.test(text.slice(sStart, start)) || THIS_MEETING.test(text.slice(sEnd + 1, sEnd + 16))) {
      // 今天我们召开X会议 (…决定召开X会议。召开这次会议的目的…): the speech's own meeting, in the speech's year.
      const y = docYear(doc);
      if (y !== undefined) m.date = String(y);
    }
    // X论坛在Y开幕,为期两天: the last day follows from the first.
    const lasts = lengthsIn(text.slice(end, sEnd)).find((l) => !l.noun);
    const last = m.date && !m.dateEnd && lasts ? addDays(m.date, lasts.days - 1) : undefined;
    if (last) m.dateEnd = last;
    if (dated && !before && !after) m.rule = 'meeting/dated-reference';
    if (/视频|电视电话|线上/u.test(sentence)) m.format = 'video';
    if (org) m.organizer = org.name;
    // 并经市政府(第87次)常务会议审议通过: the body that passed the text, undated, met on no day it tells;
    // a referenced meeting counts only with its date, numbered or not.
    if (!before && !dated && !spokenAt && !m.date && PASSED_ONLY.test(after?.[0] ?? '')) continue;
    found.push(m);
  }
  // The title names the meeting only when the body holds no other one (a
  // first-person speech: 今天,我们召开X会议 is the title's meeting itself).
  // A record's title (X新闻发布会实录, X会议纪要) names its meeting, dated by its header (时间:, 地点:).
  found.push(...studySessions(doc));
  const record = recordMeeting(doc);
  if (record) found.push(record);
  const title = titleMeeting(doc, found);
  const otherHeld = (t: MeetingMention) =>
    found.some((f) => f.rule === 'meeting/held' && !(similarNames(f.name, t.name) && sameScope(f.name, t.name)));
  if (title && !otherHeld(title)) found.push(title);
  yield* mergeMeetings(doc, found);
}
