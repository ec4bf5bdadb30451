/** Units that are words as often as units (分, 对): where, after a number, they count something. */

import { SCORE_CONTEXT } from './lexicons/units.js';
import { isHan } from './text-utils.js';

/** Options of {@link unitFitsContext}. */
export interface UnitContext {
  /** The document text. */
  text: string;
  /** Where the clause of the number starts. */
  clauseStart: number;
  /** Where the number starts. */
  start: number;
  /** The unit read after the number. */
  unit: string;
  /** Where the unit ends. */
  unitEnd: number;
  /** Whether the number is written in Arabic digits. */
  arabic: boolean;
}

/**
 * Whether a unit that doubles as a word is a unit here.
 * - 分 is a score after Arabic digits (得分92.6分, (90.2分), 比上年提高1.9分), except a time of day or a
 *   duration (9时30分, 8:30分, 2小时15分) and 分 opening a word (3分院, 1080分辨率, 3分之1); before another word
 *   only in a clause about scores (得分91.4分排名第一). After a Chinese numeral it is a word
 *   (十分重要, 三分之一, 七分落实).
 * - 对 counts pairs after Arabic digits at the end of a phrase (师徒结对328对,); before a word it is the
 *   preposition (50家对外开放) and between digits a ratio (1对1帮扶).
 * Other units always fit.
 *
 * @example unitFitsContext({ text: '得分92.6分,排名第一', clauseStart: 0, start: 2, unit: '分', unitEnd: 7, arabic: true }) // true
 */
export function unitFitsContext({ text, clauseStart, start, unit, unitEnd, arabic }: UnitContext): boolean {
  if (unit !== '分' && unit !== '对') return true;
  if (!arabic) return false;
  const next = text[unitEnd] ?? '';
  if (unit === '对') return !isHan(next) && !/^[\dA-Za-z]/u.test(next);
  if (/[时点:]$/u.test(text.slice(Math.max(0, start - 1), start)) || next === '之') return false;
  return !isHan(next) || SCORE_CONTEXT.test(text.slice(clauseStart, start));
}
