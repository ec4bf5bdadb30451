import type { Doc } from '../segment/index.js';
import { MEETING_NOUNS } from './lexicons/meetings.js';
import { THEMED_YEAR, TOPIC_QUOTED_HEADS } from './lexicons/policy-context.js';
import {
  ENUMERATION_NOUNS,
  FORMULA_CONTEXT,
  FORMULA_DESIGNATIONS,
  KNOWN_FORMULAS,
  NUMBERED_FORMULA,
  QUOTED_CATCHPHRASES,
  TOPIC_VERB,
  TWO_GROUP_FORMULA,
} from './lexicons/slogans.js';
import { policyKindOf, quotedTerms } from './quoted.js';
import type { SloganMention } from './types.js';

/**
 * Endings of quoted names of bodies, networks (“A医院—B区专科联盟”, a 医联体) and platforms, not formulas (厅 only as a
 * department: 卫生厅, not 健康客厅; not 为中心, which ends a formula: 以人民健康为中心;
 * nor a numbered formula: 五大中心).
 */
const BODY_SUFFIX =
  /(医院|中心|联盟|医联体|医共体|委员会|委|局|(?:卫生|健康|教育|民政|财政|公安|司法|办公|商务|交通运输|保障)厅|平台|大学|学院|研究院|公司|集团)$/u;

/** What follows the quoted name of an app or platform: 应用, 系统, 平台, 小程序, or …等应用. */
const PRODUCT_AFTER = /^(?:应用|系统|平台|小程序|\p{Script=Han}{1,6}等(?:应用|系统|平台))/u;

/** Plural pronouns that open a quoted sentence of speech (not 我, which opens mottos: 我为群众办实事). */
const SPEAKER_PRONOUN = /^(?:我们|咱们|你们|大家|他们|她们)/u;

/**
 * A quoted question (“看病贵不贵”, “村医如何留得住”, “能否报销”): the topic a reporter or the public
 * raises, not a formula. A-不-A is a question only on a word that is no numeral (三不三报 is a formula).
 */
const QUESTION =
  /(?:如何|怎么|怎样|为何|为什么|是否|能否|可否|有没有|[吗呢]$)|([^\d一二两三四五六七八九十百千万])不\1/u;
/** Words ending a quoted sentence of speech (“心里踏实多了”, “方便多啦”): a formula never ends in a particle. */
const SPOKEN_END = /[了啦呀啊吧哇]$/u;

/** A speech verb right before an opening quote (有干部表示,“…”; 群众反映“…”). */
const SPEECH_BEFORE = /(?:说|表示|反映|感慨|坦言|感叹|直言|笑称)[:,]?$/u;
/** What closes a quoted utterance: the sentence's punctuation or its end, not the sentence going on (“十五五”时期). */
const UTTERANCE_AFTER = /^(?:[。,;!?]|$)/u;

/** Nouns after a closing quote that call the quoted words a concept (“大健康”理念). */
const CONCEPT_NOUNS = ['理念', '观念', '思路', '意识'];

/**
 * Slogans: quoted short formulas that are not policy names (“两个确立”,
 * “优省市、强县区”), and well-known formulas written without quotes
 * (不敢腐不能腐不想腐). Numbered formulas are flagged (and marked ambiguous:
 * they may name a programme).
 */
