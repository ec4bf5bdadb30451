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
  // 发展改革委, 发展改革局: the head noun names a commission or bureau.
  '委',
  '局',
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
];

/**
 * Heads that end a policy name only when it carries on from a quoted term
 * (“三医”协同发展和治理): alone, 治理 is ordinary work (综合治理, 源头治理).
 */
export const QUOTED_CONTINUATION_HEADS: ReadonlyArray<readonly [string, PolicyKind]> = [['治理', 'reform']];

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
];

/**
 * A drafting verb under a deadline or urgency right before a name: the plan or
 * rule is yet to be written (抓紧制定X办法, 一个月内拿出X计划); a plain 制定X计划
 * may report a named plan already made.
 */
export const DRAFTING_BEFORE = /(?:抓紧|尽快|限期|月内|年内|日内|周内|前)(?:研究)?(?:制定|拿出|起草|出台)$/u;
