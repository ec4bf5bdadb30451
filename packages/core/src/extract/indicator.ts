import type { Doc } from '../segment/index.js';
import { bareUnitAt } from './indicator-bare.js';
import { buildIndicator, clauseAround, sentenceAround } from './indicator-build.js';
import { attachChange, isFromTo, leadingChange } from './indicator-change.js';
import { deadlineAt } from './indicator-deadline.js';
import { distributedMetrics } from './indicator-metric.js';
import { countUnitOfMetric } from './indicator-multiplier-unit.js';
import { isNotAValue } from './indicator-not-value.js';
import { numeralIsValue, pointsListUnitAt, RANGE_AFTER_UNIT, sharedUnitAt, tenthsAt } from './indicator-numeral.js';
import { isPerCapitaBase, rateOverBaseAt } from './indicator-per-capita.js';
import { isEventDuration, streakQualifiesValue } from './indicator-qualifier.js';
import { unitFitsContext } from './indicator-unit-context.js';
import { APPROX_AFTER, APPROX_BEFORE, FRACTION_WORDS, PAGE_COUNTER, SPOKEN_UNITS, UNITS } from './lexicons/units.js';
import { quotedTerms } from './quoted.js';
import { CHINESE_NUMERAL_CHARS, isHan, parseNumber } from './text-utils.js';
import type { IndicatorMention } from './types.js';

const UNITS_LONGEST_FIRST = [...UNITS].sort((a, b) => b.length - a.length);
// 点 (decimal point) never starts a Chinese numeral: 服务点二千一百余个 reads 二千一百.
const NUMERAL_START = CHINESE_NUMERAL_CHARS.replace('点', '');
const NUM_RE = new RegExp(
  // Thousands separators (12,345人次) only with groups of exactly three digits.
  `(?:百分之|千分之|十万分之|万分之)[${CHINESE_NUMERAL_CHARS}]+|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,])|\\d+(?:\\.\\d+)?|[${NUMERAL_START}][${CHINESE_NUMERAL_CHARS}]*`,
  'gu',
);

function inPlaceholder(doc: Doc, start: number, end: number): boolean {
  return doc.placeholders.some((p) => p.start < end && start < p.end);
}

/**
 * Indicators: a number (Arabic, full-width after NFKC, Chinese, 百分之…) with
 * an optional multiplier (万/亿), approximation (多/余/以上, 超过/上万) and a
 * unit from the unit grammar; ranges (3-5个); ranks (全省第一名); streaks
 * (连续四年). Dates, ordinals (第二, 十九大), enumerations (八个方面) and
 * placeholders are not values. A 同比增长 after a value is its change.
 */
