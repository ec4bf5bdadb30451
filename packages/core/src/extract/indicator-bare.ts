/** Values written without a unit: a rate of zero (孕产妇死亡率为零) and an index (布雷图指数由18.6降至9.2). */

import { RATE_UNITS } from './lexicons/units.js';
import { isHan } from './text-utils.js';

/** A rate, then what may stand between it and 为 (连续6年保持为零, 继续降为0). */
const ZERO_RATE_BEFORE = /(\p{Script=Han}+率)(?:[^,。;:]{0,8}?)(?:保持|降|下降|继续)?为$/u;
/**
 * An index or coefficient (布雷图指数, 容器指数, 基尼系数, 病例组合指数(CMI)) or an index named by its
 * Latin acronym alone (CMI值, BMI), and the verb leading to its value, or 由 of a from/to
 * (由18.6降至9.2, 由1.08提升至1.15).
 */
const INDEX_BEFORE =
  /(?:指数|系数|(?<![A-Za-z])[A-Z]{2,6})(?:值)?(?:\([A-Za-z]+\))?(?:[由从]|(?:[由从]\d+(?:\.\d+)?)?(?:降至|降到|下降至|下降到|升至|上升至|上升到|提高到|提高至|提升至|提升到|增至|为|达到|达|控制在|保持在|稳定在|低于|高于|不超过|不高于))$/u;

/** Options of {@link bareUnitAt}. */
export interface BareValueOptions {
  /** The document text. */
  text: string;
  /** Where the clause of the number starts. */
  clauseStart: number;
  /** Where the number starts and ends. */
  start: number;
  end: number;
  /** The number's value. */
  value: number;
}

/**
 * The unit of a number that has none written after it, when the number is a value all the same:
 * a rate reported as zero (孕产妇死亡率为零, 为0) takes the rate's conventional unit (/10万 for
 * maternal, ‰ for infant mortality; none for other rates); an index (布雷图指数控制在5以下) has no
 * unit (''). Returns undefined when the number is no such value.
 *
 * @example bareUnitAt({ text: '孕产妇死亡率为零。', clauseStart: 0, start: 7, end: 8, value: 0 }) // '/10万'
 */
export function bareUnitAt({ text, clauseStart, start, end, value }: BareValueOptions): string | undefined {
  const before = text.slice(clauseStart, start);
  const next = text[end];
  if (value === 0 && !isHan(next) && !/^[\d.%‰]/u.test(next ?? '')) {
    const rate = ZERO_RATE_BEFORE.exec(before)?.[1];
    if (rate) return RATE_UNITS.find(([re]) => re.test(rate))?.[1] ?? '';
  }
  if (/^\d/u.test(text.slice(start, end)) && INDEX_BEFORE.test(before)) return '';
  return undefined;
}
