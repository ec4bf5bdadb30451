/** The institution of an official's title: named in it, implied by it (副省长), or the document's own body (委党组书记). */

import type { Doc } from '../segment/index.js';
import {
  BARE_BODY_KINDS,
  PHRASE_IMPLIED_ORG,
  STATIONED_DISCIPLINE_UNIT,
  TITLE_BODY_ENDINGS,
  TITLE_IMPLIED_ORG,
} from './lexicons/titles.js';
import { expandLevel, placeContext } from './place-context.js';
import { placeOfWritten, withCity } from './places.js';
import { ANAPHORIC_BODY, TITLES_LONGEST_FIRST } from './title-phrase.js';
import type { InstitutionMention } from './types.js';

/** Whether a body's name fits a title word (局长 → …局); any body fits titles of no listed kind. */
export function bodyFits(word: string): (name: string) => boolean {
  const ending = TITLE_BODY_ENDINGS.find(([title]) => title.test(word))?.[1];
  return (name) => !ending || ending.test(name);
}

/**
 * The body of a bare title of a known kind (副局长 → a 局), after its sentence
 * gave none (国家疾控局…。副局长X、Y分别解读了…): the document's own body of
 * that kind, i.e. the one named most often before it (ties: the nearest).
 * Titles of no kind (书记) get none.
 */
export function nearestOfKind(
  institutions: readonly InstitutionMention[],
  at: number,
  word: string,
): InstitutionMention | undefined {
  const ending = TITLE_BODY_ENDINGS.find(([title]) => title.test(word))?.[1];
  if (!ending) return undefined;
  const before = institutions.filter((i) => i.span.end <= at && ending.test(i.name));
  const count = new Map<string, number>();
  for (const i of before) count.set(i.name, (count.get(i.name) ?? 0) + 1);
  let best: InstitutionMention | undefined;
  for (const i of before) if (!best || (count.get(i.name) ?? 0) >= (count.get(best.name) ?? 0)) best = i;
  return best;
}

/** Options of {@link orgOfTitle}. */
export interface OrgOfTitleOptions {
  doc: Doc;
  institutions: readonly InstitutionMention[];
  /** Where the title phrase is. */
  span: { start: number; end: number };
  /** The title phrase as written. */
  title: string;
}

/**
 * The institution of one title phrase: the body named in it (a stationed
 * discipline group belongs to its 纪委), the document's own body for a bare
 * 委/局 prefix (委党组书记 → the 卫生健康委 named before), or the body the
 * title implies (副省长 → the province's government).
 */
export function orgOfTitle({ doc, institutions, span, title }: OrgOfTitleOptions): string | undefined {
  const within = institutions.filter((i) => i.span.start >= span.start && i.span.end <= span.end);
  const stationed = STATIONED_DISCIPLINE_UNIT.exec(title);
  if (stationed) {
    // 省纪委监委驻省卫生健康委纪检监察组: the named 纪委 itself; else the 纪委 of the level after 驻.
    const own = within.find((i) => i.name.endsWith('纪律检查委员会'));
    if (own) return own.name;
    const place = expandLevel(placeContext(doc), stationed[1] ?? '');
    if (place) return `中国共产党${place}纪律检查委员会`;
  }
  // The body nearest the title word is the one it heads (市政府新闻办副主任 → the 新闻办, not the 市政府).
  const inside = within.reduce<InstitutionMention | undefined>(
    (best, i) => (!best || i.span.end > best.span.end ? i : best),
    undefined,
  );
  if (inside) return universityOfSchool(inside.name, within) ?? inside.name;
  const pointed = anaphoricOrg(doc.text, institutions, span);
  if (pointed) return pointed;
  const bare = bareBodyOrg(doc, institutions, span, title);
  if (bare) return bare;
  // 一级巡视员X: a civil-service rank names no body; it is held in the text's own body, the one its headline names.
  if (BARE_RANK.test(title)) {
    const own = headlineBodies(doc, institutions);
    if (own.length === 1) return own[0]?.name;
  }
  const phrase = PHRASE_IMPLIED_ORG.find(([pattern]) => pattern.test(title));
  if (phrase) return fillPlace(doc, phrase[1]);
  const word = TITLES_LONGEST_FIRST.find((w) => title.endsWith(w)) ?? title;
  return writtenGovernment(title, word) ?? impliedOrg(doc, word);
}

