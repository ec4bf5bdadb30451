/** Numbers that qualify a value or an event instead of stating a fact of their own. */

import { RADIUS_AFTER, WINDOW_BEFORE, WINDOW_UNITS } from './lexicons/units.js';
import { isHan } from './text-utils.js';

const CLAUSE_END = /[,。;:!?\n]/u;
/** A value later in the clause: digits, a rate in words, tenths (六成以上), a zero (保持为零). */
const VALUE_LATER = /\d|百分之|千分之|[一二两三四五六七八九十]成|为零/u;
/** Bounds after a unit that keep a number of days a value (缩短近2天以上). */
const BOUND_AFTER = /^(?:以上|以下|左右|以内)/u;

/**
 * 连续两年保持在90%以上, 连续6年保持为零: a streak followed by a value in its clause says how
 * long that value held; the value is the fact. A streak alone (连续四年获得优秀) is one.
 *
 * @example streakQualifiesValue('就诊率连续两年保持在90%以上', 9) // true
 */
export function streakQualifiesValue(text: string, end: number): boolean {
  let e = end;
  while (e < text.length && !CLAUSE_END.test(text[e] ?? '')) e++;
  return VALUE_LATER.test(text.slice(end, e));
}

/** Options of {@link isTimeWindow}. */
export interface TimeWindowOptions {
  /** The document text. */
  text: string;
  /** Where the number starts. */
  start: number;
  /** The unit read after it. */
  unit: string;
  /** Where the unit ends. */
  unitEnd: number;
}

/**
 * 近7天新增病例29例, 过去24小时内: a window of days or hours that a count is taken over, not a
 * value. A span that ends its phrase (平均住院日缩短近2天。) stays one.
 *
 * @example isTimeWindow({ text: '近7天新增病例', start: 1, unit: '天', unitEnd: 3 }) // true
 */
