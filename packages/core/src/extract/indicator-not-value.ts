/** Numbers with a unit that state no fact: enumerations, dates, windows, distances, age bands, congresses. */

import { clauseAround } from './indicator-build.js';
import { definesFormula } from './indicator-definition.js';
import { isDeterminerCount } from './indicator-determiner.js';
import { countsBodies } from './indicator-numeral.js';
import {
  isTimeWindow,
  namesDistanceFrom,
  namesRadius,
  qualifiesShare,
  qualifiesSubject,
  refersBack,
} from './indicator-qualifier.js';
import { DUTY_AFTER_HOURS, ENUMERATION_LEAD, ENUMERATION_UNITS } from './lexicons/units.js';
import { isHan } from './text-utils.js';

/** An age band after N岁 (及以上, 以下的). */
const AGE_BAND = /^岁(?:及)?(?:以下|以上)(?:的)?/u;

/** Options of {@link isNotAValue}: a number read with its unit. */
export interface NotAValueOptions {
  /** The document text. */
  text: string;
  /** The number as matched (digits or Chinese numerals). */
  raw: string;
  /** Where the number starts. */
  start: number;
  /** Where the number ends. */
  end: number;
  /** Up to three characters before the number. */
  before: string;
  /** Where the unit starts (after any range, multiplier and approximation). */
  unitStart: number;
  /** The unit read. */
  unit: string;
  /** Where the unit ends. */
  unitEnd: number;
  /** The value read. */
  value: number;
  /** The low end of a range (3-5个), if any. */
  valueMin: number | undefined;
  /** Whether the number is a bound (多, 余, 以上, 近). */
  approx: boolean;
  /** Whether the number is written in digits. */
  arabic: boolean;
  /** Whether the number is coordinated with the one before it in the same unit (6次…和两次…). */
  coordinated: boolean;
}

/**
 * Whether a number with its unit is no value: an enumeration of tasks (以下10项工作), a span of
 * months (每3个月), a date (13日), a time window or radius (近7天), a distance from a place, a duty
 * rule (24小时值班), a count that picks out a subject or points back to one, an age band or range
 * before a group (5岁以下儿童), a small uncounted enumeration, or a congress (十九大).
 *
 * @example isNotAValue({ text: '以下10项工作', raw: '10', start: 2, end: 4, before: '以下', unitStart: 4,
 *   unit: '项', unitEnd: 5, value: 10, valueMin: undefined, approx: false, arabic: true, coordinated: false }) // true
 */
export function isNotAValue(o: NotAValueOptions): boolean {
  const {
    text,
    raw,
    start,
    end,
    before,
    unitStart: at,
    unit,
    unitEnd,
    value,
    valueMin,
    approx,
    arabic,
    coordinated,
  } = o;
  // 以下10项工作, 5个方面: enumerations of tasks, never values.
  if (ENUMERATION_UNITS.includes(unit) && (ENUMERATION_LEAD.test(before) || text.startsWith('方面', unitEnd)))
    return true;
  // 每3个月: a span of months, not a count (deadlines 3个月内 were read above).
  if (unit === '个' && text[at + 1] === '月') return true;
  // 日 counts days only with a fraction (平均住院日7.6日); 13日 is a date.
  if (unit === '日' && Number.isInteger(value)) return true;
  // 近7天新增病例: a window the count after it is taken over.
  if (isTimeWindow({ text, start, unit, unitEnd }) || namesRadius({ text, start, unit, unitEnd })) return true;
  // 有9个镇距县城超过40公里: a distance from a place describes where, no fact.
  if (namesDistanceFrom({ text, start, unit, unitEnd })) return true;
  // 24小时值班制度: round-the-clock duty names a rule, no measured time.
  if (unit === '小时' && DUTY_AFTER_HOURS.test(text.slice(unitEnd))) return true;
  // 可提供6类以上技术方法的卫生院占比超过九成: the count picks out whose share is given.
  if (qualifiesSubject(text, unitEnd)) return true;
  // “三个一”即每个镇建强一所标准化卫生院: a formula's definition spells out its numbers, no fact.
  if (definesFormula(text, start)) return true;
  // 98.6%的乡镇卫生院能够提供6类以上中医药技术方法: the count says what the bodies of the share do.
  if (qualifiesShare({ text, clauseStart: clauseAround(text, start, end)[0], start, unitEnd })) return true;
  // 约谈两家医院负责人 after the two hospitals were named: the count points back to them.
  if (refersBack({ text, start, value, unit, unitEnd })) return true;
  // Age bands qualify a group (5岁以下儿童, 65岁及以上老年人, 3岁以下的婴幼儿): not values.
  const band = unit === '岁' ? AGE_BAND.exec(text.slice(at)) : null;
  if (band && isHan(text[at + band[0].length])) return true;
  // 应提前到45岁开始筛查, 从40岁起每年检测: the age a recommendation starts at, no measured age.
  if (unit === '岁' && /^(?:开始|起)/u.test(text.slice(unitEnd))) return true;
  // 0至18岁儿童, 35-64岁妇女: an age range before the group it picks out.
  // 72岁的老阿妈, 8岁的患儿: an age before 的 describes the person named after it.
  const ageLead = text.slice(Math.max(0, start - 4), start);
  if (unit === '岁' && text.startsWith('岁的', at) && !/(?:为|是|达|达到|平均|年龄|寿命)$/u.test(ageLead)) return true;
  const ageRange = valueMin !== undefined || /\d(?:至|到|-|—|~)$/u.test(before);
  if (unit === '岁' && ageRange && /^岁(?:的)?\p{Script=Han}/u.test(text.slice(at))) return true;
  const counted = countsBodies({ text, start, end, unit, unitEnd });
  const small = !arabic && value < 10 && Number.isInteger(value);
  if (small && !approx && ENUMERATION_UNITS.includes(unit) && !counted && !coordinated) return true;
  // 成为一名骨干, 两家总院要…, 十八项核心制度: a count that determines its noun, no fact.
  const clauseStart = clauseAround(text, start, end)[0];
  if (!coordinated && isDeterminerCount({ text, raw, start, clauseStart, unit, unitEnd })) return true;
  // 十九大, 二十大: congresses.
  if (!arabic && /^[一二两三四五六七八九十]+$/u.test(raw) && unit === '大' && !approx) return true;
  return false;
}
