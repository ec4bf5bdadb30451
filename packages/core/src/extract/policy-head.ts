import type { Doc } from '../segment/index.js';
import { MEETING_NOUNS } from './lexicons/meetings.js';
import {
  DESCRIPTIVE_WORDS,
  GENERIC_POLICY_WORDS,
  LEVEL_WORDS,
  NOMINAL_BEFORE_VERB,
  POLICY_HEADS,
  WEAK_HEADS,
  WRONGDOING_PREFIX,
} from './lexicons/policies.js';
import { DRAFTING_BEFORE, HEAD_BLOCKERS } from './lexicons/policy-context.js';
import { AGENDA_LEAD, CLAUSE_VERBS, INTRODUCING_VERBS, POLICY_LEFT_STOPS } from './lexicons/policy-stops.js';
import { isKnownPlace } from './places.js';
import { isBuildingWorks, isDescribedNotNamed, joinsCampaigns } from './policy-described.js';
import { policyMention } from './policy-mention.js';
import { alignStart, COLLECTIVE_START, clauseStart } from './policy-name-start.js';
import { posTag } from './pos.js';
import { lexiconMatcher } from './text-utils.js';
import type { PolicyMention } from './types.js';

const HEAD_KIND = new Map(POLICY_HEADS);
const matchHead = lexiconMatcher(HEAD_KIND.keys());
/** Words that stop the walk left from a head noun, longest first. */
export const STOPS = [...POLICY_LEFT_STOPS].sort((a, b) => b.length - a.length);
/** Single characters that end a name when walking left (function words; 较 of a comparison: 品种较改革前增加). */
export const STOP_CHARS = '要可应都也还就已再更很所被让使向这那其各该本没较';
/** Words that stop a name even right before its head noun. */
const INTRODUCING = [...INTRODUCING_VERBS, ...CLAUSE_VERBS];
/** Verbs that form a compound with a noun before them (能力提升, 质量优化). */
const COMPOUND_VERBS = ['提升', '优化', '强化'];
/** A two-character numbered qualifier (三孩政策, 双减政策), not a count (三项制度). */
const NUMBERED_QUALIFIER = /^[一二两三四五六七八九十双][^项个条类批大次年]/u;
/** A count in 项 shortly after 项目: the word means items (检查项目不少于100项). */
const ITEMS_COUNT_AFTER = /^[^,;。、\n]{0,6}?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)项/u;
/** A count of items right after a head noun (制度12项, 办法三个). */
const COUNT_RIGHT_AFTER = /^(?:\d+|[一二两三四五六七八九十百]+)(?:项|个|条|部|件)/u;
/** Events counted right after an activity (开展X活动260余场, X活动3次, 3轮): a kind of event, not a named campaign. */
const EVENTS_COUNT_AFTER = /^(?:\d+|[一二两三四五六七八九十百千]+)余?(?:场|次|轮)/u;
/** Ends of task areas (疫情防控, 安全生产工作): coordinated with a name (A和B运动), they share no head with it. */
const TASK_AREA_END = /(?:防控|工作)$/u;
/** Heads of programmes, whose count after the name counts instances of one programme. */
const PROGRAMME_HEADS = new Set(['项目', '工程', '试点', '行动', '活动']);
/** A period opening a name (下一年度, 本季度, 上半年): a periodic work item, not a named policy. */
const PERIOD_LED = /^(?:[上下本每次]?一?(?:年度|季度|月度)|[上下]半年)/u;
/** A duration (24小时值班, 48小时): a duty arrangement, not a named rule. */
const DURATION = /\d+小时/u;
/**
 * A fraud verb with its object right before the head (…虚构诊疗项目): wrongdoing.
 * A crackdown names its object as a problem or act (骗取医保基金问题专项整治), which this leaves.
 */
const FRAUD_OBJECT_END = /(?:虚构|伪造|串换|骗取|套取)(?:(?!问题|行为|专项)\p{Script=Han}){1,6}$/u;
/** Longest name before a head noun. */
const MAX_PREFIX = 24;

