import { Converter } from 'opencc-js/t2cn';

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
  const out: string[] = [];
  for (const run of textUnits(foldText(text))) {
    for (const u of run) out.push(u);
    for (let i = 0; i + 1 < run.length; i++) {
      const a = run[i] as string;
      const b = run[i + 1] as string;
      out.push(a.length === 1 && b.length === 1 ? a + b : `${a} ${b}`);
    }
  }
  return out;
}

// Function characters and interrogatives of written Chinese (general grammar, not
// corpus vocabulary). A question (基层医生留不住怎么办) carries them, the answering
// passage rarely does; as query terms they only add noise. Dropped from queries
// alone, as unigrams and as bigrams made only of them (怎么, 多少, 什么).
const QUERY_STOP = new Set([...'的了和与及或是在把被让对为从到也都就而之其这那些个吗呢吧啊怎么如何什哪多少谁']);

/**
 * {@link charNgrams} of a query, without function characters and interrogatives.
 *
 * @example
 * ```ts
 * queryNgrams('人才怎么留'); // ['人', '才', '留', '人才', '才怎', '么留']
 * ```
 */
export function queryNgrams(text: string): string[] {
  return charNgrams(text).filter((g) => {
    if (g.length === 1) return !QUERY_STOP.has(g);
    if (g.length === 2) return !(QUERY_STOP.has(g[0] as string) && QUERY_STOP.has(g[1] as string));
    return true;
  });
}

/**
 * Skip-bigrams of a text's Han runs: characters i and i+2 (亚洲运动会 → 亚运, 洲动, 运会).
 * Chinese abbreviations keep the first character of each word of a 2+2 compound
 * (医疗改革 → 医改, 疾病控制 → 疾控, 卫生健康 → 卫健), so a query written in full
 * can reach a passage that abbreviates. Function characters are skipped as in {@link queryNgrams}.
 *
 * @example
 * ```ts
 * skipBigrams('医疗改革'); // ['医改', '疗革']
 * ```
 */
export function skipBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of textUnits(foldText(text))) {
    for (let i = 0; i + 2 < run.length; i++) {
      const a = run[i] as string;
      const b = run[i + 2] as string;
      if (a.length === 1 && b.length === 1 && !QUERY_STOP.has(a) && !QUERY_STOP.has(b)) out.push(a + b);
    }
  }
  return out;
}
