import type { PolicyKind } from '../types.js';

/**
 * Context words around a policy name: what right after a head noun or a
 * well-known mechanism shows that the phrase is not (the end of) a policy name.
 */

/** Words right after a head noun that show it is not the end of a name (行动起来, 计划生育). */
export const HEAD_BLOCKERS: readonly string[] = [
  '起来',
  // 实行动态监测: 行 ends a verb (实行) and 动 opens 动态; no 行动 here.
  '态',
  '生育',
  '者',
  '力',
  '化',
  '上',
  '中',
  '方案',
  // 战略成果, 战略定力: the head noun modifies what follows.
  '成果',
  '定力',
  '思维',
  '机遇',
  '部署',
  '任务',
  '目标',
  '意义',
  '性',
  '地位',
  '布局',
  '眼光',
  '高度',
  '支撑',
  // 医改领导小组, 医改办: the head noun names a body's remit, not a policy.
  '领导小组',
  '小组',
  '办公室',
  '办',
  // 健康中国行动推进委员会, X行动推进办: the body that steers the campaign.
  '推进委员会',
  '推进办',
  // 发展改革委, 发展改革局, 卫生与免疫规划司: the head noun names a commission, bureau or department.
  '委',
  '局',
  '司',
  // 公立医院改革补助资金, 项目经费, 免疫规划疫苗: the name qualifies money or a product.
  '资金',
  '经费',
  '补助',
  '疫苗',
  // 项目库: a pool of candidate projects.
  '库',
  // 制度机制, 计划体系: the head noun runs on into another noun; a pair of generic nouns, not a name.
  '机制',
  // 改革发展, 改革创新: "reform and development" of a field, not a named reform.
  '发展',
  '创新',
  // 讲好医改故事, 改革故事: stories told about the policy, not its name.
  '故事',
  // 行动不便, 行动迟缓: 行动 as a person's mobility (失能和行动不便的老人), not a campaign.
  '不便',
  '迟缓',
  '自如',
  '受限',
];

/**
 * Heads that end a policy name only when it carries on from a quoted term
 * (“三医”协同发展和治理): alone, 治理 is ordinary work (综合治理, 源头治理).
 */
export const QUOTED_CONTINUATION_HEADS: ReadonlyArray<readonly [string, PolicyKind]> = [['治理', 'reform']];

/**
 * Heads that name a programme only right after a quoted term (“两癌”筛查, “三高”筛查):
 * the quoted short name of a target group or disease set, and the service done for it.
 * Alone the word is ordinary work (开展肺癌筛查).
 */
export const QUOTED_PROGRAMME_HEADS: ReadonlyArray<readonly [string, PolicyKind]> = [['筛查', 'program']];

/**
 * Nouns after a well-known mechanism that make it a modifier of money, bodies
 * or a place (基本公共卫生服务经费, 签约服务费, 医养结合机构, 医共体内, 医共体分院),
 * or the title of a document about it (优化生育政策方案): the phrase names that
 * thing, not the policy.
 */
export const MECHANISM_AS_MODIFIER: readonly string[] = [
  '经费',
  '资金',
  '补助',
  '费',
  '机构',
  '内',
  '分院',
  // …政策方案和细则: a document about the mechanism, named without 《》.
  '方案',
  '细则',
  // 结果互认共享: the mechanism runs on into a second verb, a description of work.
  '共享',
  // 健康中国行动推进委员会, X领导小组办公室: the body steering the campaign, named after it.
  '推进委员会',
  '推进办',
  '领导小组',
  '办公室',
];

/**
 * A counted noun and its number right after a well-known mechanism (结果互认项目不少于100项,
 * 医养结合床位500张, 互认项目由80项扩大到150项): the mechanism qualifies what an indicator
 * counts, and the text speaks of the count, not of the policy.
 */
export const MECHANISM_COUNTED_AFTER =
  /^(?:项目|床位|病床)(?:总?数)?(?:不少于|不低于|达到|超过|增至|增加到|扩大到|提高到|达|由|从|为|共|累计)?(?:\d|[一二两三四五六七八九十百千])/u;

/**
 * A drafting verb under a deadline or urgency right before a name: the plan or
 * rule is yet to be written (抓紧制定X办法, 一个月内拿出X计划); a plain 制定X计划
 * may report a named plan already made.
 */
export const DRAFTING_BEFORE = /(?:抓紧|尽快|限期|月内|年内|日内|周内|前)(?:研究)?(?:制定|拿出|起草|出台)$/u;

/**
 * A creation campaign named by the quoted title it awards (深化“平安医院”创建, 开展“无烟单位”创建工作):
 * 创建 alone or with 工作/活动 after the closing quote; not 创建 running on into the name of an
 * honour (“模范机关”创建示范单位).
 */
export const CREATION_AFTER_QUOTE = /^创建(?:工作|活动|(?!\p{Script=Han}))/u;

/**
 * Quoted heads that name an item together with the unquoted topic before them
 * (新生儿出生“一件事”, 企业开办“一件事”: the items of the 高效办成一件事 reform).
 * Alone they are no formula.
 */
export const TOPIC_QUOTED_HEADS: readonly string[] = ['一件事'];

/**
 * A themed year of work (“医疗质量管理年”, “基层服务能力提升年”, “作风建设年”): a campaign the
 * quoted name calls by the year it runs, with or without 活动 after it.
 */
export const THEMED_YEAR: RegExp = /\p{Script=Han}{2,}(?:管理|提升|攻坚|建设|服务|落实|作风|质量|效能|改进|深化)年$/u;