/**
 * The government of a jurisdiction title written with its place (韶关市副市长,
 * 互助土族自治县县长, 大理州州长): that place's, whatever the text's own place is
 * (十堰市副市长 in a county-level city's text). A district takes its city.
 */
function writtenGovernment(title: string, word: string): string | undefined {
  const template = TITLE_IMPLIED_ORG[word];
  if (!template?.includes('{')) return undefined;
  const prefix = title.slice(0, title.length - word.length);
  for (let k = 0; k < prefix.length - 1; k++) {
    const place = placeOfWritten(prefix.slice(k));
    if (place) return template.replace(/\{\w+\}/u, withCity(place));
  }
  return undefined;
}

/** A school of a university (江城医科大学护理学院): the university, and the school's name after it. */
const UNIVERSITY_SCHOOL = /^(\p{Script=Han}+?大学)(\p{Script=Han}+学院)$/u;

/**
 * A school of a university is an internal unit, as a hospital department is: a
 * dean (护理学院院长) belongs to the university. Its own name when the
 * title names it, else the university's part of the school's name.
 */
function universityOfSchool(name: string, within: readonly InstitutionMention[]): string | undefined {
  const university = UNIVERSITY_SCHOOL.exec(name)?.[1];
  if (!university) return undefined;
  return within.find((i) => i.name.endsWith('大学'))?.name ?? university;
}

/**
 * A title led by a bare body character (委党组书记, 局党组成员, 院党委书记) names
 * the document's own body of that kind: the nearest one named before, else
 * the first one after.
 */
function bareBodyOrg(
  doc: Doc,
  institutions: readonly InstitutionMention[],
  span: { start: number; end: number },
  title: string,
): string | undefined {
  const kind = BARE_BODY_KINDS.find(([ch]) => title.startsWith(ch));
  if (!kind) return undefined;
  const rest = title.slice(1);
  if (!/^(?:党组|党委)/u.test(rest) && !TITLES_LONGEST_FIRST.some((w) => rest.startsWith(w))) return undefined;
  const fits = institutions.filter((i) => kind[1].test(i.name));
  // The text's own body, which its headline names (南阳市卫生健康委员会2025年工作总结), comes first.
  const own = headlineBodies(doc, fits);
  if (own.length === 1) return own[0]?.name;
  return (fits.filter((i) => i.span.end <= span.start).at(-1) ?? fits.find((i) => i.span.start >= span.end))?.name;
}

/** A civil-service rank written alone (一级巡视员, 二级调研员, 一级主任科员), without the body it is held in. */
const BARE_RANK = /^(?:[一二三四]级)?(?:巡视员|调研员|主任科员)$/u;

/** The bodies of `institutions` that the text's headline names. */
function headlineBodies(doc: Doc, institutions: readonly InstitutionMention[]): InstitutionMention[] {
  const headline = doc.meta.title;
  const at = headline ? doc.text.indexOf(headline) : -1;
  if (!headline || at < 0) return [];
  return institutions.filter((i) => i.span.start >= at && i.span.end <= at + headline.length);
}

/**
 * The body of a title written after a demonstrative body (该院院长, 该局局长): the
 * nearest body of that kind named before the title.
 */
function anaphoricOrg(
  text: string,
  institutions: readonly InstitutionMention[],
  span: { start: number; end: number },
): string | undefined {
  const kind = ANAPHORIC_BODY.exec(text.slice(Math.max(0, span.start - 3), span.start))?.[0].slice(1);
  if (!kind) return undefined;
  const ending = kind === '委' ? /(?:委员会|委)$/u : new RegExp(`${kind}$`, 'u');
  return institutions.filter((i) => i.span.end <= span.start && ending.test(i.name)).at(-1)?.name;
}

/** The body a title word implies (省长 → the province's government), over the document's places. */
export function impliedOrg(doc: Doc, word: string): string | undefined {
  const template = TITLE_IMPLIED_ORG[word];
  return template ? fillPlace(doc, template) : undefined;
}

