/** The metric label of an indicator: what the number measures, from the clause around it. */

import { posTag } from './pos.js';

/** A change or comparison verb that ends the phrase before a value (人均预期寿命达到78.5岁). */
const VALUE_VERB =
  /(?:达到|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|下降到|下降至|降低到|降低至|减少到|减少至|稳定在|保持在|控制在|不低于|不少于|超过|突破|达|为)$/u;
/**
 * Modals and approximations right before a value (要, 将, 近, 约, 逾, 上 of 上万), and a streak
 * with its verb (连续两年保持在90%以上, 连续6年保持为零): how long the value held, not its name.
 */
const VALUE_LEAD =
  /(?:要|将|须|应|近|约|逾|上|分别|缩短至|缩短到|降至|升至|增至|拥有|共有|保持|连续[\d一二两三四五六七八九十]+年)$/u;
/** A verb or modal opening what is left of the clause (共有, 已, 要). */
const LEAD_VERB = /^(?:今年|年内)?(?:共有|共|已|要|将|拥有)/u;
/** How a metric's name ends (…率, …数, …量, …占比). */
const METRIC_END = /(?:率|数|量|比|比例|额|人次|寿命)$/u;
/** Bounds and approximations right after a value (300家以上, 80%左右). */
const VALUE_BOUND = /^(?:以上|以下|左右|以内|之内)/u;
/** A target's or period's lead-in (力争到2025年, 到2027年底, 全年) and a scope word (全省, 全市). */
const LEAD_IN =
  /^(?:其中|累计|共计|共有|共)?(?:(?:力争)?(?:到|至)?\d{4}年(?:底|末)?|全年|今年|年内)?[,，]?(?:全市|全省|全县|全区|全国)?/u;

/** The from-part of a from/to change and all after it. */
const FROM_TO = /由(?=\d|的|上年|去年).*$/u;

/**
 * What is measured: the clause around the value without the value itself, the
 * verb that leads to it, the bound after it, a target's lead-in and the scope
 * word (力争到2025年全省三级医院达到300家以上 → 三级医院).
 *
 * @example metricOf('全市共有医疗卫生机构8326个', '8326个') // '医疗卫生机构'
 */
export function metricOf(clause: string, valueText: string): string {
  // 村卫生室236个、乡镇卫生院18所: each value measures its own part of the list.
  const parts = clause.split('、');
  if (parts.filter((p) => /[\d一二两三四五六七八九十百千]/u.test(p)).length >= 2) {
    const part = parts.find((p) => p.includes(valueText));
    if (part && !/分别/u.test(clause)) return metricOf(part, valueText);
  }
  const at = clause.indexOf(valueText);
  if (at < 0) return clause.slice(0, 30);
  let before = clause.slice(0, at);
  // Verbs, modals and approximations may stack before a value (托位数要达到, 检测近, 缩短至).
  for (let prev = ''; prev !== before; ) {
    prev = before;
    before = before.replace(VALUE_VERB, '').replace(VALUE_LEAD, '');
  }
  // 孕产妇死亡率、婴儿死亡率分别降至A和B: the k-th value measures the k-th metric.
  const dist = /^(.+?)分别/u.exec(clause.slice(0, at));
  if (dist?.[1]) {
    const head = dist[1].replace(LEAD_IN, '');
    // 总诊疗人次和出院人数分别为A和B: two names joined by 和 when no 、 lists them.
    const names = head.includes('、') ? head.split('、') : head.split(/[和及]/u);
    const k = (clause.slice(dist[0].length, at).match(/[、和及]/gu) ?? []).length;
    const name = names[k];
    if (names.length >= 2 && name && names.every((n) => METRIC_END.test(n))) return name.slice(0, 30);
    // Names sharing one head (高血压、糖尿病患者规范管理率): the list as written.
    if (names.length >= 2 && k < names.length) return names.join('、').slice(0, 30);
    // One name for a list of values (三类医院分别为12、15和18家).
    if (names.length === 1 && names[0]) return names[0].slice(0, 30);
  }
  const after = clause.slice(at + valueText.length).replace(VALUE_BOUND, '');
  // A from/to change names its metric before 由 (每千人口床位数由2020年的5.4张增加到5.9张).
  const metric = `${before}${after}`.replace(LEAD_IN, '').replace(LEAD_VERB, '').replace(FROM_TO, '');
  return (metric || before || clause).slice(0, 30);
}

/** How a metric spread by 均 ends: a metric's end, or a degree (满意度) or level (水平). */
const SPREAD_END = /(?:率|数|量|比|比例|额|人次|寿命|度|水平)$/u;
/** The list of names before 均 and the verb leading to the value (高血压、糖尿病患者规范管理率均达到). */
const DISTRIBUTED =
  /^(.+?)均(?:要|将|已|可)?(?:达到|达|为|在|保持在|稳定在|控制在|超过|不低于|不少于|高于|低于|提高到|提高至|降至|降到)?(?:了)?(?:约|近)?$/u;

/**
 * 高血压、糖尿病患者规范管理率均达到70%; 监督覆盖率和量化分级覆盖率均达100%: one value spread
 * over every name of the list before 均, each a metric of its own. Names sharing one head
 * (高血压、糖尿病患者规范管理率) get the head when their qualifiers are as long as one another;
 * otherwise each keeps its words as written. Returns undefined when no 均 spreads the value.
 *
 * @example distributedMetrics('甲率、乙率均达到90%', '90%') // ['甲率', '乙率']
 */
export function distributedMetrics(clause: string, valueText: string): string[] | undefined {
  const at = clause.indexOf(valueText);
  if (at < 0) return undefined;
  const head = DISTRIBUTED.exec(clause.slice(0, at))?.[1]?.replace(LEAD_IN, '');
  if (!head) return undefined;
  const names = head.includes('、') ? head.split('、') : head.split(/[和及与]/u);
  const last = names[names.length - 1] ?? '';
  if (names.length < 2 || names.some((n) => n === '') || !SPREAD_END.test(last)) return undefined;
  if (names.every((n) => SPREAD_END.test(n))) return names;
  // The last name's qualifier is as long as the others' and ends on a word boundary (糖尿病|患者).
  const qualifier = names[0]?.length ?? 0;
  const boundary = posTag(last).some((t) => t.start === qualifier);
  if (!boundary || names.slice(0, -1).some((n) => n.length !== qualifier || SPREAD_END.test(n))) return names;
  const shared = last.slice(qualifier);
  return [...names.slice(0, -1).map((n) => `${n}${shared}`), last];
}
