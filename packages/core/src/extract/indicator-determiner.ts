/** Counts that determine a noun rather than state a fact: 成为一名…, 两家总院要…, 十八项核心制度. */

/** Verbs of becoming or acting as before 一名/一个 (成为一名医生): 一 is the article, no count. */
const ARTICLE_LEAD = /(?:成为|作为|身为|当好|做好|争当|争做|当一|做一)$/u;

/**
 * What may stand before a count that opens its clause as the subject's determiner: nothing, a
 * scope (全县两家医共体), a time (年底前两家医共体实现…) or 来自 (来自两家县级医院的专家).
 */
const SUBJECT_PREFIX = /^(?:全(?:省|市|县|区|旗|州|盟))?$|(?:年底前|年内|今年|明年|届时|来自)$/u;

/** A body noun after the count, with the clause going on after it (两家总院要…, 两家医共体实现…). */
const SUBJECT_BODY = /^\p{Script=Han}{0,8}?(?:院|医共体|医联体|中心|集团)(?=\p{Script=Han}|[、和与及])/u;

/** Verbs that make or count rules before a numbered set (制定十项制度): there the count is a fact. */
const RULE_MAKING_VERB = /(?:制定|出台|印发|修订|新增|梳理|建立|形成|完善)(?:了)?$/u;

/** A named set of rules after its number (十八项医疗质量安全核心制度, 八项规定, 十条禁令). */
const RULE_SET = /^\p{Script=Han}{0,12}?(?:制度|规定|禁令|准则)(?!\p{Script=Han}{0,2}(?:落实率|执行率))/u;

/** Options of {@link isDeterminerCount}. */
export interface DeterminerOptions {
  /** The document text. */
  text: string;
  /** The number as matched. */
  raw: string;
  /** Where the number starts. */
  start: number;
  /** Where the clause of the number starts. */
  clauseStart: number;
  /** The unit read after the number. */
  unit: string;
  /** Where the unit ends. */
  unitEnd: number;
}

/**
 * Whether a Chinese-numeral count determines its noun instead of stating a fact:
 * - 一 after a verb of becoming (成为一名“带不走”的骨干, 作为一家三甲医院): the article.
 * - A small count (两 to 九) of bodies opening its clause as the subject, bare or after a scope, a
 *   time or 来自 (两家总院要把资源沉到乡镇, 年底前两家医共体实现…, 来自两家县级医院的专家): bodies
 *   named before, counted again as who acts.
 * - A numbered set of rules (狠抓十八项核心制度落实, 八项规定, 十条禁令) unless a verb makes or
 *   counts them (制定十项制度): a name.
 * Counts in digits (全县22家分院, 出台10项制度) are left to the other rules.
 *
 * @example isDeterminerCount({ text: '两家总院要把资源沉到乡镇', raw: '两', start: 0, clauseStart: 0, unit: '家', unitEnd: 2 }) // true
 */
export function isDeterminerCount({ text, raw, start, clauseStart, unit, unitEnd }: DeterminerOptions): boolean {
  if (/\d/u.test(raw)) return false;
  const lead = text.slice(Math.max(0, start - 4), start);
  if (raw === '一' && ARTICLE_LEAD.test(lead) && /^[名个家位所]$/u.test(unit)) return true;
  const after = text.slice(unitEnd);
  if (/^[二两三四五六七八九]$/u.test(raw) && /^[家个所]$/u.test(unit)) {
    if (SUBJECT_PREFIX.test(text.slice(clauseStart, start)) && SUBJECT_BODY.test(after)) return true;
  }
  if ((unit === '项' || unit === '条') && RULE_SET.test(after) && !RULE_MAKING_VERB.test(lead)) return true;
  return false;
}