export function* extractSlogans(doc: Doc): Iterable<SloganMention> {
  const seenSpans: Array<[number, number]> = [];
  for (const q of quotedTerms(doc)) {
    if (q.headAfter || q.creation || q.inTitle || policyKindOf(q.inner)) continue;
    // A quoted head bound to the topic before it (新生儿出生“一件事”) is part of an item's name, no formula.
    if (TOPIC_QUOTED_HEADS.includes(q.inner)) continue;
    // A themed year of work (“医疗质量管理年”) is a campaign, read as a policy.
    if (THEMED_YEAR.test(q.inner)) continue;
    // A counted task area (“三个方面”) is an enumeration; two numbered parts joined by 、 are a formula (一个中心、两个基本点).
    const enumeration = ENUMERATION_NOUNS.some((n) => q.inner.endsWith(n)) && NUMBERED_FORMULA.test(q.inner);
    if (enumeration && !q.inner.includes('、')) continue;
    // Quoted names of digital products (“一键达”应用, “智能小护士”消息提醒等应用, “防疫码”) are no formulas.
    if (/码$/u.test(q.inner) || PRODUCT_AFTER.test(doc.text.slice(q.end + 1, q.end + 10))) continue;
    // A short form introduced by 简称 (（以下简称“市防指”）) abbreviates the name before it.
    if (/简称为?$/u.test(doc.text.slice(Math.max(0, q.start - 4), q.start - 1))) continue;
    // A work topic quoted before a meeting noun (召开“加强X能力建设”专题协商会) names the meeting's subject.
    const afterQuote = doc.text.slice(q.end + 1, q.end + 9).replace(/^专题/u, '');
    if (TOPIC_VERB.test(q.inner) && MEETING_NOUNS.some((n) => afterQuote.startsWith(n))) continue;
    // Quoted words opening with a pronoun are a speaker's words (“我们要把实事办好”), not a formula.
    if (SPEAKER_PRONOUN.test(q.inner)) continue;
    // A quoted question (关于“X如何稳得住”的提问) or spoken words (“有了家庭医生,心里踏实多了”) are no formula.
    if (QUESTION.test(q.inner) || SPOKEN_END.test(q.inner)) continue;
    // Words quoted whole after a speech verb (有干部表示,“这次学习很解渴”。) are an utterance; a term opening the
    // speech (表示,“十五五”时期…) goes on after its quote.
    const lead = doc.text.slice(Math.max(0, q.start - 5), q.start - 1);
    if (SPEECH_BEFORE.test(lead) && UTTERANCE_AFTER.test(doc.text.slice(q.end + 1, q.end + 2))) continue;
    // Placeholders (健康xx县), bare numbers (1522), nested quotes and quoted names of bodies are not slogans.
    if (
      /[xX×‘’]/u.test(q.inner) ||
      /^[\d.、,]+$/u.test(q.inner) ||
      (BODY_SUFFIX.test(q.inner) &&
        !TWO_GROUP_FORMULA.test(q.inner) &&
        !NUMBERED_FORMULA.test(q.inner) &&
        !/为中心$/u.test(q.inner))
    )
      continue;
    // Short quoted words that are not numbered formulas (“双提升”, “零差价” count too) are colloquialisms
    // (“牛鼻子”, “爆表”), not slogans,
    // unless the text calls them a concept (“大健康”理念).
    const concept = CONCEPT_NOUNS.some((n) => doc.text.startsWith(n, q.end + 1));
    const paired = isParallelPair(doc.text, q.start, q.end);
    // A quoted X式 names a mode of work (“组团式”帮扶, “一站式”服务), not a colloquialism.
    const mode = /^\p{Script=Han}{2}式$/u.test(q.inner);
    if (
      q.inner.length <= 3 &&
      !concept &&
      !paired &&
      !mode &&
      !QUOTED_CATCHPHRASES.includes(q.inner) &&
      !/^[一二两三四五六七八九十百千万双零]/u.test(q.inner) &&
      !/[+、]/u.test(q.inner)
    )
      continue;
    seenSpans.push([q.start, q.end]);
    yield slogan(doc, q.start, q.end, q.inner, 'slogan/quoted');
  }
  const text = doc.text;
  // Longest first, so a formula inside a longer one (稳中求进 in 稳字当头、稳中求进) is not read twice.
  for (const f of [...KNOWN_FORMULAS].sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(f, from);
      if (at < 0) break;
      from = at + f.length;
      if (seenSpans.some(([s, e]) => at < e && s < at + f.length)) continue;
      if (!inItsContext(text, at, f)) continue;
      const designation = FORMULA_DESIGNATIONS.find((d) => text.startsWith(d, at + f.length)) ?? '';
      const end = at + f.length + designation.length;
      seenSpans.push([at, end]);
      yield slogan(doc, at, end, f + designation, 'slogan/known-formula');
    }
  }
}

/** Whether the paragraph (line) around a known formula at `at` is on the formula's subject, if it needs one. */
function inItsContext(text: string, at: number, formula: string): boolean {
  const context = FORMULA_CONTEXT[formula];
  if (!context) return true;
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  return context.test(text.slice(start, newline < 0 ? text.length : newline));
}

/**
 * Two quoted words side by side that end alike (“看病钱”“救命钱”, “输血”“造血”) are a paired
 * formula, not colloquialisms; quoted lists of things (“人”“物”“环境”) are not.
 */
function isParallelPair(text: string, start: number, end: number): boolean {
  const inner = text.slice(start, end);
  const before = /[“"](\p{Script=Han}{2,3})[”"]$/u.exec(text.slice(Math.max(0, start - 6), start - 1))?.[1];
  const after = /^[“"](\p{Script=Han}{2,3})[”"]/u.exec(text.slice(end + 1, end + 7))?.[1];
  return [before, after].some((w) => w !== undefined && inner.length >= 2 && w.slice(-1) === inner.slice(-1));
}

function slogan(doc: Doc, start: number, end: number, inner: string, rule: string): SloganMention {
  const numbered = NUMBERED_FORMULA.test(inner);
  const m: SloganMention = {
    kind: 'slogan',
    span: { start, end },
    text: doc.text.slice(start, end),
    rule,
    numbered,
  };
  m.text = inner;
  if (numbered) m.ambiguous = true;
  return m;
}
