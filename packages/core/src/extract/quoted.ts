import type { Doc } from '../segment/index.js';
import { LAW_SUFFIXES, NOT_LAW_SUFFIXES, POLICY_HEADS, WEAK_HEADS } from './lexicons/policies.js';
import {
  CREATION_AFTER_QUOTE,
  HEAD_BLOCKERS,
  QUOTED_CONTINUATION_HEADS,
  QUOTED_PROGRAMME_HEADS,
  THEMED_YEAR,
} from './lexicons/policy-context.js';
import type { PolicyKind } from './types.js';

/** A quoted term (“两个确立”, "两会") with what follows it. */
export interface QuotedTerm {
  /** Span of the text inside the quotes. */
  start: number;
  end: number;
  inner: string;
  /**
   * A policy head noun after the closing quote (“放管服”改革 → 改革), right
   * after it or after a short unquoted {@link QuotedTerm.continuation}.
   */
  headAfter?: readonly [string, PolicyKind];
  /** Han characters between the closing quote and the head (“三医”协同发展和治理 → 协同发展和). */
  continuation?: string;
  /** 创建 after the closing quote: the quoted title names a creation campaign (“平安医院”创建). */
  creation?: boolean;
  /**
   * The quotes sit inside a 《》 title (《某省“十四五”卫生健康发展规划》): the
   * term is part of the title's name, not a mention of its own.
   */
  inTitle?: boolean;
}

/** Longest quoted text that still reads as a term, not a quotation of speech. */
const MAX_TERM = 20;

/**
 * Quote styles of the genre: “…” and "…"; the corner brackets 「…」 and 『…』 of
 * Traditional-character texts; and ‘…’, which nests a term inside a quoted
 * sentence (“要坚决做到‘两个维护’”). Each style is scanned on its own, so a
 * nested term is found inside an outer quotation.
 */
const QUOTE_STYLES: readonly RegExp[] = [
  /“([^“”\n]{1,40})”|"([^"\n]{1,40})"/gu,
  /「([^「」\n]{1,40})」|『([^『』\n]{1,40})』|‘([^‘’\n]{1,40})’/gu,
];

/**
 * Quoted short terms in every quote style of the genre (see QUOTE_STYLES), in
 * text order. Quotations of speech (long, or holding a full stop or comma) are skipped.
 */
export function* quotedTerms(doc: Doc): Iterable<QuotedTerm> {
  const text = doc.text;
  const matches = QUOTE_STYLES.flatMap((re) => [...text.matchAll(re)]).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of matches) {
    const raw = m.slice(1).find((g) => g !== undefined) ?? '';
    // A quoted saying of two short clauses closed by its own full stop (“守初心，担使命。”) is the
    // saying without the stop; longer quoted sentences are speech.
    const stopped = SHORT_SAYING.test(raw) && isParallelFormula(raw.slice(0, -1));
    const inner = stopped ? raw.slice(0, -1) : raw;
    const formula = stopped || isParallelFormula(inner);
    if (!formula && (inner.length > MAX_TERM || /[。,;:!?]/u.test(inner) || inner.trim() === '')) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const q: QuotedTerm = { start, end, inner };
    const found = headAfterQuote(text, end + 1);
    // A plan period before a weak head (谋划一批“十五五”项目) names the works of the period, not a programme.
    const periodWorks = found && PLAN_PERIOD.test(inner) && WEAK_HEADS.includes(found.head[0]);
    // An activity under a quoted motto (“优质服务基层行”活动, “走流程、找堵点”活动) is named by the motto,
    // as after a run (“X”主题活动); a short quoted word (“义诊”活动) is no motto and keeps the head.
    // (A themed year is a campaign: “医疗质量管理年”活动 keeps its head.)
    const mottoEvent =
      found && found.head[0] === '活动' && !found.gap && inner.length >= MIN_MOTTO && !THEMED_YEAR.test(inner);
    // A formula of two parallel phrases before 改革/政策 (“县乡一体、以乡带村”改革) is the formula the
    // work is done under: the quoted words, as when quoted alone. A campaign keeps its motto's head
    // (“不忘初心、牢记使命”主题教育).
    const pairFormula = found && FORMULA_WORK_HEADS.includes(found.head[0]) && isPhrasePair(inner);
    if (found && !periodWorks && !mottoEvent && !pairFormula) {
      q.headAfter = found.head;
      if (found.gap) q.continuation = found.gap;
    } else if (CREATION_AFTER_QUOTE.test(text.slice(end + 1, end + 5))) q.creation = true;
    if (insideTitle(text, start)) q.inTitle = true;
    yield q;
  }
}

/** Two parallel phrases of three to five characters, of one length, joined by 、 (县乡一体、以乡带村). */
const PHRASE_PAIR = /^(\p{Script=Han}{3,5})、(\p{Script=Han}{3,5})$/u;

/** Heads naming the work done under a quoted formula, not an event named by it. */
const FORMULA_WORK_HEADS = ['改革', '政策'];

/** Whether quoted words are a formula of two parallel phrases of one length (先诊疗、后付费). */
function isPhrasePair(inner: string): boolean {
  const m = PHRASE_PAIR.exec(inner);
  return m?.[1] !== undefined && m[1].length === m[2]?.length;
}

