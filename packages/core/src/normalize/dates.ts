/** A full or partial calendar date written out in a text. */
export interface WrittenDate {
  /** ISO 8601, as precise as written: `2022`, `2022-03`, `2022-03-05`. */
  iso: string;
  /** UTF-16 index of the match in the searched string. */
  index: number;
  length: number;
}

const NUMERIC = /(?<![\d])((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?(?![\d])/;
const CHINESE = /(?<![\d])((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?/;

/**
 * Find the first absolute date in `text` (`2022-03-05`, `2022/3/5`,
 * `2022年3月5日`, `2022年3月`, `2022年`). Impossible months or days are ignored.
 *
 * @example
 * ```ts
 * findDate('发布日期:2022-03-05')?.iso; // '2022-03-05'
 * ```
 */
export function findDate(text: string): WrittenDate | undefined {
  const a = NUMERIC.exec(text);
  const b = CHINESE.exec(text);
  const m = a && b ? (a.index <= b.index ? a : b) : (a ?? b);
  if (!m) return undefined;
  const iso = isoDate(
    Number(m[1]),
    m[2] === undefined ? undefined : Number(m[2]),
    m[3] === undefined ? undefined : Number(m[3]),
  );
  if (iso === undefined) return undefined;
  return { iso, index: m.index, length: m[0].length };
}

/**
 * Build an ISO date, as precise as the parts given; `undefined` when a part is out of range.
 *
 * @example
 * ```ts
 * isoDate(2022, 2, 17); // '2022-02-17'
 * ```
 */
export function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (month === undefined) return String(year).padStart(4, '0');
  if (month < 1 || month > 12) return undefined;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}
