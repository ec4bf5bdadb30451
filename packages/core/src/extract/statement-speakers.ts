import type { Doc } from '../segment/index.js';
import { CLAUSE_OPENER, PRONOUNS, TITLE_LEAD } from './lexicons/speech.js';
import { endsName } from './person-name.js';
import { isHan } from './text-utils.js';
import { firstPart, indexOfName, isNameSeparator } from './transliterated-name.js';
import type { OfficialMention } from './types.js';

/** A possible subject of a speech verb. */
export interface Speaker {
  /** The name the statement carries (an official's full name, 会议, 他/她). */
  name: string;
  /** Span of the subject in the text. */
  start: number;
  end: number;
  /** A named meeting that is itself the subject (全省卫生健康工作会议要求). */
  meeting?: string;
  /** No subject written: a sentence opening with the verb continues the paragraph's speaker (…。要求以…). */
  zero?: boolean;
}

/** A sentence opening with a speech verb and no subject (…重点任务。要求以加强制度建设为主线). */
const ZERO_SUBJECT = /(?<=。)(?=(?:要求|强调|指出)(?![求调出])\p{Script=Han})/gu;

/** A named meeting as the subject of a speech verb, from a phrase boundary. */
const NAMED_MEETING_SUBJECT =
  /(?<=^|[,。;:\n])([^,。;:\n“”]{2,40}?(?:会议|大会|全会|座谈会|工作会|电视电话会|视频会))(?=(?:还|也|同时|并|进一步|最后|首先|再次|特别|一致|明确|深刻)?(?:指出|强调|要求|认为|提出|通报|传达|号召))/gu;
/** Words that make a meeting name an object or a source, not the subject (按照会议要求). */
const NOT_SUBJECT =
  /按照|根据|依据|落实|贯彻|传达|学习|遵照|对照|结合|本次|此次|这次|召开(?!的)|举行(?!的)|[要在将按把对]/u;
/** A clause holding a meeting as its object (召开X会议, 举行…会议). */
const HELD_OBJECT = /(?:召开|举行|举办)(?!的)/u;

/** Start of the clause holding `at` (after the last , 。 ; : or line break). */
function clauseStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && !/[,。;:\n]/u.test(text[k - 1] ?? '')) k--;
  return k;
}

/**
 * The full name a partial official stands for: the one named official of the
 * text with that surname (or given name) who holds that title (韩书记 → 委党组书记韩某).
 */
