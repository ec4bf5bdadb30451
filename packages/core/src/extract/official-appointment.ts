/**
 * Personnel notices: the grammar of appointing and removing (任命X同志为…,
 * 免去X同志…职务, X不再担任…), where the title follows the name.
 */

import { APPOINTING_VERBS, REMOVAL_END, REMOVING_VERBS, TITLE_TERMINATORS } from './lexicons/appointments.js';
import { isNameShape, readNameAt, readNameBefore, surnameAt } from './person-name.js';
import { isCommonWord } from './pos.js';
import { isHan } from './text-utils.js';
import type { TitleHit } from './title-phrase.js';

/** One person appointed to or removed from posts. */
export interface Appointment {
  /** Where the name is written. */
  start: number;
  end: number;
  name: string;
  /** The title phrases as written, in order (the posts given or, for a removal, the posts left). */
  titles: Array<{ start: number; end: number }>;
}

/** Adverbs of time before 任 that the tagger joins to no word (曾任, 历任): a former post, not a name's end. */
const TENSE_BEFORE_APPOINTMENT = '曾历原拟';

/** How long (characters) one title phrase of an appointment may be. */
const TITLE_REACH = 30;

/**
 * Appointments and removals of a text. The posts are read as written after the
 * name: 任命/提名/推荐/聘任 X(同志)为 A、B; a bare 任 only with 同志 (任X同志为A,
 * since 任 is also a surname); 免去 X(同志)(的) A、B 职务; X(同志)不再担任 A.
 * X任A (李华任主任) when 任 makes no word with the character before it.
 * A removed post is still a post the person held, so it is kept as a title.
 * Clauses after a comma or semicolon that go on with the same verb
 * (任命X为A,Y为B) are read too.
 *
 * @example appointments('任命王海涛同志为县卫生健康局局长。', titleHits(text))[0]?.name // '王海涛'
 */
export function appointments(text: string, hits: readonly TitleHit[]): Appointment[] {
  const out: Appointment[] = [];
  for (let i = 0; i < text.length; i++) {
    const appointing = APPOINTING_VERBS.find((v) => text.startsWith(v, i));
    const removing = appointing ? undefined : REMOVING_VERBS.find((v) => text.startsWith(v, i));
    const verb = appointing ?? removing;
    if (!verb) continue;
    const bare = verb === '任';
    // 任 alone starts a clause (经研究,任X同志为…); elsewhere it ends a name (李华任主任) or starts one (任振鹤).
    if (bare && (isHan(text[i - 1]) || /^[命职务期]/u.test(text[i + 1] ?? ''))) continue;
    let at = i + verb.length;
    for (;;) {
      const found = appointing
        ? appointedAt(text, hits, at, { needComrade: bare })
        : removedAt(text, hits, at, { previous: out.at(-1) });
      if (!found) break;
      out.push(found.appointment);
      at = found.end;
      // A note after the posts ((试用期一年), (正科级)) is passed over.
      if (text[at] === '(') at = text.indexOf(')', at) + 1 || at;
      // 任命X为A,Y为B: the clause goes on after a comma with another name.
      if (!/[,;、]/u.test(text[at] ?? '')) break;
      at++;
    }
    i = Math.max(i, at - 1);
  }
  // X(同志)任A (李华任主任): 任 after a name, when it forms no word with the character before
  // (担任, 主任, 现任, 曾任) or after (任命, 任免).
  for (let i = text.indexOf('任'); i >= 0; i = text.indexOf('任', i + 1)) {
    const nameEnd = text.startsWith('同志', i - 2) ? i - 2 : i;
    if (/^任[命免]/u.test(text.slice(i, i + 2))) continue;
    if (
      nameEnd === i &&
      (TENSE_BEFORE_APPOINTMENT.includes(text[i - 1] ?? '') || isCommonWord(text.slice(i - 1, i + 1)))
    )
      continue;
    const name = readNameBefore(text, nameEnd);
    if (!name || out.some((a) => a.end === nameEnd)) continue;
    const chain = titlesAt(text, hits, i + 1);
    if (chain.titles.length) out.push({ start: nameEnd - name.length, end: nameEnd, name, titles: chain.titles });
  }
  // X(同志)不再担任A: the name before the verb.
  for (let i = text.indexOf(REMOVAL_END); i >= 0; i = text.indexOf(REMOVAL_END, i + 1)) {
    const nameEnd = text.startsWith('同志', i - 2) ? i - 2 : i;
    const name = readNameBefore(text, nameEnd);
    if (!name || out.some((a) => a.end === nameEnd)) continue;
    const chain = titlesAt(text, hits, i + REMOVAL_END.length);
    if (chain.titles.length) out.push({ start: nameEnd - name.length, end: nameEnd, name, titles: chain.titles });
  }
  out.push(...biographies(text, hits));
  return out.sort((a, b) => a.start - b.start);
}

