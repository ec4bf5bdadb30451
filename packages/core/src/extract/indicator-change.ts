/** Changes written next to a value: 同比增长5%, 比上年提高1.9个百分点, 较2020年提高1.4岁, 由A缩短至B. */

import { CHANGE_WORDS } from './lexicons/units.js';
import type { IndicatorMention } from './types.js';

/** How far (characters) a change phrase may sit after the value it changes. */
const CHANGE_GAP = 14;
/** Verbs of a decrease. */
const DOWN = /下降|减少|降低|缩短|缩小/u;
/** A from/to verb between two values: 由2.1人提高到2.6人, 由8.9天缩短至8.3天. */
const FROM_TO_VERB = /^(?:提高|增加|增长|上升|下降|减少|降低|提升|缩短|延长|扩大|压缩|缩小|提|升|降|增)(?:到|至)$/u;

/** A change verb with no comparison right after a value (,增长5.2%; ,增幅达8.3%; ,提高了2.1个百分点). */
const BARE_CHANGE = /(?:增长|下降|提高|降低|上升|增加|减少|增幅|降幅)(?:为|达)?了?(?:约|近)?$/u;

/** Where the last change attached to a value ends (a second one may follow it). */
const changeEnds = new WeakMap<IndicatorMention, number>();

/** Units of a change that fit a value's unit: the same unit, 个百分点 of a %, 万元 of 亿元. */
function changeFits(valueUnit: string, changeUnit: string): boolean {
  if (changeUnit === '%' || changeUnit === valueUnit) return true;
  if (changeUnit === '个百分点') return valueUnit === '%';
  if (changeUnit === '个千分点') return valueUnit === '‰';
  // Money and counts with another multiplier (1.2亿元, 较上年增加1800万元).
  const base = (u: string) => u.replace(/^[万亿千]/u, '');
  return base(changeUnit) === base(valueUnit) && base(valueUnit) !== '';
}

/** Options of {@link attachChange}. */
export interface AttachChangeOptions {
  /** The document text. */
  text: string;
  /** The value just read, a candidate change. */
  ind: IndicatorMention;
  /** The facts read so far, in text order; the change goes to one of them. */
  out: readonly IndicatorMention[];
}

/**
 * A change written right after a value (…156亿元,同比增长百分之十二点四;
 * 88.6%,比上年提高1.9个百分点; 79.2岁,较2020年提高1.4岁) becomes that value's
 * change. Returns the end of the text it consumed (a 分别 list of changes, each
 * for the value in the same place of the list before it), or undefined when
 * the value is no change.
 */
export function attachChange({ text, ind, out }: AttachChangeOptions): number | undefined {
  const prev = out[out.length - 1];
  if (!prev) return undefined;
  // A second change of the same value (同比提高1.2个百分点,较2020年提高3.5个百分点) follows the first.
  const from = changeEnds.get(prev) ?? prev.span.end;
  if (ind.span.start <= from || ind.span.start - from > CHANGE_GAP) return undefined;
  const gap = text.slice(from, ind.span.start);
  const change =
    CHANGE_WORDS.exec(gap) ?? (/^[,;]?$/u.test(gap.replace(BARE_CHANGE, '')) ? BARE_CHANGE.exec(gap) : null);
  if (!change || !changeFits(prev.unit, ind.unit)) return undefined;
  // A bare change verb (,增长5.2%) is a change only as a rate or in points.
  if (!CHANGE_WORDS.test(gap) && ind.unit !== '%' && !/^个[百千]分点$/u.test(ind.unit)) return undefined;
  const down = DOWN.test(change[0]);
  const setChange = (target: IndicatorMention, value: number) => {
    changeEnds.set(target, ind.span.end);
    if (target.change) return;
    // Against a named base year (较2020年提高1.4岁) an amount is an increase over that base.
    target.change =
      change.groups?.year && ind.unit !== '%'
        ? { kind: 'increase_vs_base', value: down ? -value : value, unit: ind.unit }
        : { kind: 'yoy', value, unit: ind.unit, direction: down ? 'down' : 'up' };
  };
  if (!change.groups?.each && !change.groups?.each2) {
    setChange(prev, ind.value);
    return ind.span.end;
  }
  // 分别比上年增加0.14人、0.22人和0.35人: the k-th change belongs to the k-th of the last n values.
  const list = listAfter(text, ind);
  const targets = out.slice(-list.values.length);
  if (targets.length !== list.values.length || !targets.every((t) => changeFits(t.unit, ind.unit))) {
    setChange(prev, ind.value);
    return ind.span.end;
  }
  for (const [k, t] of targets.entries()) setChange(t, list.values[k] ?? 0);
  for (const t of targets) changeEnds.set(t, list.end);
  return list.end;
}

/** The values of a list that starts with `ind` and repeats its unit (0.14人、0.22人和0.35人). */
function listAfter(text: string, ind: IndicatorMention): { values: number[]; end: number } {
  const values = [ind.value];
  let end = ind.span.end;
  const unit = ind.unit.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  const next = new RegExp(`^(?:、|和|及|,)(\\d+(?:\\.\\d+)?)${unit}`, 'u');
  for (let m = next.exec(text.slice(end)); m; m = next.exec(text.slice(end))) {
    values.push(Number(m[1]));
    end += m[0].length;
  }
  return { values, end };
}

/**
 * 由2.1人提高到2.6人 (由8.9天缩短至8.3天): one fact, the new value, with the
 * change from the old one. True when `ind` is the to-part of `prev`.
 */
export function isFromTo(text: string, prev: IndicatorMention | undefined, ind: IndicatorMention): boolean {
  if (!prev || prev.unit !== ind.unit) return false;
  if (!FROM_TO_VERB.test(text.slice(prev.span.end, ind.span.start))) return false;
  const from = text.slice(Math.max(0, prev.span.start - 1), prev.span.start);
  return from === '由' || from === '从';
}
