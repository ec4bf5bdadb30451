import { type MappedText, MappedTextBuilder } from './text-map.js';

/**
 * Pinyin ruby as web pages flatten it: a Han character followed by its
 * reading in parentheses, `會(huì)议`. Only Latin letters with at least one
 * tone mark count (or ü), so `(管)`, `(一)` or `(PM2.5)` are never touched.
 */
const TONED_RUBY = /\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*)\)/gu;
/** Neutral-tone readings (`們(men)`) carry no mark; accepted only in a text already full of toned ruby. */
const NEUTRAL_RUBY = /\(((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv][aeiounrgü]{0,4})\)/gu;
/** The character before the parenthesis must be Han (checked in code: a lookbehind would run at every position). */
const HAN = /^\p{Script=Han}$/u;

function afterHan(text: string, at: number): boolean {
  const prev = text.codePointAt(at - 1) ?? 0;
  const cp = prev >= 0xdc00 && prev <= 0xdfff ? (text.codePointAt(at - 2) ?? 0) : prev;
  return HAN.test(String.fromCodePoint(cp));
}
/** Toned readings a text needs before neutral ones are removed as well. */
const NEUTRAL_THRESHOLD = 3;

/**
 * Remove pinyin ruby after Han characters: `會(huì)議` → `會議`.
 *
 * @returns the text without ruby and the number of readings removed
 * @example
 * ```ts
 * removePinyinRuby(identityText('會(huì)議')).text.text; // '會議'
 * ```
 */
export function removePinyinRuby(input: MappedText): { text: MappedText; removed: number } {
  const ranges: Array<[number, number]> = [];
  for (const m of input.text.matchAll(TONED_RUBY)) {
    if (afterHan(input.text, m.index)) ranges.push([m.index, m.index + m[0].length]);
  }
  if (ranges.length >= NEUTRAL_THRESHOLD) {
    for (const m of input.text.matchAll(NEUTRAL_RUBY)) {
      if (afterHan(input.text, m.index)) ranges.push([m.index, m.index + m[0].length]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
  }
  if (ranges.length === 0) return { text: input, removed: 0 };
  const out = new MappedTextBuilder(input);
  let at = 0;
  for (const [start, end] of ranges) {
    out.copy(at, start);
    at = end;
  }
  out.copy(at, input.text.length);
  return { text: out.finish(), removed: ranges.length };
}