/** Start of the name that ends at `end`, walking left to a stop word or punctuation. */
export function leftEdge(text: string, end: number, allowDe: boolean): number {
  let s = end;
  while (s > 0 && end - s < MAX_PREFIX) {
    const ch = text[s - 1] ?? '';
    if (!/[\p{Script=Han}0-9+]/u.test(ch)) break;
    // (使 as "make" stops a name, not in 使用.)
    // (本 as "this" stops a name, not in a word ending in 本: 基本公共卫生服务项目, 治本攻坚三年行动.)
    // (及 as "and" stops a name, not in 普及: 健康知识普及行动; 要 as "must", not in 主要: 主要负责人带班制度.)
    const inWord =
      (ch === '使' && text[s] === '用') ||
      (ch === '本' && /[基成资根治标样文版读范]/u.test(text[s - 2] ?? '')) ||
      (ch === '及' && text[s - 2] === '普') ||
      (ch === '要' && text[s - 2] === '主');
    if (STOP_CHARS.includes(ch) && !inWord) break;
    if (ch === '的' && !allowDe) break;
    // A verb right before the head noun belongs to the name (能力提升行动); further left it introduces it.
    const stop = STOPS.find((w) => s - w.length >= 0 && text.startsWith(w, s - w.length));
    // A verb after a noun is a compound inside the name (能力提升培训项目), not an introducer.
    const compound =
      stop &&
      COMPOUND_VERBS.includes(stop) &&
      NOMINAL_BEFORE_VERB.some((n) => text.startsWith(n, s - stop.length - n.length));
    if (stop && !inWord && !compound && !(s === end && stop.length >= 2 && !INTRODUCING.includes(stop))) break;
    s--;
  }
  return s;
}

/** Skip leftovers of a verb (好, 了), batch ordinals (第一批) and a meeting's agenda verb (研究) at the start of a name. */
export function trimJunk(text: string, start: number, end: number): number {
  let s = start;
  const batch = /^(?:第[一二三四五六七八九十\d]+|首)(?:批|轮|期)/u.exec(text.slice(s, end));
  if (batch) s += batch[0].length;
  s += AGENDA_LEAD.exec(text.slice(s, end))?.[0].length ?? 0;
  while (s < end && '好了着过级'.includes(text[s] ?? '')) s++;
  return s;
}

const BARE_HEADS = new Set(['规划纲要', '实施方案', '行动计划', '行动方案', '工作方案', '工作计划']);

/**
 * Whether a name prefix is only generic words (重点, 相关, 医疗 …), after an
 * with `descriptive` (weak heads), after an optional level (省重点项目), and
 * with descriptive work nouns counted as generic (社区卫生服务试点, 部分单位考勤制度).
 */
export function isGeneric(prefix: string, options: { descriptive?: boolean } = {}): boolean {
  if (STOPS.includes(prefix) || BARE_HEADS.has(prefix)) return true;
  const words = options.descriptive ? [...GENERIC_POLICY_WORDS, ...DESCRIPTIVE_WORDS] : GENERIC_POLICY_WORDS;
  let rest = prefix;
  const level = options.descriptive
    ? LEVEL_WORDS.filter((l) => rest.startsWith(l)).sort((a, b) => b.length - a.length)[0]
    : undefined;
  if (level) rest = rest.slice(level.length);
  if (level && rest === '') return true;
  for (;;) {
    const w = words.filter((g) => rest.startsWith(g)).sort((a, b) => b.length - a.length)[0];
    if (!w) break;
    rest = rest.slice(w.length);
  }
  return rest.length < 2;
}

/** Verbs of handling before 办法 (解决办法, 处理办法, 应对办法): the way of doing it. */
const WAY_VERB_BEFORE = /(?:解决|处理|应对|补救|整改)$/u;

/**
 * Unquoted names ending in a head noun (医药卫生体制改革, 党史学习教育), the
 * name walked left from the head to a stop word; coordinated names sharing
 * the head are split (县乡一体化和乡村一体化改革 → both).
 */