function fullNameOf(partial: OfficialMention, officials: readonly OfficialMention[]): string | undefined {
  const title = partial.titles[0] ?? '';
  const names = new Set(
    officials
      .filter((o) => !o.partial && (o.name.startsWith(partial.name) || o.name.endsWith(partial.name)))
      .filter((o) => title !== '' && o.titles.some((t) => t.endsWith(title)))
      .map((o) => o.name),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Every subject a speech verb may follow, in text order: officials (with
 * their bare repeated names), 会议 and named meetings, 他/她, and the empty
 * subject of a sentence opening with a speech verb.
 *
 * @example collectSpeakers(doc, officialsOf(doc)).map((s) => s.name)
 */
export function collectSpeakers(doc: Doc, officials: readonly OfficialMention[]): Speaker[] {
  const text = doc.text;
  // A partial official speaks under the full name it stands for (韩书记 for 党组书记韩某),
  // else under the surface form written (张主任), never a bare surname.
  const speakers: Speaker[] = officials.map((o) => ({
    name: o.partial ? (fullNameOf(o, officials) ?? o.text) : o.name,
    start: o.span.start,
    end: o.span.end,
  }));
  // Bare mentions of named officials (郭玉芬指出) after punctuation or at a paragraph start.
  const covered = (at: number): boolean => officials.some((o) => o.span.start <= at && at < o.span.end);
  const names = fullNames(officials);
  for (const name of names) {
    for (let at = indexOfName(text, name, 0); at >= 0; at = indexOfName(text, name, at + 1)) {
      if (covered(at)) continue;
      speakers.push({ name, start: at, end: at + name.length });
    }
  }
  // The first part of a transliterated name alone (艾尔肯强调 for 艾尔肯·吐尼亚孜), when no other name shares it.
  for (const name of names) {
    const part = firstPart(name);
    if (part === name || names.some((n) => n !== name && firstPart(n) === part)) continue;
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      const end = at + part.length;
      if (covered(at) || isHan(text[at - 1]) || isNameSeparator(text[end]) || !endsName(text, end)) continue;
      speakers.push({ name, start: at, end });
    }
  }
  for (const m of text.matchAll(/会议/gu)) {
    const at = m.index ?? 0;
    const prev = text[at - 1];
    if (prev && /[\p{Script=Han}]/u.test(prev) && !/[,。;\n]/u.test(prev)) continue;
    // The object of 召开/举行 (X召开党组(扩大)会议 传达学习…): the host is the subject, not the meeting.
    if (HELD_OBJECT.test(text.slice(clauseStart(text, at), at))) continue;
    speakers.push({ name: '会议', start: at, end: at + 2 });
  }
  for (const m of text.matchAll(NAMED_MEETING_SUBJECT)) {
    // 今年1月6日至7日召开的X会: the meeting's name follows its dating clause.
    const name = (m[1] ?? '').replace(/^.*(?:召开的|举行的)/u, '');
    const at = (m.index ?? 0) + (m[1] ?? '').length - name.length;
    if (name === '会议' || NOT_SUBJECT.test(name)) continue;
    speakers.push({ name: '会议', start: at, end: at + name.length, meeting: name });
  }
  for (const p of PRONOUNS) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      // 据他介绍 and 在他看来 attribute what follows to him; other Han before 他 makes it an object.
      const attributed = text[at - 1] === '据' || (text[at - 1] === '在' && text.startsWith('看来', at + 1));
      // 他们/她们 is a group, never one speaker.
      if ((/[\p{Script=Han}]/u.test(text[at - 1] ?? '') && !attributed) || text[at + 1] === '们') continue;
      speakers.push({ name: p, start: at, end: at + 1 });
    }
  }
  for (const m of text.matchAll(ZERO_SUBJECT)) {
    const at = m.index ?? 0;
    speakers.push({ name: PRONOUNS[0] ?? '他', start: at, end: at, zero: true });
  }
  speakers.sort((a, b) => a.start - b.start || b.end - a.end);
  return speakers;
}

/**
 * The distinct full names among the officials (partial mentions such as 张主任 left out).
 *
 * @example fullNames(officialsOf(doc)) // ['郭玉芬', '马晓伟']
 */
export function fullNames(officials: readonly OfficialMention[]): string[] {
  return [...new Set(officials.filter((o) => !o.partial).map((o) => o.name))];
}

/**
 * Whether the subject at `start` opens its clause (after punctuation, a quote,
 * a line break, and at most a time, an occasion or the head of its own title
 * chain): only such a name is what
 * a later 他/她 stands for (赵某对李某的工作给予肯定,她要求 → 赵某).
 *
 * @example opensClause('会上,赵某对李某的工作给予肯定', 3) // true; at 7 (李某): false
 */
export function opensClause(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && !/[,。;:!?\n“”]/u.test(text[k - 1] ?? '')) k--;
  const before = text.slice(k, start);
  return CLAUSE_OPENER.test(before) || TITLE_LEAD.test(before);
}

/** A clause after hearing a report (听完普布院长的汇报,她强调): its 他/她 is the listener, not the reporter. */
const AFTER_HEARING = /听(?:完|取了?|了)[^,。;\n]{0,24}?(?:汇报|介绍)后?,$/u;
/** A report made to someone named (院长X向副县长Y汇报), looked for before the hearing clause. */
const REPORTED_TO_NAME = /向([\p{Script=Han}、]{2,14}?)(?:汇报|介绍)/gu;

/**
 * Who a 他/她 at `at` stands for when its clause follows hearing a report: the
 * official the report was made to (X向Y汇报,…。听完X的汇报,她强调 → Y), within
 * the 300 characters before; `null` when the listener is not named; `undefined`
 * when the pronoun does not follow a hearing.
 *
 * @example listenerOf('X向Y汇报,…。听完X的汇报,她强调', 17, ['X', 'Y']) // 'Y'
 */
export function listenerOf(text: string, at: number, names: readonly string[]): string | null | undefined {
  const clause = text.slice(Math.max(0, at - 40), at);
  const heard = AFTER_HEARING.exec(clause);
  if (!heard) return undefined;
  const before = text.slice(Math.max(0, at - 300), at - clause.length + heard.index);
  const to = [...before.matchAll(REPORTED_TO_NAME)].at(-1)?.[1] ?? '';
  return names.find((n) => to.endsWith(n)) ?? null;
}
