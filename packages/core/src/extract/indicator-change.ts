/** Changes written next to a value: 同比增长5%, 比上年提高1.9个百分点, 较2020年提高1.4岁, 由A缩短至B. */

import { metricOf } from './indicator-metric.js';
import { CHANGE_WORDS, MULTIPLE_WORDS, REFERENCE_WORDS } from './lexicons/units.js';
import type { IndicatorChange, IndicatorMention } from './types.js';

/**
 * What may stand between a value and the change phrase after it: nothing or a comma (,同比增长),
 * with 均/并 (,均同比增长); or, before a change against a named base (比上年, 较2022年底), the rest of
 * the value's own clause (三十二家县级医院达到推荐标准,较2022年底增加9家). Anything else names a new
 * subject (9个乡镇卫生院门急诊量同比增长8%): the amount is that subject's, not the value's change.
 */
const CHANGE_LEAD = /^[,;]?(?:均|并)?$/u;
const CLAUSE_REST_LEAD = /^[^,;:。\d]{1,30},$/u;
/** Verbs of a decrease (低 of 低于平均水平, spoken 少了, 落后于序时进度). */
const DOWN = /下降|减少|降低|缩短|缩小|低|少|慢于|落后/u;
/** A from/to verb between two values: 由2.1人提高到2.6人, 由8.9天缩短至8.3天. */
const FROM_TO_VERB = /^(?:提高|增加|增长|上升|下降|减少|降低|提升|缩短|延长|扩大|压缩|缩小|提|升|降|增)(?:到|至)$/u;

/**
 * A change verb with no comparison right after a value (,增长5.2%; ,增幅达8.3%; ,提高了2.1个百分点),
 * or after a list of values, one change each (收入98.6亿元、支出91.2亿元,分别增长7.3%、8.1%).
 */
const BARE_CHANGE = /(?<each>分别)?(?:增长|下降|提高|提升|降低|上升|增加|减少|增幅|降幅)(?:为|达)?了?(?:约|近)?$/u;

/** Where the last change attached to a value ends (a second one may follow it). */
const changeEnds = new WeakMap<IndicatorMention, number>();

