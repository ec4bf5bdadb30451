/**
 * The year a meeting name opens with: 2024年全省…会议, 2024年度…, and the year a forum or
 * summit writes bare before its name (2025闽西健康论坛, 2024中国健康产业峰会). Group 1 is the year.
 */
const NAME_YEAR = /^((?:19|20)\d{2})(?:年度?)?(?=\p{Script=Han})/u;

/** The year written at the head of a meeting name, if any. */
export function nameYearOf(name: string): string | undefined {
  return NAME_YEAR.exec(name)?.[1];
}

/** A meeting name without its leading year (2024年, 2024年度, 2025 before a forum's name). */
export function normName(name: string): string {
  return name.replace(NAME_YEAR, '');
}

/** The scope word a meeting name opens with (全国, 全省, 全市 …), after its year. */
const SCOPE = /^(?:(?:19|20)\d{2}(?:年度?)?)?(全国|全省|全市|全县|全区|全州|全盟|全旗)/u;

/** Meetings of two scopes are two meetings (全市卫生与健康大会 is not the 全国 one it relays). */
export function sameScope(a: string, b: string): boolean {
  const x = SCOPE.exec(a)?.[1];
  const y = SCOPE.exec(b)?.[1];
  return !x || !y || x === y;
}

/** Character-bigram Dice similarity, or containment. */
export function similarNames(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (x.includes(y) || y.includes(x)) return true;
  const bigrams = (s: string): Set<string> => {
    const out = new Set<string>();
    for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
    return out;
  };
  const A = bigrams(x);
  const B = bigrams(y);
  let inter = 0;
  for (const g of A) if (B.has(g)) inter++;
  return (2 * inter) / (A.size + B.size || 1) >= 0.6;
}
