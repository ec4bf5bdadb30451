/** Per-capita bases (每10万人, 每3万人口, 每千名居民): the population a value is taken over. */

/** Who a per-capita base counts, after its number and multiplier (每10万人, 每万名常住人口, 每10万活产儿). */
const BASE_PEOPLE = /^[万千百]?名?(?:常住|户籍|城乡)?(?:人口|人|居民|活产|户)/u;

/** A base number written in digits or Chinese numerals (10, 3, 十, 一). */
const BASE_NUMBER = /^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)/u;

/**
 * A rate metric, then within its clause a per-100,000 or per-10,000 base right before a value
 * (发病率为每10万人312.6例, 死亡率降至每十万人口2.1, 发病率由每10万人32.1降至每10万人27.4).
 */
const RATE_BASE_BEFORE = /率[^,;:。!?\n]{0,16}?每(10万|十万|1万|一万|万)(?:常住|户籍)?(?:人口|人|活产儿|活产)$/u;

/** The unit of a rate per base (10万 → /10万, 万 → /万). */
const RATE_UNIT: Readonly<Record<string, string>> = {
  '10万': '/10万',
  十万: '/10万',
  '1万': '/万',
  一万: '/万',
  万: '/万',
};

/** Counted words a rate per base may still write after its value (312.6例, 2.1人). */
const RATE_COUNT_WORD = /^(?:例|人|人次|名)/u;

/**
 * Whether the number at `start` is the size of a per-capita base (每10万人, 每3万人口, 每千名居民),
 * the population a value after it is taken over: no value of its own.
 *
 * @example isPerCapitaBase('每3万人口救护车数达到1.05辆', 1) // true
 */
export function isPerCapitaBase(text: string, start: number): boolean {
  if (text[start - 1] !== '每') return false;
  const num = BASE_NUMBER.exec(text.slice(start));
  return num !== null && BASE_PEOPLE.test(text.slice(start + num[0].length));
}

/**
 * A rate written over a base of 10万 or 万 people before its value (发病率为每10万人312.6例,
 * 发病率降至每10万人27.4): its unit (/10万, /万), where its base starts (the 每, so that the
 * rate's span reads 每10万人27.4 and 由每10万人32.1降至… is a from/to) and how many characters of a
 * counted word (例, 人) written after the value belong to it.
 *
 * @example rateOverBaseAt('发病率为每10万人312.6例', 10, 15) // { unit: '/10万', baseStart: 4, countWord: 1 }
 */
export function rateOverBaseAt(
  text: string,
  start: number,
  end: number,
): { unit: string; baseStart: number; countWord: number } | undefined {
  const base = RATE_BASE_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  const unit = base?.[1] ? RATE_UNIT[base[1]] : undefined;
  if (base === null || unit === undefined) return undefined;
  const baseStart = start - (base[0].length - base[0].lastIndexOf('每'));
  return { unit, baseStart, countWord: RATE_COUNT_WORD.exec(text.slice(end))?.[0].length ?? 0 };
}