/** Units of a change that fit a value's unit: the same unit, 个百分点 of a %, 万元 of 亿元, any in 倍. */
function changeFits(valueUnit: string, changeUnit: string): boolean {
  // A multiple (较4月上升1.3倍, 是2023年的1.6倍) fits a value of any unit.
  if (changeUnit === '%' || changeUnit === '倍' || changeUnit === valueUnit) return true;
  if (changeUnit === '个百分点') return valueUnit === '%';
  if (changeUnit === '个千分点') return valueUnit === '‰';
  if (changeUnit === '个十万分点') return valueUnit === '/10万' || valueUnit === '/十万';
  if (changeUnit === '个万分点') return valueUnit === '/万';
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
  if (ind.span.start <= from) return undefined;
  const gap = text.slice(from, ind.span.start);
  const named =
    CHANGE_WORDS.exec(gap) ?? REFERENCE_WORDS.exec(gap) ?? (ind.unit === '倍' ? MULTIPLE_WORDS.exec(gap) : null);
  const change = named ?? (/^[,;]?$/u.test(gap.replace(BARE_CHANGE, '')) ? BARE_CHANGE.exec(gap) : null);
  if (!change || !changeFits(prev.unit, ind.unit)) return undefined;
  const lead = gap.slice(0, change.index);
  if (!CHANGE_LEAD.test(lead) && !(named && CLAUSE_REST_LEAD.test(lead))) {
    // 报告发病1236例,…,发病数同比下降4.2%: the subject names a count read earlier in the sentence.
    const restated = named ? restatedValue(text, out, lead) : undefined;
    if (!restated) return undefined;
    changeEnds.set(restated, ind.span.end);
    restated.change = changeOf(change, ind.value, ind.unit);
    return ind.span.end;
  }
  // A bare change verb (,增长5.2%) is a change only as a rate or in points.
  if (!named && !isRateChange(ind.unit)) return undefined;
  const setChange = (target: IndicatorMention, value: number) => {
    changeEnds.set(target, ind.span.end);
    if (target.change) return;
    target.change = changeOf(change, value, ind.unit);
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

/** A subject restating a count (,发病数同比, ;门诊量比上年): its stem, without the count word. */
const RESTATED_SUBJECT = /^[,;](\p{Script=Han}{2,6}?)(?:总数|人数|例数|数|量)$/u;

/**
 * The value of the same sentence, latest first, that a change's subject restates (报告发病1236例,
 * 死亡3人,报告发病率为17.40/10万,发病数同比下降4.2%: 发病数 is the 发病 count, not its rate).
 * Only a count word (数, 量) restates, and only a value with no change yet whose metric holds the
 * stem and is no rate.
 */
function restatedValue(text: string, out: readonly IndicatorMention[], lead: string): IndicatorMention | undefined {
  const stem = RESTATED_SUBJECT.exec(lead)?.[1];
  const last = out[out.length - 1];
  if (!stem || !last) return undefined;
  for (let k = out.length - 1; k >= 0; k--) {
    const v = out[k];
    if (!v || /[。!?\n]/u.test(text.slice(v.span.end, last.span.end))) return undefined;
    if (v.change || /率/u.test(v.metric) || v.unit === '%' || !v.metric.includes(stem)) continue;
    return v;
  }
  return undefined;
}

/** A change in % or in points, the only amounts a bare change verb (,增长5.2%) may carry. */
function isRateChange(unit: string): boolean {
  return unit === '%' || /^个[百千]分点$/u.test(unit);
}

/**
 * The change read from its phrase: against a named base (较2020年提高1.4岁, 比“十三五”末提高1.6岁,
 * 低于全市平均水平1.9个百分点, 环比上升38.1%) an increase over that base, signed; otherwise a
 * year-on-year change with its direction. A % against a base year stays a growth rate (yoy).
 */
function changeOf(change: RegExpExecArray, value: number, unit: string): IndicatorChange {
  const down = DOWN.test(change[0]);
  const groups = change.groups ?? {};
  const reference = REFERENCE_WORDS.test(change[0]);
  if ((groups.year && unit !== '%') || groups.plan || groups.mom || groups.month || groups.usual || reference)
    return { kind: 'increase_vs_base', value: down ? -value : value, unit };
  return { kind: 'yoy', value, unit, direction: down ? 'down' : 'up' };
}

/** Options of {@link leadingChange}. */
export interface LeadingChangeOptions {
  /** The document text. */
  text: string;
  /** The amount read before the level: a candidate change. */
  prev: IndicatorMention | undefined;
  /** The level just read. */
  ind: IndicatorMention;
}

/** What joins a change written first to the level after it (提升3.2个百分点、达29.6%; 增长12%,达到3.1万人次). */
const LEVEL_AFTER_CHANGE = /^[、,]?(?:达到|达|为|至)$/u;

/**
 * A change written before the level it leads to (居民健康素养水平提升3.2个百分点、达29.6%;
 * 门诊量同比增长12%,达到3.1万人次): the change of that level, and the level's metric (the
 * change's, without its verb). Returns undefined when `prev` is no such change.
 */
export function leadingChange({
  text,
  prev,
  ind,
}: LeadingChangeOptions): { change: IndicatorChange; metric: string } | undefined {
  if (!prev || prev.change || !LEVEL_AFTER_CHANGE.test(text.slice(prev.span.end, ind.span.start))) return undefined;
  const before = text.slice(Math.max(0, prev.span.start - 24), prev.span.start);
  const named = CHANGE_WORDS.exec(before);
  const change = named ?? BARE_CHANGE.exec(before);
  if (!change || !changeFits(ind.unit, prev.unit)) return undefined;
  if (!named && !isRateChange(prev.unit)) return undefined;
  const own = metricOf(text.slice(prev.sourceSpan.start, prev.span.end), prev.text);
  const metric = own.replace(named ? CHANGE_WORDS : BARE_CHANGE, '') || ind.metric;
  return { change: changeOf(change, prev.value, prev.unit), metric };
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
