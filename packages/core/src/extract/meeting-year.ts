// The year a text is written in, as its own words tell it (the years it names, its five-year plan).

/** Words before a year that make it a target (力争到, 到, 至). */
const TARGET_BEFORE = /(?:到|至)$/u;
/** Words before a year that make it a comparison's base (比2022年提高, 较2023年增长), a year gone by. */
const BASE_BEFORE = /(?:比|较)$/u;
/** 与2022年相比, 和2023年同期相比: the base written before 相比. */
const BASE_AFTER = /^(?:同期|底|末)?相比/u;
/** How many years a near target (力争到2026年底) lies at most after a base year the text compares with. */
const NEAR_TARGET_YEARS = 4;

/**
 * The text's year when the latest year it names is a comparison's base (比2022年提高了7.4个百分点):
 * a later one; the year before a near target when it writes one (力争到2026年底 → 2025), else the
 * year after the base.
 */
function baseYear(base: number, target: number | undefined): number {
  if (target !== undefined && target - 1 > base && target - base <= NEAR_TARGET_YEARS) return target - 1;
  return base + 1;
}

/**
 * The latest year a text names that is not a target (到2030年) or a comparison's base (比2022年):
 * the year it is written in (the next one when it sums that year up and plans 今年).
 */
export function yearNamed(text: string): number | undefined {
  let max: number | undefined;
  let maxTarget: number | undefined;
  let maxBase: number | undefined;
  for (const m of text.matchAll(/(20\d\d|19\d\d)年/gu)) {
    const y = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // A target year (力争到2026年, 到2030年) is planned, not when the text was written.
    if (TARGET_BEFORE.test(before)) {
      if (maxTarget === undefined || y > maxTarget) maxTarget = y;
    } else if (BASE_BEFORE.test(before) || BASE_AFTER.test(text.slice(m.index + m[0].length))) {
      if (maxBase === undefined || y > maxBase) maxBase = y;
    } else if (max === undefined || y > max) max = y;
  }
  if (maxBase !== undefined && (max === undefined || max <= maxBase)) max = baseYear(maxBase, maxTarget);
  max ??= maxTarget;
  // 对2019年工作进行了全面总结,并对今年工作进行了安排部署: the year summed up is the last one.
  if (max !== undefined && new RegExp(`${max}年[^。\\n]{0,30}?(?:总结|回顾)[^。\\n]{0,30}?今年`, 'u').test(text))
    return max + 1;
  return max;
}

/** Words after a year that plan it (2026年要…, 2026年,全市将…, 2026年重点任务). */
const PLAN_AFTER =
  /^(?:[,，]?(?:全[省市县区旗]|我[省市县区旗])?(?:要|将|计划|拟|力争)|(?:的)?(?:重点任务|工作要点|工作安排))/u;
/** Words before a year that plan it (部署2026年工作, 安排2026年重点任务). */
const PLAN_BEFORE = /(?:部署|安排)$/u;

/**
 * The year a text reviews when it also plans the next (2025年…取得进展;2026年要…, 部署2026年工作):
 * written at the turn of the year, so its 月日 of the year's second half are of the year reviewed.
 * Undefined unless the latest year named is only planned and the year before it is named plainly.
 */
export function turnOfYear(text: string): number | undefined {
  const plain = new Set<number>();
  const planned = new Set<number>();
  for (const m of text.matchAll(/(20\d\d|19\d\d)年(?!度)/gu)) {
    const y = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (TARGET_BEFORE.test(before) || BASE_BEFORE.test(before)) continue;
    const plan = PLAN_BEFORE.test(before) || PLAN_AFTER.test(text.slice(m.index + m[0].length));
    (plan ? planned : plain).add(y);
  }
  const last = Math.max(...planned, ...plain);
  return planned.has(last) && !plain.has(last) && plain.has(last - 1) ? last - 1 : undefined;
}

/**
 * A five-year plan's year as a text names it (今年是“十五五”开局之年, 今年是实施“十五”规划的最后一年,
 * 明年是“十四五”收官之年): the k-th plan (九五 = 9th, 十五 = 10th, 十一五 = 11th …) runs
 * 1996+5(k−9) to four years later. Groups: 今年/明年, the plan's number (九, 十, 十一 …), the year's place.
 */
const PLAN_YEAR =
  /(今年|明年)(?:是|为|既是|正值|正是)(?:实施|落实|推进|执行|全面实施)?“?(九|十[一二三四五六]?)五”?(?:规划|计划)?(?:的)?(开局之年|开局年|起步之年|开篇之年|第一年|收官之年|收官年|最后一年)/u;
const PLAN_NUMBER: Readonly<Record<string, number>> = {
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
  十三: 13,
  十四: 14,
  十五: 15,
  十六: 16,
};

/** The year a text says it is by its place in a five-year plan (今年是“十五五”开局之年 → 2026). */
export function planYear(text: string): number | undefined {
  const m = PLAN_YEAR.exec(text);
  const k = PLAN_NUMBER[m?.[2] ?? ''];
  if (!m || k === undefined) return undefined;
  const first = 1996 + 5 * (k - 9);
  const year = /收官|最后/u.test(m[3] ?? '') ? first + 4 : first;
  return m[1] === '明年' ? year - 1 : year;
}
