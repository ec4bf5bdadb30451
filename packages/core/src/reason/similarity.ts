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

// Enumeration markers that open a point in a speech (一是, 二要, 第三, （四）, 5.): list structure, not content.
const ENUMERATION =
  /^(第?[一二三四五六七八九十]+[是要来]|第[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/u;

/**
 * The phrases of a clause: split at commas, enumeration commas and colons,
 * each without a leading enumeration marker (一是, 二要, （三）).
 *
 * @example phrasesOf('一是毫不放松抓好疫情防控工作，实现精准防控') // ['毫不放松抓好疫情防控工作', '实现精准防控']
 */
export function phrasesOf(clause: string): string[] {
  return clause
    .split(/[，,：:]/u)
    .map((p) => p.trim().replace(ENUMERATION, ''))
    .filter((p) => p.length > 0);
}

/**
 * Comparison units of a statement at phrase level: within each clause, every
 * run of 1 to `maxPhrases` consecutive phrases (joined back with a comma)
 * whose folded text has at least `minChars` characters. A later speaker who
 * repeats one point of a long enumerated sentence matches that point's run
 * instead of being diluted by the whole sentence. `skip(phrase)` drops runs
 * made only of such phrases (boilerplate).
 */
export function phraseRuns(
  text: string,
  options: { minChars?: number; maxPhrases?: number; skip?: (folded: string) => boolean } = {},
): string[] {
  const minChars = options.minChars ?? 8;
  const maxPhrases = options.maxPhrases ?? 3;
  const out = new Set<string>();
  for (const clause of text.split(/[。！？；!?;\n]/u)) {
    const phrases = phrasesOf(clause);
    for (let i = 0; i < phrases.length; i++) {
      let allBoilerplate = true;
      for (let n = 1; n <= maxPhrases && i + n <= phrases.length; n++) {
        const last = foldForSimilarity(phrases[i + n - 1] as string);
        allBoilerplate &&= options.skip?.(last) ?? false;
        const run = phrases.slice(i, i + n).join('，');
        if (!allBoilerplate && [...foldForSimilarity(run)].length >= minChars) out.add(run);
      }
    }
  }
  return [...out];
}
