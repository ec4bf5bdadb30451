import { Converter } from 'opencc-js/t2cn';

let t2s: ((text: string) => string) | undefined;
const toSimplified = (text: string): string => {
  t2s ??= Converter({ from: 't', to: 'cn' }) as (text: string) => string;
  return t2s(text);
};
const NOISE = /[\s\p{P}\p{S}]/gu;

/** Fold a text for comparison: NFKC, Traditional → Simplified, punctuation and spaces removed. */
export function foldForSimilarity(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(NOISE, '');
}

/** Multiset of character bigrams of a folded text (a one-character text is its own gram). */
export function bigrams(folded: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...folded];
  if (chars.length === 1) grams.set(folded, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient of two bigram multisets, in [0, 1]. */
export function diceOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  if (total === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / total;
}

/**
 * Character-bigram Dice similarity of two texts after folding (so 醫療 = 医疗).
 *
 * @example dice('健康中国行动', '推进健康中国行动') // 0.833…
 */
export function dice(a: string, b: string): number {
  return diceOf(bigrams(foldForSimilarity(a)), bigrams(foldForSimilarity(b)));
}

/** Split a statement into clauses worth comparing (at 。！？；, at least `minChars` folded characters). */
export function clauses(text: string, minChars = 8): string[] {
  return text
    .split(/[。！？；!?;\n]/u)
    .map((c) => c.trim())
    .filter((c) => [...foldForSimilarity(c)].length >= minChars);
}