/** A résumé line: a name, then its sex (冉启航，男，汉族，1978年9月生，…). */
const BIOGRAPHY = /(?<![\p{Script=Han}])(\p{Script=Han}{2,4}),[男女],[^。\n]*/gu;
/** A post held before or now in a résumé (此前任, 曾任, 现任, 历任, 原任). */
const POST_HELD = /(?:此前|曾|现|历|原)任/gu;

/**
 * Résumés of appointed people (舒雅丽,女,汉族,1983年4月生,…,此前任县中医医院党支部委员、副院长。):
 * the posts after 此前任/曾任/现任 in the name's sentence are that person's titles.
 */
function biographies(text: string, hits: readonly TitleHit[]): Appointment[] {
  const out: Appointment[] = [];
  for (const m of text.matchAll(BIOGRAPHY)) {
    const start = m.index ?? 0;
    const name = m[1] ?? '';
    if (!isNameShape(name) || isCommonWord(name)) continue;
    const titles: Array<{ start: number; end: number }> = [];
    for (const held of m[0].matchAll(POST_HELD)) {
      titles.push(...titlesAt(text, hits, start + (held.index ?? 0) + held[0].length).titles);
    }
    if (titles.length) out.push({ start, end: start + name.length, name, titles });
  }
  return out;
}

/** X(同志)为A、B after a verb of appointing. */
function appointedAt(
  text: string,
  hits: readonly TitleHit[],
  at: number,
  o: { needComrade: boolean },
): { appointment: Appointment; end: number } | undefined {
  const name = readNameAt(text, at);
  if (!name) return undefined;
  let p = at + name.length;
  const comrade = text.startsWith('同志', p);
  if (comrade) p += 2;
  if ((o.needComrade && !comrade) || text[p] !== '为') return undefined;
  const chain = titlesAt(text, hits, p + 1);
  if (!chain.titles.length) return undefined;
  return { appointment: { start: at, end: at + name.length, name, titles: chain.titles }, end: chain.end };
}

/**
 * X(同志)(的)A、B职务 after a verb of removing; 其 is the person just
 * appointed (任命X为A,免去其B职务), and its span is the pronoun's.
 */
function removedAt(
  text: string,
  hits: readonly TitleHit[],
  at: number,
  o: { previous: Appointment | undefined },
): { appointment: Appointment; end: number } | undefined {
  const pronoun = text[at] === '其' && o.previous ? o.previous.name : undefined;
  for (const name of pronoun ? [pronoun] : removedNames(text, at)) {
    let p = at + (pronoun ? 1 : name.length);
    if (text.startsWith('同志', p)) p += 2;
    if (text[p] === '的') p++;
    const chain = titlesAt(text, hits, p);
    if (!chain.titles.length) continue;
    let end = chain.end;
    if (text.startsWith('的', end)) end++;
    if (!text.startsWith('职务', end)) continue;
    const nameEnd = at + (pronoun ? 1 : name.length);
    return { appointment: { start: at, end: nameEnd, name, titles: chain.titles }, end: end + 2 };
  }
  return undefined;
}

/**
 * Readings of the name after 免去: the name reader's own (ended by 同志 or a
 * title word), else a surname + one or two characters that the posts follow
 * directly (免去李国华县卫生健康局局长职务), longest first.
 */
function removedNames(text: string, at: number): string[] {
  const read = readNameAt(text, at);
  if (read) return [read];
  const sl = surnameAt(text, at);
  if (sl === 0) return [];
  return [sl + 2, sl + 1].map((len) => text.slice(at, at + len)).filter((n) => isNameShape(n) && !isCommonWord(n));
}

/**
 * Title phrases from `at` joined by 、: each a run of Han characters ending in
 * a title word that a separator or the end of the posts follows (职务, 人选,
 * a bracket, punctuation).
 */
function titlesAt(
  text: string,
  hits: readonly TitleHit[],
  at: number,
): { titles: Array<{ start: number; end: number }>; end: number } {
  const titles: Array<{ start: number; end: number }> = [];
  let p = at;
  for (;;) {
    const hit = hits.find(
      (h) => h.start >= p && h.end - p <= TITLE_REACH && allHan(text, p, h.end) && endsTitle(text, h.end),
    );
    if (!hit) break;
    titles.push({ start: p, end: hit.end });
    p = hit.end;
    if (text[p] !== '、') break;
    p++;
  }
  if (text[p - 1] === '、') p--;
  return { titles, end: p };
}

function allHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHan(text[i])) return false;
  return true;
}

/** Whether the posts' title may end at `at`: punctuation, 、, or a word that closes the posts (职务). */
function endsTitle(text: string, at: number): boolean {
  return !isHan(text[at]) || TITLE_TERMINATORS.some((w) => text.startsWith(w, at));
}