export function* headNounNames(doc: Doc): Iterable<PolicyMention> {
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    const head = matchHead(text, i);
    const kind = head === undefined ? undefined : HEAD_KIND.get(head);
    if (head === undefined || kind === undefined) continue;
    const end = i + head.length;
    if (HEAD_BLOCKERS.some((b) => text.startsWith(b, end))) continue;
    // 项目 counted in 项 right after (互认项目不少于100项, 项目由120项扩大到200项) means items, not a programme.
    if (head === '项目' && ITEMS_COUNT_AFTER.test(text.slice(end, end + 12))) continue;
    // A rule or document head counted right after it (修订X制度12项, 出台X办法3个) names a set of
    // documents, not one policy; a programme is counted by its instances (新增X建设项目8个).
    if (!PROGRAMME_HEADS.has(head) && COUNT_RIGHT_AFTER.test(text.slice(end, end + 6))) continue;
    // 办法 after a verb of handling (研究解决办法, 商量处理办法) is a way of doing it, no document.
    if (head === '办法' && WAY_VERB_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
    // Occurrences of an activity counted after it (X活动260余场) make it a kind of event.
    if (head === '活动' && EVENTS_COUNT_AFTER.test(text.slice(end, end + 6))) continue;
    // One- and two-character heads (改革, 行动) need a name of three characters or more before them.
    let rough = trimJunk(text, leftEdge(text, i, /制$/u.test(head)), i);
    // In a meeting name, 暨 joins two topics (A暨B运动专题会议): the name is the topic before the head.
    // (Not after a campaign's own head: A运动暨B专项行动启动仪式 names one joint campaign.)
    const joint = text.lastIndexOf('暨', i - 1);
    const meetingName = MEETING_NOUNS.some((n) => text.startsWith(n, end));
    if (joint >= rough && meetingName && !joinsCampaigns(text.slice(rough, joint))) rough = joint + 1;
    // A和B制度 with a short B is one name sharing the head (药品集中采购和使用试点, 自查和承诺制度);
    // A and B ending alike are two names (人事制度和分配制度改革), split below.
    const weakHead = WEAK_HEADS.includes(head);
    let conjunction = -1;
    if ('和与及'.includes(text[rough - 1] ?? '-') && i - rough >= 1 && i - rough <= 4) {
      const s2 = trimJunk(text, leftEdge(text, rough - 1, false), rough - 1);
      const left = text.slice(s2, rough - 1);
      const generic = (x: string): boolean => isGeneric(x, { descriptive: weakHead });
      const right = text.slice(rough, i);
      // Not when A is a name of its own (…服务行动和心理关爱行动), B a count (六大机制和五项行动),
      // or B a whole system that the head reforms on its own (传染病防控和疾控体系改革).
      const joins =
        left.length >= 3 &&
        !/(?:体系|体制|机制)$/u.test(right) &&
        left.slice(-1) !== text[i - 1] &&
        !POLICY_HEADS.some(([h]) => left.endsWith(h)) &&
        !TASK_AREA_END.test(left) &&
        !/^[\d一二两三四五六七八九十百]/u.test(right) &&
        !generic(left) &&
        !generic(right);
      if (joins) {
        conjunction = rough - 1;
        rough = s2;
      }
    }
    // A duration in A (24小时值班和领导带班制度) makes the shared rule a duty arrangement, as below.
    if ('和与及'.includes(text[rough - 1] ?? '-') && DURATION.test(text.slice(Math.max(0, rough - 9), rough - 1)))
      continue;
    const numbered = i - rough === 2 && NUMBERED_QUALIFIER.test(text.slice(rough, i));
    const minPrefix = head.length >= 3 || head === '医改' || numbered ? 2 : 3;
    if (i - rough < minPrefix) continue;
    const aligned = alignStart(text, rough, i, { minName: minPrefix });
    const start = clauseStart(text, aligned, i, { conjunction });
    if (start < 0) continue;
    const prefix = text.slice(start, i);
    const weak = WEAK_HEADS.includes(head);
    if (prefix.length < minPrefix || isGeneric(prefix, { descriptive: weak }) || /^\d+$/u.test(prefix)) continue;
    if (isDescribedNotNamed({ text, prefix, head, end })) continue;
    // A zone named by the national goal of common prosperity (共同富裕示范区) is that goal's formula (a slogan).
    if (head === '示范区' && prefix.includes('共同富裕')) continue;
    // A level alone (国家级示范区, 省级项目) rates a class of items, not one name.
    if (LEVEL_WORDS.includes(prefix)) continue;
    // After 等 the phrase names the category of a list (太极拳、八段锦等传统体育项目), not a policy.
    if (text[start - 1] === '等') continue;
    // An activity right after a quote (“X”清积水活动, “X”专题实践活动) is the event of the quoted motto;
    // the quoted term is the name. (Other heads carry on a quoted name: “三重一大”事项决策制度.)
    if (head === '活动' && /[”"」』’]/u.test(text[start - 1] ?? '')) continue;
    // A plan or rule still to be drafted (制定X办法, 拿出X计划) is described, not named.
    if ((kind === 'plan' || kind === 'document') && DRAFTING_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
      continue;
    // A place alone before a weak head (平阳县试点) says where, not which.
    if (weak && isKnownPlace(prefix)) continue;
    // A year cut off before 年/年度 (2019-2020年度…行动) makes it a work item, as 2023年重点项目 does.
    if (/^年/u.test(prefix) && /\d/u.test(text[start - 1] ?? '')) continue;
    // The object of a crackdown (打击非法行医活动) is wrongdoing, not a campaign.
    // (Also when the verb was cut off as a leading verb: 串换|检查化验项目.)
    if (WRONGDOING_PREFIX.test(prefix) || (start - 2 >= rough && WRONGDOING_PREFIX.test(text.slice(start - 2, i))))
      continue;
    // So is a fraud verb's object inside a case report (院长某某虚构诊疗项目套取…).
    if (FRAUD_OBJECT_END.test(prefix)) continue;
    // A 的-phrase is a name only as 领导下的 (党委领导下的院长负责制); else a relative clause (负总责的责任制).
    const de = prefix.lastIndexOf('的');
    if (de >= 0 && prefix[de - 1] !== '下') continue;
    // 按计划推进, 依规划建设: an adverbial, not a name.
    if (/[按依照]$/u.test(prefix)) continue;
    // Key projects of a level or sector (省重点项目, 一项标志性重点工程) are ratings of works, not names
    // (a 重大工程 of a plan is: 中医药振兴发展重大工程).
    if ((head === '项目' || head === '工程') && /重点$/u.test(prefix)) continue;
    // Counted items (80个医疗卫生项目, 10个试点), counted events (百场义诊活动, 50场宣讲活动)
    // and a stray measure word (项民心工程) are not names.
    // A duration (24小时值班制度) makes it a duty arrangement, not a named rule.
    if (/\d+(?:个|项|家|所|批|场|小时)|^[一二两三四五六七八九十百千万]+场|^[项个批]/u.test(prefix)) continue;
    // 医改 (medical reform) takes only a short nominal qualifier (三明医改, 县域综合医改).
    if (
      head === '医改' &&
      (prefix.length > 4 ||
        /医改|办|项|评/u.test(prefix) ||
        posTag(prefix.replace(/综合$/u, '')).some((t) => /^v/u.test(t.tag)))
    )
      continue;
    // A body's internal rules (建立健全X内部管理制度, 内部控制制度) are a class of rules, not a named one.
    if (head === '制度' && /内部(?:管理|控制)?$/u.test(prefix)) continue;
    // 多想办法, 好办法: 办法 as "a way", not a measure.
    if (head === '办法' && (/[想个些好新老上]$/u.test(prefix) || /上/u.test(prefix))) continue;
    // Years and meeting words make it a work item, not a policy (2023年重点项目); a campaign
    // keeps its name after a leading year (2026年X问题专项整治 → X问题专项整治).
    // (Words before the year lead the clause: 部署2026年X专项整治.)
    const yearLed = /\d{4}年度?/u.exec(prefix);
    if (yearLed && kind === 'campaign' && /专项|集中/u.test(head)) {
      const cut = (yearLed.index ?? 0) + yearLed[0].length;
      const rest = prefix.slice(cut);
      const collective = COLLECTIVE_START.exec(rest)?.[0].length ?? 0;
      const name = rest.slice(collective);
      if (name.length >= 4 && !isGeneric(name, { descriptive: true })) {
        yield policyMention(doc, {
          start: start + cut + collective,
          end,
          name: name + head,
          kind,
          rule: 'policy/head-noun',
        });
        i = end - 1;
      }
      continue;
    }
    if (/\d{4}年|今年|明年|去年/u.test(prefix)) continue;
    // So does a period word leading the name (下一年度监督工作计划, 季度工作计划): the plan of a period.
    if (PERIOD_LED.test(prefix)) continue;
    if ((head === '工程' || head === '项目') && isBuildingWorks(prefix)) continue;
    // 按计划, 按规划: an adverbial, not a name.
    if (/[按依照]$/u.test(text.slice(start - 1, start)) && prefix.length < 3) continue;
    yield policyMention(doc, { start, end, name: prefix + head, kind, rule: 'policy/head-noun' });
    // Coordinated names sharing the head: A和B改革 → A改革 too.
    const conj = text[start - 1];
    if (conj && '和、与及'.includes(conj)) {
      const s2 = leftEdge(text, start - 1, false);
      const prev = text.slice(s2, start - 1);
      if (prev.length >= 3 && !isGeneric(prev) && prev.slice(-1) === prefix.slice(-1)) {
        yield policyMention(doc, {
          start: s2,
          end: start - 1,
          name: prev + head,
          kind,
          rule: 'policy/head-noun-coordinated',
        });
      }
    }
    i = end - 1;
  }
}
