/** Number grammar of indicators: Chinese numerals glued to a word (机构二百一十六个, 医院四家), ranges, lists sharing a unit. */

import { ENUMERATION_UNITS, UNITS } from './lexicons/units.js';

const UNITS_LONGEST_FIRST = [...UNITS].sort((a, b) => b.length - a.length);

/** Characters before a numeral that lead to a value (达, 近, 约, 共有, 增至, 余, 上万). */
const VALUE_LEAD_CHAR = /[达近约超逾计共有增至为到余上]$/u;
/** Words before a numeral that bound or lead to a value (超过两成, 不少于三十名, 覆盖全部十二个). */
const VALUE_LEAD_WORD = /(?:超过|不少于|不低于|不超过|不足|低于|高于|少于|多于|覆盖|全部|分别)$/u;
/** Verbs that build or count bodies before a small count (组建两个医共体, 新建三家医院). */
const COUNTING_VERB = /(?:组建|建成|建好|新建|新增|建设|设立|建立|创建|成立|培育|打造|拥有|现有|共有|覆盖)$/u;
/** Heads of counted bodies and facilities ending the noun phrase after the unit. */
const BODY_HEAD =
  /^[\p{Script=Han}]{0,12}?(?:医院|医共体|医联体|中心|卫生院|卫生室|卫生所|服务站|站|基地|平台|联盟|集团|机构|分院|科室|实验室|病房|专科|诊所)(?![\p{Script=Han}])/u;

/** Bodies and facilities ending the noun phrase right before a count written after them (科室五个). */
const BODY_TAIL =
  /(?:医院|医共体|医联体|中心|卫生院|卫生室|卫生所|服务站|基地|平台|联盟|分院|科室|实验室|病房|专科|诊所)$/u;

/** Options of {@link numeralIsValue}. */
export interface NumeralContext {
  /** The document text. */
  text: string;
  /** Where the numeral starts and ends (a trailing 万/亿 multiplier excluded). */
  start: number;
  end: number;
  /** The unit read after the numeral and its approximation, if any. */
  unit: string | undefined;
  /** Where the unit ends. */
  unitEnd: number;
}

/**
 * Whether a Chinese numeral glued to the Han character before it is a value,
 * not part of a word (一体化, 新一轮, 统一): after a lead or bound word
 * (达, 近, 超过, 不少于), before 多/余, in a streak (连续四年), a compound
 * numeral before a unit (机构二百一十六个, 资金一点二亿元), a digit from 二 to
 * 九 before a unit that is no enumeration (医院四家), or a count of bodies
 * after a building verb (组建两个紧密型医共体).
 *
 * @example numeralIsValue({ text: '医院四家', start: 2, end: 3, unit: '家', unitEnd: 4 }) // true
 */
export function numeralIsValue({ text, start, end, unit, unitEnd }: NumeralContext): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  if (VALUE_LEAD_CHAR.test(before) || VALUE_LEAD_WORD.test(before) || /连续$/u.test(before)) return true;
  if (/^[多余]/u.test(text.slice(end))) return true;
  if (unit === undefined || unit === '大') return false;
  const raw = text.slice(start, end);
  if (raw.length >= 2 && /[十百千万亿点]/u.test(raw) && !/^点|点$/u.test(raw)) return true;
  if (/^[二两三四五六七八九]$/u.test(raw) && !ENUMERATION_UNITS.includes(unit)) return true;
  return countsBodies({ text, start, end, unit, unitEnd });
}

/**
 * A small count of bodies after a building verb (组建两个紧密型县域医共体,
 * 新建三家社区卫生服务中心), or written after the bodies at the end of a clause (新开设科室五个,): a
 * value even with an enumeration unit (个).
 */
export function countsBodies({ text, start, end, unit, unitEnd }: NumeralContext): boolean {
  if (unit !== '个' && unit !== '家' && unit !== '所') return false;
  // 建设一个特色专科: 一 is an article in a list of tasks, not a count.
  if (text.slice(start, end) === '一') return false;
  if (COUNTING_VERB.test(text.slice(Math.max(0, start - 2), start)) && BODY_HEAD.test(text.slice(unitEnd))) return true;
  // 新开设科室五个, 建成医共体两个: the count written after the bodies it counts, closing the clause.
  return BODY_TAIL.test(text.slice(Math.max(0, start - 4), start)) && /^(?:[,。;!?\n]|$)/u.test(text.slice(unitEnd));
}

/** The upper end of a range after its lower end (3-5个, 3—5张, 85%-90%). */
export const RANGE_AFTER_UNIT: RegExp = /^(?:-|~|—|–|至|到)(\d+(?:\.\d+)?)/u;

/** The unit written after a list of bare numbers that starts at `at` (、2.46个千分点, 、15家). */
export function sharedUnitAt(text: string, at: number): string | undefined {
  const list = /^(?:[、和及]\d+(?:\.\d+)?)+/u.exec(text.slice(at));
  return list ? UNITS_LONGEST_FIRST.find((u) => text.startsWith(u, at + list[0].length)) : undefined;
}

/**
 * 1.2个和0.8个百分点: the first values of a list written with only 个 share the
 * points unit written after the last. Returns that unit (个百分点/个千分点) when
 * the text at `at` is such a 个 (the value then consumes only the 个).
 */
export function pointsListUnitAt(text: string, at: number): string | undefined {
  return /^个(?:[、和及]\d+(?:\.\d+)?个)*[、和及]\d+(?:\.\d+)?(个(?:百|千|十万|万)分点)/u.exec(text.slice(at))?.[1];
}

/** Tenths after a Chinese numeral: 成, with an optional bound, before punctuation or the end. */
// A written bound (八成以上乡镇卫生院) makes a share before a noun too.
const TENTHS = /^成(?:(以上|左右)|(多)?(?=$|的|[^\p{Script=Han}]))/u;
/** Bounds and leads before tenths that make 成 a share even before a noun (近三成患者, 超过五成群众). */
const TENTHS_LEAD = /(?:近|超过|超|逾|约|达|达到|占|不到|不足|其中)$/u;
/** Bounds before tenths that make the share approximate (近三成, 超过五成). */
const TENTHS_BOUND = /(?:近|超过|超|逾|约)$/u;

/** Options of {@link tenthsAt}. */
export interface TenthsQuery {
  /** A few characters before the numeral. */
  before: string;
  /** Where the numeral ends. */
  end: number;
  /** The numeral's value (1–9 for tenths). */
  value: number;
}

/**
 * Tenths after a small Chinese numeral (八成以上, 九成左右, 超过五成; 近三成患者 after a bound even
 * before the noun they measure): where they end and whether they bound the share. With no bound,
 * 成 before a noun is a word (三成员, 一成不变).
 *
 * @example tenthsAt('近三成患者', { before: '近', end: 2, value: 3 }) // { end: 3, approx: true }
 */
export function tenthsAt(
  text: string,
  { before, end, value }: TenthsQuery,
): { end: number; approx: boolean } | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 9) return undefined;
  const m =
    TENTHS.exec(text.slice(end)) ?? (TENTHS_LEAD.test(before) ? /^成(以上|左右|多)?/u.exec(text.slice(end)) : null);
  if (!m) return undefined;
  return { end: end + m[0].length, approx: Boolean(m[1] ?? m[2]) || TENTHS_BOUND.test(before) };
}
