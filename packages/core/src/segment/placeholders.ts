import type { Span } from './types.js';

/**
 * Placeholders that template sites and drafts leave in a text: `20xx年`,
 * `202-年`, `x月`, `xx同志`, `XX县`, `杨x`. A run of x/X/× not touching other
 * Latin letters, or a year with its last digits blanked (also as the start of a
 * range: `(202--2026年)`). Never values.
 */
const PLACEHOLDER = /(?<![A-Za-z])(?:(?:19|20)\d?[-xX×]{1,2}(?=\s*年|-(?:19|20)\d{2}\s*年)|[xX×]{1,3})(?![A-Za-z])/gu;
/** A placeholder stands in Chinese text: a Han character on one side, or punctuation with no digit on the other. */
const HAN = /\p{Script=Han}/u;
const PUNCT = /[\p{P}\p{S}]/u;
const DIGIT = /\d/;

/**
 * Find placeholder spans in a normalized text.
 *
 * @example
 * ```ts
 * findPlaceholders('xx同志在202-年x月讲话'); // [{start:0,end:2},{start:5,end:9},{start:10,end:11}]
 * ```
 */
export function findPlaceholders(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    const year = /\d/.test(m[0]);
    const han = HAN.test(before) || HAN.test(after);
    const punct = (PUNCT.test(before) && !DIGIT.test(after)) || (PUNCT.test(after) && !DIGIT.test(before));
    if (!(year || han || punct)) continue;
    spans.push({ start, end });
  }
  return spans;
}
