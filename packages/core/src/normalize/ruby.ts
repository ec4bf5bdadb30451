import { PINYIN_SYLLABLES, PLAIN_U_SPELLINGS } from './pinyin-syllables.js';
import { type MappedText, MappedTextBuilder } from './text-map.js';

/**
 * Pinyin ruby as web pages flatten it: a Han character followed by its
 * reading in parentheses, `會(huì)议`. Readings come in three spellings:
 *
 * - tone marks, `(huì)`: unmistakable, always removed;
 * - tone digits, `(hui4)`, `(lv4)`, `(lu:4)`: removed when the syllable is a
 *   Mandarin syllable (see {@link PINYIN_SYLLABLES});
 * - no tone at all, `(hui)`: what neutral-tone readings (`們(men)`) look like,
 *   and what a whole page looks like in an encoding without tone letters (Big5,
 *   GBK). A bare syllable could be a real parenthetical (`时间(min)`, `(a)`),
 *   so these are removed only on document evidence: see {@link rubyEvidence}.
 *
 * Parentheses may be ASCII or full-width; letters are lowercase, so `(CT)`,
 * `(PPP)`, `(2025)` or `(试行)` never match.
 */
const CANDIDATE = /[(（]([a-zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+[1-5]?)[)）]/gu;
const TONED = /^[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*$/u;
const DIGIT = /^([a-züv:]+)[1-5]$/u;
const PLAIN = /^[a-züv:]+$/u;
/** Syllables without an initial consonant (an, e, er…): English words and list markers share their spelling. */
const ZERO_INITIAL = /^[aoe]/;
const HAN = /^\p{Script=Han}$/u;

/** Documents need this many marked (toned or digit) readings before bare ones count as readings too. */
const MARKED_THRESHOLD = 3;
/** Or this many bare readings inside a word (Han on both sides), of at least {@link TONELESS_DISTINCT} syllables. */
const TONELESS_THRESHOLD = 4;
const TONELESS_DISTINCT = 3;

type Kind = 'toned' | 'digit' | 'plain';

interface Candidate {
  start: number;
  end: number;
  kind: Kind;
  syllable: string;
  /** The reading sits inside a run of Han: `龍(long)巖`, not `时间(min)。`. */
  inWord: boolean;
}

function hanAt(text: string, at: number): boolean {
  const cp = text.codePointAt(at);
  return cp !== undefined && HAN.test(String.fromCodePoint(cp));
}

function afterHan(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  return hanAt(text, prev >= 0xdc00 && prev <= 0xdfff ? at - 2 : at - 1);
}

/** The syllable a toneless spelling stands for (`lv` and `lu:` → `lü`), or undefined when it is none. */
function syllableOf(spelling: string): string | undefined {
  const folded = spelling.replaceAll('u:', 'ü').replaceAll('v', 'ü');
  const syllable = PLAIN_U_SPELLINGS.get(folded) ?? folded;
  return PINYIN_SYLLABLES.has(syllable) ? syllable : undefined;
}

function classify(reading: string): { kind: Kind; syllable: string } | undefined {
  if (TONED.test(reading)) return { kind: 'toned', syllable: reading };
  const digit = DIGIT.exec(reading);
  if (digit) {
    const syllable = syllableOf(digit[1] ?? '');
    return syllable ? { kind: 'digit', syllable } : undefined;
  }
  if (!PLAIN.test(reading)) return undefined;
  const syllable = syllableOf(reading);
  return syllable ? { kind: 'plain', syllable } : undefined;
}

function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (!afterHan(text, m.index)) continue;
    const reading = classify(m[1] ?? '');
    if (!reading) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, ...reading, inWord: hanAt(text, end) });
  }
  return found;
}

/**
 * Does the document print its readings without tones? Either it already
 * carries several marked readings (a toned page whose neutral-tone syllables
 * stay bare), or bare syllables with an initial consonant keep interrupting
 * words (`龍(long)巖`, `簽(qian)約`), several times and with several
 * different syllables. A table column `时间(min)`, a list marker `(a)`, a
 * single `(an)` or an English gloss never reach that.
 */
function rubyEvidence(candidates: readonly Candidate[], marked: number): boolean {
  if (marked >= MARKED_THRESHOLD) return true;
  const inWord = candidates.filter((c) => c.kind === 'plain' && c.inWord && !ZERO_INITIAL.test(c.syllable));
  return inWord.length >= TONELESS_THRESHOLD && new Set(inWord.map((c) => c.syllable)).size >= TONELESS_DISTINCT;
}

/** Whether one candidate is removed, given the document's evidence. */
function isReading(c: Candidate, evidence: boolean, marked: number): boolean {
  if (c.kind === 'toned') return true;
  // A digit reading with an initial (`hui4`) is a reading on its own; `(a1)` or `(e2)` may be a label.
  if (c.kind === 'digit') return !ZERO_INITIAL.test(c.syllable) || marked >= 2 || evidence;
  if (!evidence) return false;
  // A bare one-letter syllable (a, o, e) is also a list marker: only inside a word.
  return c.syllable.length > 1 || c.inWord;
}

/**
 * Remove pinyin ruby after Han characters: `會(huì)議` → `會議`, and on a page
 * printed without tone letters `龍(long)巖` → `龍巖`. Offsets stay mapped:
 * the characters around a removed reading keep their original ranges.
 *
 * @returns the text without ruby and the number of readings removed
 * @example
 * ```ts
 * removePinyinRuby(identityText('會(huì)議')).text.text; // '會議'
 * removePinyinRuby(identityText('會(hui4)議')).text.text; // '會議'
 * removePinyinRuby(identityText('时间(min)')).text.text; // '时间(min)'
 * ```
 */
export function removePinyinRuby(input: MappedText): { text: MappedText; removed: number } {
  const candidates = findCandidates(input.text);
  const marked = candidates.filter((c) => c.kind !== 'plain').length;
  const evidence = rubyEvidence(candidates, marked);
  const ranges = candidates.filter((c) => isReading(c, evidence, marked));
  if (ranges.length === 0) return { text: input, removed: 0 };
  const out = new MappedTextBuilder(input);
  let at = 0;
  for (const { start, end } of ranges) {
    out.copy(at, start);
    at = end;
  }
  out.copy(at, input.text.length);
  return { text: out.finish(), removed: ranges.length };
}
