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

/**
 * A joint event's second act before its noun (签约暨揭牌仪式, 启动暨培训会): the name without it
 * (签约仪式) is the first act's event, as a headline may name it.
 */
const JOINT_ACT = /暨\p{Script=Han}{2,4}?(?=(?:仪式|会议|大会|会)$)/u;

/** Character-bigram Dice similarity, or containment (a joint event's name also without its second act). */
export function similarNames(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (x.includes(y) || y.includes(x)) return true;
  const x1 = x.replace(JOINT_ACT, '');
  const y1 = y.replace(JOINT_ACT, '');
  if ((x1 !== x || y1 !== y) && (x1.includes(y1) || y1.includes(x1))) return true;
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
