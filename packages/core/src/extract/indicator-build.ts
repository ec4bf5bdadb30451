/** Builds an indicator mention of a number: its clause, metric, period and whether it is a target. */

import type { Doc } from '../segment/index.js';
import { metricOf } from './indicator-metric.js';
import { periodAt } from './indicator-period.js';
import { TARGET_WORDS } from './lexicons/units.js';
import type { IndicatorMention } from './types.js';

const CLAUSE_END = /[,。;:!?\n]/u;

/** The clause around a span: from the punctuation before it to the punctuation after it. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !CLAUSE_END.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.test(text[e] ?? '')) e++;
  return [s, e];
}

/** The sentence around a position: from the 。, ; or line break before it to the one after it. */
export function sentenceAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !/[。;\n]/u.test(text[s - 1] ?? '')) s--;
  let e = at;
  while (e < text.length && !/[。;\n]/u.test(text[e] ?? '')) e++;
  return [s, e];
}

/**
 * An indicator of the number at `start`–`end` with its value and unit: its clause is the source,
 * its metric is named from the clause, its period from the text around it, and it is a target when
 * its sentence has a target word (力争, 到2027年).
 *
 * @example buildIndicator(doc, 4, 9, 3.46, '亿元', 'indicator/number-unit')
 */
export function buildIndicator(
  doc: Doc,
  start: number,
  end: number,
  value: number,
  unit: string,
  rule: string,
): IndicatorMention {
  const text = doc.text;
  const [cs, ce] = clauseAround(text, start, end);
  const [ss, se] = sentenceAround(text, start);
  const clause = text.slice(cs, ce);
  const sentence = text.slice(ss, se);
  const m: IndicatorMention = {
    kind: 'indicator',
    span: { start, end },
    text: text.slice(start, end),
    rule,
    metric: metricOf(clause, text.slice(start, end)),
    value,
    unit,
    sourceSpan: { start: cs, end: ce },
    sourceText: clause,
  };
  const period = periodAt(doc, { start, end, clause: [cs, ce] });
  if (period) m.period = period;
  if (TARGET_WORDS.test(sentence)) m.target = true;
  return m;
}
