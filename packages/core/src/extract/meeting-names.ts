/** A meeting name without its leading year (2024年, 2024年度). */
export function normName(name: string): string {
  return name.replace(/^\d{4}年(度)?/u, '');
}

/** The scope word a meeting name opens with (全国, 全省, 全市 …), after its year. */
const SCOPE = /^(?:\d{4}年度?)?(全国|全省|全市|全县|全区|全州|全盟|全旗)/u;

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
