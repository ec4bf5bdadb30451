import { Converter } from 'opencc-js/t2cn';
import { QUERY_STOP_CHARS, QUESTION_WORDS } from './query-lexicon.js';

// Traditional → mainland Simplified, character level (OpenCC `t2s`): a query in
// either script reaches the same passages. Doc text is already Simplified; folding
// both sides with the same converter keeps them consistent.
let t2s: ((text: string) => string) | undefined;

function converter(): (text: string) => string {
  if (t2s !== undefined) return t2s;
  const convert: (text: string) => string = Converter({ from: 't', to: 'cn' });
  t2s = convert;
  return convert;
}

/**
 * Folds a text for matching: NFKC (full-width → ASCII), Traditional → Simplified, lower case.
 *
 * @example
 * ```ts
 * foldText('基層醫療ＡＢ'); // '基层医疗ab'
 * ```
 */
export function foldText(text: string): string {
  return converter()(text.normalize('NFKC')).toLowerCase();
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Splits a folded text into units: one per Han character, one per run of other
 * letters/digits (`2025`, `gdp`). Punctuation and spaces separate runs.
 * Returns runs, each a list of units, so bigrams never cross punctuation.
 */
export function textUnits(folded: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let word = '';
  const flushWord = () => {
    if (word) run.push(word);
    word = '';
  };
  for (const ch of folded) {
    if (HAN.test(ch)) {
      flushWord();
      run.push(ch);
    } else if (WORD.test(ch)) {
      word += ch;
    } else {
      flushWord();
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  flushWord();
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Character 1-grams and 2-grams of a text after {@link foldText}, with repeats.
 * Bigrams are written `ab` for Han characters and `a b` when a unit is longer than one character.
 *
 * @example
 * ```ts
 * charNgrams('人才队伍'); // ['人', '才', '队', '伍', '人才', '才队', '队伍']
 * ```
 */
export function charNgrams(text: string): string[] {
  return unitNgrams(textUnits(foldText(text)));
}

/** Unigrams and bigrams of each run, run by run (unigrams of a run, then its bigrams). */
function unitNgrams(runs: readonly string[][]): string[] {
  const out: string[] = [];
  for (const run of runs) {
    for (const u of run) out.push(u);
    for (let i = 0; i + 1 < run.length; i++) {
      const a = run[i] as string;
      const b = run[i + 1] as string;
      out.push(a.length === 1 && b.length === 1 ? a + b : `${a} ${b}`);
    }
  }
  return out;
}

const QUESTION_PATTERN = new RegExp(
  [...QUESTION_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gu',
);

/** A query folded, with its question words ({@link QUESTION_WORDS}) replaced by a space. */
function foldQuery(text: string): string {
  return foldText(text).replace(QUESTION_PATTERN, ' ');
}

/**
 * {@link charNgrams} of a query, without question words (cut out, so no bigram spans them)
 * and without function characters ({@link QUERY_STOP_CHARS}) as unigrams or as bigrams made
 * only of them. A question (基层医生留不住怎么办) carries these; the answering passage rarely does.
 *
 * @example
 * ```ts
 * queryNgrams('人才怎么留'); // ['人', '才', '人才', '留']
 * ```
 */
export function queryNgrams(text: string): string[] {
  return unitNgrams(textUnits(foldQuery(text))).filter((g) => {
    if (g.length === 1) return !QUERY_STOP_CHARS.has(g);
    if (g.length === 2) return !(QUERY_STOP_CHARS.has(g[0] as string) && QUERY_STOP_CHARS.has(g[1] as string));
    return true;
  });
}

/**
 * Skip-bigrams of a text's Han runs: characters i and i+2 (亚洲运动会 → 亚运, 洲动, 运会).
 * Chinese abbreviations keep the first character of each word of a 2+2 compound
 * (医疗改革 → 医改, 疾病控制 → 疾控, 卫生健康 → 卫健), so a text written in full meets
 * its abbreviation: the query's skip-bigrams match passage bigrams, and the passage's
 * skip-bigrams match query bigrams. Pairs with a function character are skipped; with
 * `kind: 'query'` (default) question words are cut out first, as in {@link queryNgrams}.
 *
 * @example
 * ```ts
 * skipBigrams('医疗改革'); // ['医改', '疗革']
 * ```
 */
export function skipBigrams(text: string, options: { kind?: 'query' | 'passage' } = {}): string[] {
  const folded = options.kind === 'passage' ? foldText(text) : foldQuery(text);
  const out: string[] = [];
  for (const run of textUnits(folded)) {
    for (let i = 0; i + 2 < run.length; i++) {
      const a = run[i] as string;
      const b = run[i + 2] as string;
      if (a.length === 1 && b.length === 1 && !QUERY_STOP_CHARS.has(a) && !QUERY_STOP_CHARS.has(b)) out.push(a + b);
    }
  }
  return out;
}