/**
 * The body of a bare 委员 after a name (李华委员认为…): a member of the one CPPCC
 * committee the text names (a 政协 consultation's report), else none.
 *
 * @example memberBody(institutions, '委员') // '中国人民政治协商会议X县委员会'
 */
export function memberBody(institutions: readonly InstitutionMention[], word: string): string | undefined {
  if (word !== '委员') return undefined;
  // Its own bodies (…委员会办公室) are no committee a member sits on.
  const cppcc = new Set(institutions.filter((i) => /^中国人民政治协商会议.*委员会$/u.test(i.name)).map((i) => i.name));
  return cppcc.size === 1 ? [...cppcc][0] : undefined;
}

/** A body template over the document's places (`{province}人民政府`), or undefined when the place is unknown. */
function fillPlace(doc: Doc, template: string): string | undefined {
  if (!template.includes('{')) return template;
  const ctx = placeContext(doc);
  const place = template.includes('{province}') ? ctx.province : template.includes('{city}') ? ctx.city : ctx.county;
  return place ? template.replace(/\{\w+\}/u, place) : undefined;
}

/**
 * Posts inside a hospital: its Party committee's and management's (党委副书记, 医院党委书记, 总会计师),
 * its union's (工会主席), a clinical department's (心血管内科主任, 重症医学科护士长) and
 * the professional ranks (主任医师, 副主任护师, 教授).
 */
const HOSPITAL_POSTS =
  /^(?:(?:医?院)?党委(?:常务)?副?书记|(?:医?院)?党委委员|(?:医?院)?纪委书记|(?:常务)?副?院长|总会计师|总经济师|工会副?主席|\p{Script=Han}{0,10}科(?:副?主任|护士长)|护理部副?主任|护士长|副?主任(?:医|护|药|技)师|主治医师|副?教授)$/u;

/** A clinical department's post (急诊科主任, 儿科护士长): always a hospital's. */
const DEPARTMENT_POST = /科(?:副?主任|护士长)$/u;

/** The first of an official's titles that is a post inside a hospital (党委委员、副院长 → 党委委员). */
export function hospitalPost(titles: readonly string[]): string | undefined {
  return titles.find((t) => HOSPITAL_POSTS.test(t));
}

/** Whether a title is a clinical department's post (急诊科主任, 儿科护士长). */
export function isDepartmentPost(title: string): boolean {
  return DEPARTMENT_POST.test(title);
}

/** Options of {@link hospitalOfPost}. */
export interface HospitalOfPostOptions {
  doc: Doc;
  institutions: readonly InstitutionMention[];
  /** Where the official's mention starts. */
  at: number;
  /** The official's first title as written. */
  title: string;
}

/**
 * The hospital a post inside a hospital belongs to, when no body is written
 * with it: a department's post belongs to the hospital named last before it;
 * any hospital post in a hospital's own text (see ownHospital) belongs to
 * that hospital.
 *
 * @example hospitalOfPost({ doc, institutions, at, title: '总会计师' }) // '潍坊市人民医院' in that hospital's news
 */
export function hospitalOfPost({ doc, institutions, at, title }: HospitalOfPostOptions): string | undefined {
  if (!HOSPITAL_POSTS.test(title)) return undefined;
  const hospitals = institutions.filter((i) => i.type === 'hospital');
  if (DEPARTMENT_POST.test(title)) {
    const last = hospitals.filter((i) => i.span.end <= at).at(-1);
    if (last) return last.name;
  }
  return ownHospital(doc, institutions);
}

/**
 * The hospital whose news or speech the text is: the one its headline names,
 * else the only hospital it names at all (a speech titled by its theme, the
 * hospital named in the subtitle) when the headline names no other body.
 */
function ownHospital(doc: Doc, institutions: readonly InstitutionMention[]): string | undefined {
  const hospitals = institutions.filter((i) => i.type === 'hospital');
  const named = headlineBodies(doc, hospitals);
  if (named.length === 1) return named[0]?.name;
  const all = new Set(hospitals.map((i) => i.name));
  return headlineBodies(doc, institutions).length === 0 && all.size === 1 ? [...all][0] : undefined;
}
