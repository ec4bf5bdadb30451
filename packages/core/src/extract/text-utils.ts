/** Small text helpers shared by the extractors. */

import type { Doc, Span } from '../segment/index.js';

/** One Han character. */
export const HAN = /\p{Script=Han}/u;

/** Punctuation that ends a phrase (after NFKC: ASCII `,:;()` as well as Chinese marks). */
export const PHRASE_END = /[,，。.;；:：!！?？、\n()（）“”"「」《》【】\s]/u;

/** Sentence-ending punctuation. */
export const SENTENCE_END = /[。!！?？;；\n]/u;

/** Whether `ch` is a Han character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Remove all whitespace (the report's strings carry none). */
export function squash(s: string): string {
  return s.replace(/\s+/gu, '');
}

/** Strip quotation marks and 《》 around or inside a name. */
export function stripQuotes(s: string): string {
  return s.replace(/[“”"'‘’「」『』《》〈〉]/gu, '');
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿点';

/**
 * Parse a Chinese numeral (三百, 一千二百零五, 五十二点三, 十) or an Arabic
 * number with commas. Returns undefined when the text is not a number.
 *
 * @example parseNumber('三百') // 300
 */
export function parseNumber(text: string): number | undefined {
  const t = text.replace(/[,，]/gu, '');
  if (/^\d+(?:\.\d+)?$/u.test(t)) return Number(t);
  if (t === '' || ![...t].every((c) => CHINESE_NUMERAL_CHARS.includes(c))) return undefined;
  const [intPart = '', fracPart] = t.split('点');
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of intPart) {
    if (c in DIGITS) digit = DIGITS[c] ?? 0;
    else if (c in SMALL_UNITS) {
      section += (digit || 1) * (SMALL_UNITS[c] ?? 1);
      digit = 0;
    } else if (c in BIG_UNITS) {
      total += (section + digit || 1) * (BIG_UNITS[c] ?? 1);
      section = 0;
      digit = 0;
    }
  }
  let value = total + section + digit;
  if (fracPart !== undefined) {
    let scale = 0.1;
    for (const c of fracPart) {
      const d = DIGITS[c];
      if (d === undefined) return undefined;
      value += d * scale;
      scale /= 10;
    }
  }
  return value;
}

/** Index of the sentence end at or after `at` (exclusive end), or `text.length`. */
export function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (SENTENCE_END.test(text[i] ?? '')) return i;
  return text.length;
}

/** Index just after the previous sentence end before `at`, or 0. */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i] ?? '')) return i + 1;
  return 0;
}

/** Longest word of `words` that `text` has at `at`. */
export function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.startsWith(w, at) && (!best || w.length > best.length)) best = w;
  return best;
}

/** Longest word of `words` that ends exactly at `end`. */
export function wordBefore(text: string, end: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) {
    if (end - w.length >= 0 && text.startsWith(w, end - w.length) && (!best || w.length > best.length)) best = w;
  }
  return best;
}

/** Finds the longest lexicon word at a position; words are indexed by first character. */
export type WordMatcher = (text: string, at: number) => string | undefined;

/**
 * Build a {@link WordMatcher} over `words`: one map lookup per position, then
 * only the words starting with that character, longest first.
 *
 * @example lexiconMatcher(['主任', '副主任'])('副主任张三', 0) // '副主任'
 */
export function lexiconMatcher(words: Iterable<string>): WordMatcher {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const first = w[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(w);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (text, at) => {
    const list = byFirst.get(text[at] ?? '');
    if (!list) return undefined;
    for (const w of list) if (text.startsWith(w, at)) return w;
    return undefined;
  };
}

/**
 * Whether a span holds one of the document's placeholders or starts right
 * after one (`xx县人民医院` → `县人民医院`, `x年度…活动`): the name then stands
 * for something the source left out and is no real entity. (Ingestion
 * reports the placeholders in `doc.diagnostics`, code `KG_PLACEHOLDER`.)
 *
 * @example touchesPlaceholder(doc, { start: 2, end: 7 }) // true for 'xx县人民医院' in doc.text
 */
export function touchesPlaceholder(doc: Doc, span: Span): boolean {
  return doc.placeholders.some((p) => (p.start < span.end && span.start < p.end) || p.end === span.start);
}