/** Two clauses of 2–7 characters and the full stop closing them (手莫伸,伸手必被捉。). */
const SHORT_SAYING = /^\p{Script=Han}{2,7},\p{Script=Han}{2,7}[。!]$/u;
/** Shortest quoted motto that names the activity after it (书记办实事). */
const MIN_MOTTO = 4;
/** A five-year plan period by its number (十四五, 十五五). */
const PLAN_PERIOD = /^十[一二三四五六七八九]五$/u;
/** Longest unquoted run between a closing quote and its head noun (“强基提质”标准化创建工程). */
const MAX_CONTINUATION = 6;
/** Words of periods and ratings that a name never carries on with after a quote. */
const NOT_IN_CONTINUATION = /期间|时期|以来|重点|重大|各项|相关/u;
/** Function words that make the run after a quote a clause, not part of a name. */
const CLAUSE_CHARS = '的是了在把将要为对向被让使着过也都就还再已等';
/**
 * Heads a continuation may end in. Not the weak heads (活动, 试点, 项目 …): “X”专题实践活动
 * is an activity under a quoted motto, and the motto is the term.
 */
const CONTINUATION_HEADS = [...POLICY_HEADS, ...QUOTED_CONTINUATION_HEADS]
  .filter(([h]) => !WEAK_HEADS.includes(h))
  .sort((a, b) => b[0].length - a[0].length);

/** Heads right after a closing quote: the policy heads and the programme heads only a quote takes. */
const RIGHT_AFTER_HEADS = [...POLICY_HEADS, ...QUOTED_PROGRAMME_HEADS];

/**
 * The head noun a quoted term names a policy with: right after the closing
 * quote (“放管服”改革), or after a short run of Han characters that the name
 * carries on with (“山海”提升工程, “三医”协同发展和治理). A head word that
 * goes on (工程师, 行动起来) is no head, nor a weak head after a run.
 */
function headAfterQuote(text: string, after: number): { head: readonly [string, PolicyKind]; gap: string } | undefined {
  for (let gap = 0; gap <= MAX_CONTINUATION; gap++) {
    const at = after + gap;
    // The run is one noun phrase: Han characters, no function words (“健康码”是一项重要工程 is a clause).
    if (gap > 0 && (!/\p{Script=Han}/u.test(text[at - 1] ?? '') || CLAUSE_CHARS.includes(text[at - 1] ?? '')))
      return undefined;
    const heads = gap === 0 ? RIGHT_AFTER_HEADS : CONTINUATION_HEADS;
    const head = heads.filter(([h]) => text.startsWith(h, at)).sort((a, b) => b[0].length - a[0].length)[0];
    if (!head) continue;
    // A rate of the programme (“两癌”筛查率) is a metric, not its name.
    if (QUOTED_PROGRAMME_HEADS.includes(head) && text[at + head[0].length] === '率') return undefined;
    if (gap > 0 && HEAD_BLOCKERS.some((b) => text.startsWith(b, at + head[0].length))) return undefined;
    const gapText = text.slice(after, at);
    // A period or a rating between quote and head makes a work item (“十四五”期间重点工程), not a name.
    if (NOT_IN_CONTINUATION.test(gapText)) return undefined;
    return { head, gap: gapText };
  }
  return undefined;
}

/** Whether `at` lies inside a 《…》 on its line (an opening 《 before it not yet closed). */
function insideTitle(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.lastIndexOf('》') > open) return false;
  const close = text.indexOf('》', at);
  const newline = text.indexOf('\n', at);
  return close >= 0 && (newline < 0 || close < newline);
}

/**
 * A quoted formula of parallel short phrases split by commas (三加强,三提升;
 * 政府领导,部门配合,社区参与; 讲政治、有信念,讲大局、有担当), unlike a quoted
 * sentence: two or more Han phrases of 2–8 characters and nearly equal length,
 * or three or more principles of 2–10 characters joined by 、.
 *
 * @example isParallelFormula('守初心,担使命') // true
 */
export function isParallelFormula(inner: string): boolean {
  // A list of three or more short principles joined by 、 (以基层为重点、以改革创新为动力、预防为主、中西医并重).
  const listed = inner.split('、');
  if (!inner.includes(',') && listed.length >= 3 && inner.length <= 40) {
    return listed.every((p) => /^\p{Script=Han}{2,10}$/u.test(p));
  }
  const parts = inner.split(',');
  if (parts.length < 2 || inner.length > 40) return false;
  if (sharesWord(parts)) return true;
  if (!parts.every((p) => /^[\p{Script=Han}、]{2,8}$/u.test(p))) return false;
  const lengths = parts.map((p) => p.length);
  return Math.max(...lengths) - Math.min(...lengths) <= 2;
}

/**
 * Three or more clauses of 4–14 characters built on one two-character word that each
 * repeats (X在A解决,Y在B解决,Z在C解决; 小病不出村,…不出乡,…不出县): a formula in parallel clauses.
 */
function sharesWord(parts: readonly string[]): boolean {
  if (parts.length < 3 || !parts.every((p) => /^[\p{Script=Han}、]{4,14}$/u.test(p))) return false;
  const [first, ...rest] = parts;
  for (let i = 0; i + 2 <= (first ?? '').length; i++) {
    const word = (first ?? '').slice(i, i + 2);
    if (!word.includes('、') && rest.every((p) => p.includes(word))) return true;
  }
  return false;
}

/** The policy kind of a name by its head noun, if it has one. */
export function policyKindOf(name: string): PolicyKind | undefined {
  if (isLawName(name)) return 'law';
  const head = POLICY_HEADS.filter(([h]) => name.endsWith(h)).sort((a, b) => b[0].length - a[0].length)[0];
  return head?.[1];
}

/** Whether a title names a law or regulation (…条例, …法), not a measure (…办法, …方法). */
export function isLawName(name: string): boolean {
  return LAW_SUFFIXES.some((s) => name.endsWith(s)) && !NOT_LAW_SUFFIXES.some((s) => name.endsWith(s));
}