export function* extractIndicators(doc: Doc): Iterable<IndicatorMention> {
  const text = doc.text;
  const out: IndicatorMention[] = [];
  let consumed = 0;
  const quoted = [...quotedTerms(doc)].map((q) => [q.start, q.end] as const);
  for (const m of text.matchAll(NUM_RE)) {
    let raw = m[0];
    const start = m.index ?? 0;
    let end = start + raw.length;
    if (start < consumed) continue;
    if (inPlaceholder(doc, start, end)) continue;
    const arabic = /^\d/u.test(raw);
    // 百分之六十八点四, 千分之三点二, 十万分之十七点八: a rate in words.
    const fraction = FRACTION_WORDS.find(([w]) => raw.startsWith(w));
    const percentWords = fraction !== undefined;
    // 一百四十二万人次, 一点二亿元: a trailing 万/亿 is the multiplier of the unit, as after Arabic digits.
    // 逾百万人, 近十万名: a bare 十/百/千 before 万 reads as one number of the plain unit.
    const chineseMultiplier =
      !arabic && !percentWords && raw.length > 1 && /[万亿]$/u.test(raw) && !/^[十百千]万$/u.test(raw);
    if (chineseMultiplier) {
      raw = raw.slice(0, -1);
      end -= 1;
    }
    let value = parseNumber(fraction ? raw.slice(fraction[0].length) : raw);
    if (value === undefined) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    // Page chrome: 浏览次数:1234, 阅读量:2.3万.
    if (PAGE_COUNTER.test(text.slice(Math.max(0, start - 8), start))) continue;
    // 每10万人, 每3万人口: the size of a per-capita base is no value.
    if (isPerCapitaBase(text, start)) continue;
    // Numbers inside quoted terms name things (“三名”工程, “一人一案”); placeholders (x万, xx人) are no values.
    if (quoted.some(([qs, qe]) => start >= qs && start < qe)) continue;
    if (/[xX×某]$/u.test(before) || /^[xX×]/u.test(text.slice(end))) continue;
    // 床护比提高到1:0.6, 医护比为1:1.25: a ratio to one is its other side, with no unit.
    const ratio = raw === '1' ? RATIO_TO_ONE.exec(text.slice(end)) : null;
    if (ratio?.[1] && RATIO_LEAD.test(text.slice(Math.max(0, start - 6), start))) {
      const to = end + ratio[0].length;
      out.push(buildIndicator(doc, start, to, Number(ratio[1]), '', 'indicator/ratio'));
      consumed = to;
      continue;
    }
    // 一天三百多块, 一年两次: 一 + a span before an amount is "per", no count.
    if (raw === '一' && /^(?:天|年|月|周)[\d一二两三四五六七八九十百千]/u.test(text.slice(end))) continue;
    // A bare 万/千/百 is a word (千人口, 百人行动), except 上万 (ten thousand or more).
    // 十余个, 百余人, 千余名 are bounds too.
    if (/^[十百千万亿]$/u.test(raw) && !/[上近逾]$/u.test(before) && !/^[余多]/u.test(text.slice(end))) continue;
    // A bare 万 after digits or a placeholder (xx7万多名) is a multiplier, not a number of its own.
    if (/^[十百千万亿]$/u.test(raw) && /[\dxX×]$/u.test(before)) continue;
    // Session ordinals: 十一届九次全会, 三次会议.
    if (/届$/u.test(before) || (!/^\d/u.test(raw) && /^次(?:全会|会议|常委会|党代会)/u.test(text.slice(end)))) continue;
    // 第1、2项: every number of a list after 第 is an ordinal.
    if (/第[\d、]+$/u.test(text.slice(Math.max(0, start - 8), start))) continue;
    // 上一轮, 下一步, 上一年: 一 after 上/下 is "the previous/next", no count.
    if (raw === '一' && /[上下]$/u.test(before)) continue;
    // 没有一名骨干流失, 无一例死亡: a negated one is none, no count.
    if (raw === '一' && /(?:没有|无|未有|未)$/u.test(before)) continue;
    // Ordinals and names: 第二, 十九大, 省第十四次.
    if (before.endsWith('第')) {
      const rank = /^(名|位)/u.exec(text.slice(end));
      if (!rank || !/(全国|全省|全市|全县|全区)第$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
      out.push(buildIndicator(doc, start - 1, end + 1, value, '名', 'indicator/rank'));
      continue;
    }
    const deadline = deadlineAt(text, start, end);
    if (deadline) {
      const ind = buildIndicator(doc, start, deadline.end, value, deadline.unit, 'indicator/deadline');
      ind.target = true;
      ind.period = text.slice(start, deadline.end);
      out.push(ind);
      consumed = deadline.end;
      continue;
    }
    // A Chinese numeral glued to a preceding word may be part of it (一体化, 新一轮): see numeralIsValue.
    const glued = !arabic && !percentWords && isHan(text[start - 1]);
    // Streaks: 连续四年; one followed by a value (连续两年保持在90%以上) is that value's duration.
    if (/连续$/u.test(before) && text[end] === '年') {
      if (streakQualifiesValue(text, end + 1)) continue;
      out.push(buildIndicator(doc, start - 2, end + 1, value, '年', 'indicator/streak'));
      continue;
    }
    if (percentWords) {
      const ind = buildIndicator(doc, start, end, value, fraction?.[1] ?? '%', 'indicator/percent-words');
      // 同比增长百分之十二点四 after a value is that value's change.
      const changeEnd = attachChange({ text, ind, out });
      if (changeEnd !== undefined) {
        consumed = changeEnd;
        continue;
      }
      out.push(ind);
      continue;
    }
    // Tenths: 八成以上 (80% or more), 九成左右.
    const tenths = arabic ? undefined : tenthsAt(text, { before, end, value });
    // 其中六成以上用于…: a share of the amount just named.
    const shareOf = /其中$/u.test(text.slice(Math.max(0, start - 2), start));
    // 确保八成以上乡镇卫生院: a bound written after the tenths makes them a share whatever comes before.
    const boundShare = tenths !== undefined && /^成(?:以上|左右)/u.test(text.slice(end));
    if (
      tenths &&
      glued &&
      !shareOf &&
      !boundShare &&
      !numeralIsValue({ text, start, end, unit: '成', unitEnd: end + 1 })
    )
      continue;
    if (tenths) {
      const ind = buildIndicator(doc, start, tenths.end, value * 10, '%', 'indicator/tenths');
      if (tenths.approx) ind.approx = true;
      consumed = tenths.end;
      // 比上年减少两成左右 after a value is that value's change.
      if (attachChange({ text, ind, out }) === undefined) out.push(ind);
      continue;
    }
    // 为期两天: the length of an event, not a fact.
    if (isEventDuration(text, start)) continue;
    let at = end;
    let valueMin: number | undefined;
    // Range: 3-5个, 3至5个.
    const range = RANGE_AFTER_UNIT.exec(text.slice(at));
    if (arabic && range?.[1]) {
      valueMin = value;
      value = Number(range[1]);
      at += range[0].length;
    }
    let multiplier = '';
    if (
      (arabic || chineseMultiplier) &&
      /[万亿千]/u.test(text[at] ?? '') &&
      !/^万(人次|元|人|平方米|剂|份)/u.test(text.slice(at))
    ) {
      multiplier = text[at] ?? '';
      at += 1;
    }
    let approx = APPROX_BEFORE.some((w) => before.endsWith(w) && w !== '达到' && w !== '达');
    const approxAfter = APPROX_AFTER.find((w) => text.startsWith(w, at));
    if (approxAfter) {
      approx = true;
      at += approxAfter.length;
    }
    // 4.6万 with no unit after it: the multiplier is the unit.
    // 0.61、2.46个千分点 (分别为12、15家): the first values of a list share the unit written after the last.
    // 发病率为每10万人312.6例, 降至每10万人27.4: a rate over its base, in /10万.
    const rate = arabic && !multiplier ? rateOverBaseAt(text, start, at) : undefined;
    const shared = multiplier || !arabic || rate ? undefined : sharedUnitAt(text, at);
    const points = multiplier || !arabic ? undefined : pointsListUnitAt(text, at);
    // 3.2个亿, 6个多百分点: a spoken unit, written longer than the unit it means.
    const spoken = multiplier || points !== undefined ? undefined : SPOKEN_UNITS.find(([w]) => text.startsWith(w, at));
    if (spoken?.[2]) approx = true;
    const written =
      points === undefined
        ? (spoken?.[1] ??
          UNITS_LONGEST_FIRST.find((u) => text.startsWith(u, at)) ??
          (multiplier && !isHan(text[at]) ? '' : undefined))
        : undefined;
    // 孕产妇死亡率为零, 布雷图指数由18.6降至9.2: a value whose unit is implied, not written.
    const implied =
      points === undefined && written === undefined && shared === undefined && !multiplier
        ? bareUnitAt({ text, clauseStart: clauseAround(text, start, end)[0], start, end, value })
        : undefined;
    // 人民币叁佰万元整(¥3,000,000.00): an amount after the yuan sign is in 元.
    const yen = arabic && written === undefined && /[¥￥]$/u.test(before) ? '元' : undefined;
    let unit = rate?.unit ?? points ?? written ?? shared ?? yen ?? implied;
    if (unit === undefined) continue;
    // 得分92.6分 but 十分重要, 9时30分; 结对328对 but 1对1: see unitFitsContext.
    const clauseStart = clauseAround(text, start, end)[0];
    if (unit === written && !unitFitsContext({ text, clauseStart, start, unit, unitEnd: at + unit.length, arabic }))
      continue;
    // 1300余台(套): a second measure word in brackets is part of the unit.
    const alternative = written && !spoken && !rate ? ALTERNATIVE_UNIT.exec(text.slice(at + written.length)) : null;
    if (alternative?.[1] && UNITS.includes(alternative[1])) unit += alternative[0];
    // Where the unit ends: after the 个 of a points list, after a written unit (or a rate's 例), or right here.
    const writtenEnd =
      unit === points ? at + 1 : spoken ? at + spoken[0].length : written !== undefined ? at + unit.length : at;
    const unitEnd = rate ? at + rate.countWord : writtenEnd;
    // 总诊疗人次达3164.5万, 常住人口已超过200万: a bare multiplier counts what the metric before it names.
    if (multiplier && written === '') unit = countUnitOfMetric(text.slice(clauseStart, start)) ?? unit;
    // 6次常规免疫和两次强化免疫: a count coordinated with the one before it, in the same unit.
    const last = out[out.length - 1];
    const coordinated =
      last !== undefined &&
      last.unit === unit &&
      /^[^,。;:!?\n]{0,20}[和及、]$/u.test(text.slice(last.span.end, start));
    if (glued && !coordinated && !numeralIsValue({ text, start, end, unit, unitEnd })) continue;
    // Enumerations, dates, windows, distances, age bands, congresses: see isNotAValue.
    const read = { text, raw, start, end, before, unitStart: at, unit, unitEnd, value, valueMin };
    if (isNotAValue({ ...read, approx, arabic, coordinated })) continue;
    at = unitEnd;
    // 85%-90%, 2万人至3万人: a range with the unit on both ends.
    const unitRange = arabic && valueMin === undefined ? RANGE_AFTER_UNIT.exec(text.slice(at)) : null;
    if (unitRange?.[1] && text.startsWith(`${multiplier}${unit}`, at + unitRange[0].length)) {
      valueMin = value;
      value = Number(unitRange[1]);
      at += unitRange[0].length + multiplier.length + unit.length;
    }
    // 上万人: 上 + 万 is a bound of ten thousand.
    if (!arabic && raw === '万' && before.endsWith('上')) approx = true;
    if (multiplier === '万') value *= 1e4;
    if (multiplier === '亿') value *= 1e8;
    if (multiplier === '千') value *= 1e3;
    const unitOut = multiplier && unit !== '%' ? `${multiplier}${unit}` : unit;
    if (multiplier && unitOut === `${multiplier}${unit}`)
      value /= multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1e3;
    const ind = buildIndicator(doc, rate?.baseStart ?? start, at, value, unitOut, 'indicator/number-unit');
    if (valueMin !== undefined) ind.valueMin = valueMin;
    if (approx) ind.approx = true;
    // 提升3.2个百分点、达29.6%: the change written first belongs to the level after it.
    const lead = leadingChange({ text, prev: out[out.length - 1], ind });
    if (lead) {
      out.pop();
      ind.change = lead.change;
      ind.metric = lead.metric;
    }
    // A change right after a value (,同比增长5.66%) belongs to the value before it.
    const prev = out[out.length - 1];
    const changeEnd = attachChange({ text, ind, out });
    if (changeEnd !== undefined) {
      consumed = Math.max(at, changeEnd);
      continue;
    }
    // 由2.1人提高到2.6人: one fact, the new value, with the change from the old one.
    if (prev && isFromTo(text, prev, ind)) {
      out.pop();
      ind.change = { kind: 'from_to', from: prev.value, to: value, unit: unitOut };
    }
    // 高血压、糖尿病患者规范管理率均达到70%: one value for each metric of the list.
    const metrics = distributedMetrics(ind.sourceText, ind.text) ?? [ind.metric];
    for (const metric of metrics) out.push({ ...ind, metric });
    consumed = at;
  }
  // A clause repeated verbatim with the rest of its sentence (a boxed summary, a repeated paragraph)
  // states the same fact once; the same clause followed by other clauses (乙类: 死亡3人,发病率为… after
  // the total's 死亡3人,发病率为…) or the same amount twice in one clause (CT1台、…分析仪1台) are facts of
  // their own.
  const seen = new Set<string>();
  for (const m of out) {
    const se = sentenceAround(text, m.span.start)[1];
    const place = `${m.span.start - m.sourceSpan.start}\u0000${text.slice(m.sourceSpan.start, se)}`;
    const key = `${m.value}\u0000${m.unit}\u0000${m.metric}\u0000${m.sourceText}\u0000${place}`;
    if (seen.has(key)) continue;
    seen.add(key);
    yield m;
  }
}

/** The other side of a ratio to one (1:0.6), and what names a ratio before it (床护比提高到). */
const RATIO_TO_ONE = /^:(\d+(?:\.\d+)?)(?![\d:])/u;
const RATIO_LEAD = /比(?:例)?(?:为|是|达|达到|提高到|提高至|提升到|提升至|降至|降到|调整为)?$/u;

/** A second measure word in brackets after a unit (台(套), 个(家)). */
const ALTERNATIVE_UNIT = /^\((\p{Script=Han})\)/u;
