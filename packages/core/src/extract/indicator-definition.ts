/** Numbers inside the definition of a quoted numbered formula (“三个一”即每个镇建强一所卫生院…). */

/** A sentence opening with a quoted numbered formula and the word that defines it (“1+N”即, “三个一”是指). */
const FORMULA_DEFINED =
  /^“[^”]{0,8}[\d一二两三四五六七八九十A-Za-z][^”]{0,8}”(?:模式|工程)?(?:即|是指|指的是|就是|指)/u;

/**
 * Whether the number at `start` stands in a sentence that defines a quoted numbered formula: the
 * counts of “三个一”即每个镇建强一所标准化卫生院、每个行政村配齐一名合格村医 or “N”即…和14家镇卫生院 spell out
 * what the formula's numbers mean, no fact measured. Several definitions may share one sentence
 * (“1”即…，“N”即…).
 *
 * @example definesFormula('“两个一”即每村一名村医、每户一个团队。', 9) // true
 */
export function definesFormula(text: string, start: number): boolean {
  let s = start;
  while (s > 0 && !/[。;!?\n]/u.test(text[s - 1] ?? '')) s--;
  return FORMULA_DEFINED.test(text.slice(s, start));
}
