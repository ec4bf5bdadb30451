import type { PolicyKind } from '../types.js';

/** Head nouns of named policies and their kind (CONVENTIONS: kind mapping). Longest first when matched. */
export const POLICY_HEADS: ReadonlyArray<readonly [string, PolicyKind]> = [
  ['主题教育', 'campaign'], ['学习教育', 'campaign'], ['专项整治', 'campaign'], ['专项行动', 'campaign'],
  ['行动计划', 'plan'], ['三年计划', 'plan'], ['行动方案', 'plan'], ['实施方案', 'plan'],
  ['战略', 'strategy'], ['规划', 'plan'], ['计划', 'plan'], ['纲要', 'plan'],
  ['行动', 'campaign'], ['活动', 'campaign'], ['运动', 'campaign'],
  ['工程', 'program'], ['项目', 'program'], ['试点', 'program'], ['示范区', 'program'], ['先行区', 'program'],
  ['改革', 'reform'], ['体制', 'reform'], ['制度', 'reform'], ['责任制', 'reform'], ['负责制', 'reform'],
  ['政策', 'program'], ['医改', 'reform'],
];

/**
 * Words that introduce a policy name and are never part of it (开展 X 行动):
 * the backward scan from a head noun stops at them.
 */
export const POLICY_LEFT_STOPS: readonly string[] = [
  '开展', '启动', '推进', '深化', '实施', '落实', '推动', '加强', '完善', '坚持', '创建', '出台', '制定', '印发',
  '谋划', '参与', '承办', '召开', '举办', '纪念', '开好', '学习贯彻', '组织', '围绕', '统筹', '开工', '建成', '迭代', '升级', '贯彻', '执行', '打造', '实现', '持续',
  '扎实', '深入', '积极', '加快', '着力', '大力', '继续', '进一步', '不断', '以', '把', '将', '和', '与',
  '及', '等', '在', '对', '为', '是', '了', '新一轮', '一轮', '通过', '按照', '根据', '依托', '聚焦',
  '做好', '抓好', '开好', '办好', '用好', '确保', '力争', '巩固', '拓展', '结合', '纳入', '列入', '作为', '成为',
  '获评', '被评为', '评为', '取得', '发挥', '强化', '提升', '优化', '健全', '建立', '构建', '探索', '实行', '施行',
  '一体推进', '纵深推进', '纵深', '有序', '有效', '成功', '顺利', '首次', '率先', '带头', '更好',
];

/** Modifiers that make a name generic when nothing else is left (重点项目, 实际行动). */
export const GENERIC_POLICY_WORDS: readonly string[] = [
  '重点', '重大', '各项', '相关', '有关', '实际', '具体', '各类', '有力', '一系列', '这项', '此次', '本次',
  '工程', '建设', '民生', '惠民', '一批', '一大批', '系列', '配套', '专项', '综合', '总体', '全面', '迅速',
  '管理', '工作', '重点工程', '立法', '预备', '数智', '数字', '基本', '医疗', '卫生', '健康', '服务', '二期', '一期', '三期',
];

/** Suffixes of 《》 titles that make them laws rather than documents. */
export const LAW_SUFFIXES: readonly string[] = ['条例', '法'];