export function isTimeWindow({ text, start, unit, unitEnd }: TimeWindowOptions): boolean {
  if (!WINDOW_UNITS.includes(unit)) return false;
  if (!WINDOW_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false;
  return isHan(text[unitEnd]) && !BOUND_AFTER.test(text.slice(unitEnd));
}

/**
 * 15分钟健康服务圈, 30分钟急救圈: a travel time naming a service radius, a planning concept, not
 * a measured value (院前急救平均反应时间为11.2分钟 stays one).
 *
 * @example namesRadius({ text: '建成15分钟健康服务圈', start: 2, unit: '分钟', unitEnd: 6 }) // true
 */
export function namesRadius({ text, unit, unitEnd }: TimeWindowOptions): boolean {
  return (unit === '分钟' || unit === '小时') && RADIUS_AFTER.test(text.slice(unitEnd, unitEnd + 10));
}

/** A place a distance is measured from, right before the amount (距县城超过, 距离最近的医院约). */
const DISTANCE_FROM = /距(?:离)?[^,;。:\d]{1,10}?(?:超过|不足|不到|约|在|达|仅)?$/u;

/**
 * 有9个乡镇距县城超过40公里: how far a place lies from another picks out which places are meant
 * (or describes them); it is no measured fact of the health system (改造管网156公里 stays one).
 *
 * @example namesDistanceFrom({ text: '有5个村距镇区超过30公里', start: 11, unit: '公里', unitEnd: 15 }) // true
 */
export function namesDistanceFrom({ text, start, unit }: TimeWindowOptions): boolean {
  return /^(?:公里|千米|米)$/u.test(unit) && DISTANCE_FROM.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * 为期两天的论坛, 为期一年的驻点帮扶: how long an event or an assignment lasts, a detail of it,
 * not a fact to report.
 *
 * @example isEventDuration('本届论坛为期两天', 6) // true
 */
export function isEventDuration(text: string, start: number): boolean {
  return text.slice(Math.max(0, start - 2), start) === '为期';
}

/** After a count: the rest of a noun phrase closed by 的, then a share or rate of what it qualifies. */
const SUBJECT_QUALIFIER = /^(?:及)?(?:以上|以下)?[^,。;:的\d]{0,16}的[^,。;:\d]{1,16}?(?:占比|比例|比重|率)/u;

/**
 * 可提供6类以上中医药技术方法的乡镇卫生院占比超过九成: a count inside a 的-phrase that picks out
 * the bodies whose share or rate follows is part of that metric's name, not a value.
 *
 * @example qualifiesSubject('提供6类以上技术的卫生院占比超过九成', 4) // true
 */
export function qualifiesSubject(text: string, unitEnd: number): boolean {
  let e = unitEnd;
  while (e < text.length && !CLAUSE_END.test(text[e] ?? '')) e++;
  const rest = text.slice(unitEnd, e);
  const m = SUBJECT_QUALIFIER.exec(rest);
  return m !== null && VALUE_LATER.test(rest.slice(m[0].length));
}

/** Before a count: a share of bodies (98.6%的乡镇卫生院, 90%以上的村卫生室) and what they do, in one clause. */
const SHARE_OF_BODIES =
  /(?:\d+(?:\.\d+)?%|百分之\p{Script=Han}+?|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|[一二三四五六七八九]成)(?:以上|左右)?的[^,。;:\d%]{1,20}$/u;
/** Words before a count that make it a limit the bodies meet (只有1名乡村医生, 不足2名). */
const LIMIT_BEFORE = /(?:只有|仅有|仅|不足|不到)$/u;

/** Options of {@link qualifiesShare}. */
export interface QualifiesShareOptions {
  /** The document text. */
  text: string;
  /** Where the clause of the count starts. */
  clauseStart: number;
  /** Where the count starts. */
  start: number;
  /** Where its unit ends. */
  unitEnd: number;
}

/**
 * 98.6%的乡镇卫生院能够提供6类以上中医药技术方法, 约三分之一的村卫生室只有1名乡村医生: a bound or
 * limited count (以上, 以下, 只有, 不足) after a share of bodies says what the bodies of the share do or
 * have; the share is the value, the count part of its metric. The mirror of {@link qualifiesSubject},
 * with the share written first.
 *
 * @example qualifiesShare({ text: '95%的社区卫生服务中心能提供10类以上服务', clauseStart: 0, start: 15, unitEnd: 18 }) // true
 */
export function qualifiesShare({ text, clauseStart, start, unitEnd }: QualifiesShareOptions): boolean {
  const before = text.slice(clauseStart, start);
  if (!/^(?:及)?(?:以上|以下)/u.test(text.slice(unitEnd)) && !LIMIT_BEFORE.test(before)) return false;
  return SHARE_OF_BODIES.test(before.replace(LIMIT_BEFORE, ''));
}

/** A participle of checking before a sample (抽查的, 查阅的, 调查的): the sample may be one counted before. */
const SAMPLE_BEFORE = /(?:抽查|检查|查阅|调查|抽检|抽取|核查|评查|随访|筛查)的$/u;

/** Words right before a count that point back to bodies already named (上述3家医院, 该两家单位). */
const ANAPHOR_BEFORE = /(?:上述|前述|这|(?<!应)该)$/u;
/** Units of a count of bodies or people that may point back to a list of their names. */
const NAMED_COUNT_UNITS: readonly string[] = ['家', '个', '所', '名', '位'];
/** A list of names joined by 、, 和 or 及 inside one clause (甲医院、乙医院和丙医院). */
const NAME_LIST = /[^、,。;:\n]+(?:、[^、,。;:\n]+)+|[^、,。;:\n]+[和及][^、,。;:\n]+/gu;
const NAME_JOINER = /、|和|及/u;
/** Nouns that stand for bodies of any kind (三家单位, 两个机构), and the endings of bodies' names. */
const GENERIC_BODY = /^(?:单位|机构)/u;
const BODY_NAME_END = /(?:院|中心|局|委|站|所|室|办|部|公司)$/u;

/** Options of {@link refersBack}. */
export interface RefersBackOptions {
  /** The document text. */
  text: string;
  /** Where the number starts. */
  start: number;
  /** The number's value. */
  value: number;
  /** The unit read after it. */
  unit: string;
  /** Where the unit ends. */
  unitEnd: number;
}

/**
 * A count that points back to bodies already named is no new fact: after 上述/该 (上述3家医院), or
 * a count in a later clause of the sentence equal to a list of names ending in the noun it
 * counts (对甲医院、乙医院予以通报批评,约谈两家医院负责人), or in any body's ending when it counts
 * 单位 or 机构 (甲卫生院和乙中心…,两家单位须整改), or a sample named again by its participle with the
 * count written before (共查阅病历460份…抽查的460份病历中). A count in the clause of its list
 * (甲、乙等2家医院) is not one: that closes the list.
 *
 * @example refersBack({ text: '对甲医院、乙医院予以通报,约谈两家医院负责人', start: 15, value: 2, unit: '家', unitEnd: 17 }) // true
 */
export function refersBack({ text, start, value, unit, unitEnd }: RefersBackOptions): boolean {
  if (ANAPHOR_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  // 共查阅病历460份…抽查的460份病历中: a sample named again after its participle repeats the count.
  if (SAMPLE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
    const amount = text.slice(start, unitEnd).replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    if (new RegExp(`(?<![\\d.])${amount}`, 'u').test(text.slice(0, start))) return true;
  }
  if (!NAMED_COUNT_UNITS.includes(unit) || !Number.isInteger(value) || value < 2) return false;
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_END.test(text[clauseStart - 1] ?? '')) clauseStart--;
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && !/[。;\n]/u.test(text[sentenceStart - 1] ?? '')) sentenceStart--;
  const earlier = text.slice(sentenceStart, clauseStart);
  const lists = [...earlier.matchAll(NAME_LIST)].map((m) => m[0].split(NAME_JOINER)).filter((l) => l.length === value);
  // 三家单位 after a list of hospitals and centres: any body's name.
  if (GENERIC_BODY.test(text.slice(unitEnd)))
    return lists.some((items) => items.slice(0, -1).every((i) => BODY_NAME_END.test(i)));
  for (let k = 2; k <= 4 && isHan(text[unitEnd + k - 1]); k++) {
    const head = text.slice(unitEnd, unitEnd + k);
    const named = (items: string[]) =>
      items.slice(0, -1).every((i) => i.endsWith(head)) && (items[items.length - 1] ?? '').includes(head);
    if (lists.some(named)) return true;
  }
  return false;
}
