import type { PolicyKind } from '../types.js';

/** Head nouns of named policies and their kind (CONVENTIONS: kind mapping). Longest first when matched. */
export const POLICY_HEADS: ReadonlyArray<readonly [string, PolicyKind]> = [
  ['主题教育', 'campaign'],
  ['学习教育', 'campaign'],
  ['专项整治', 'campaign'],
  // As 专项整治 (医药领域腐败问题集中整治).
  ['集中整治', 'campaign'],
  ['专项行动', 'campaign'],
  ['行动计划', 'plan'],
  ['三年计划', 'plan'],
  ['行动方案', 'plan'],
  ['实施方案', 'plan'],
  ['战略', 'strategy'],
  ['规划', 'plan'],
  ['计划', 'plan'],
  ['纲要', 'plan'],
  ['行动', 'campaign'],
  ['活动', 'campaign'],
  ['运动', 'campaign'],
  ['工程', 'program'],
  ['项目', 'program'],
  ['试点', 'program'],
  ['示范区', 'program'],
  ['试验区', 'program'],
  ['先行区', 'program'],
  ['改革', 'reform'],
  // (体制 alone names a system, 计划经济体制, 市场监管体制; X体制改革 is the policy.)
  ['制度', 'reform'],
  ['责任制', 'reform'],
  ['负责制', 'reform'],
  ['政策', 'program'],
  // Measures named without 《》 (婴幼儿照护设施配建办法).
  ['办法', 'document'],
  ['医改', 'reform'],
];

/** Modifiers that make a name generic when nothing else is left (重点项目, 实际行动). */
export const GENERIC_POLICY_WORDS: readonly string[] = [
  '重点',
  '重大',
  '各项',
  '相关',
  '有关',
  '实际',
  // 务实行动: "practical action", a manner of work.
  '务实',
  // 管理体制改革: a system word after a generic one reforms nothing in particular.
  '体制',
  '具体',
  '各类',
  '有力',
  '一系列',
  '这项',
  '此次',
  '本次',
  '工程',
  '建设',
  '民生',
  '惠民',
  '一批',
  '一大批',
  '系列',
  '配套',
  '专项',
  '综合',
  '总体',
  '全面',
  '迅速',
  '管理',
  '工作',
  '重点工程',
  '立法',
  '预备',
  '数智',
  '数字',
  '基本',
  '医疗',
  '卫生',
  '健康',
  '服务',
  '二期',
  '一期',
  '三期',
  // 健康宣传活动, 健康科普活动: routine outreach, not named campaigns.
  '宣传',
  '科普',
  '促进',
  '一项',
  '多个',
  '民心',
  // 本地区实施方案: any region's own plan.
  '地区',
  // 是一项系统工程: a metaphor for a complex task.
  '系统',
  // 以X为抓手集中整治Y: the noun of a 以…为 frame, then a verb phrase, not a name.
  '抓手',
  '载体',
  '契机',
  '突破口',
  '切入点',
];

/** Suffixes of 《》 titles that make them laws rather than documents. */
export const LAW_SUFFIXES: readonly string[] = ['条例', '法'];

/** Endings in 法 that are not laws. */
export const NOT_LAW_SUFFIXES: readonly string[] = ['办法', '方法', '做法', '说法', '想法', '手法', '疗法'];

/** Nouns before a verb that make it part of a name (能力提升培训项目, 质量提升行动). */
export const NOMINAL_BEFORE_VERB: readonly string[] = ['能力', '质量', '水平', '素质', '服务'];

/**
 * Head nouns that the genre also uses for ordinary work (开展试点, 自查自纠活动,
 * 考勤制度): with these, a name made only of generic and descriptive words
 * ({@link GENERIC_POLICY_WORDS}, {@link DESCRIPTIVE_WORDS}) is a description, not a name.
 */
export const WEAK_HEADS: readonly string[] = [
  '试点',
  '活动',
  '项目',
  '制度',
  '政策',
  '办法',
  '学习教育',
  '战略',
  '运动',
];

/**
 * Common nouns of work descriptions (社区卫生服务试点, 部分单位考勤制度,
 * 主题宣讲活动, 中央投资项目): a name before a weak head built only of these
 * and the generic words names nothing in particular.
 */
export const DESCRIPTIVE_WORDS: readonly string[] = [
  '社区卫生',
  '社区',
  '医院',
  '基层',
  '农村',
  '城乡',
  '免费',
  '义诊',
  '主题',
  '专题',
  '宣讲',
  '实践',
  '自查自纠',
  '部分',
  '单位',
  '考勤',
  '工作人员',
  '若干',
  '措施',
  '内部',
  '差异化',
  '全流程',
  '流程',
  '新技术',
  '新项目',
  '技术',
  '群众',
  '人群',
  '体育',
  '党建',
  '党员',
  '检查',
  '监管',
  '监督',
  '经济社会',
  '经济',
  '社会',
  '中央',
  '投资',
  '预算内',
  '专项资金',
  '资金',
  '支撑',
  '补助',
  '治理',
  '会议',
  '优惠',
  '报销',
  '医保',
  '惠农',
  '帮扶',
  '减免',
  '规范',
  '考核',
  '信息',
  '发展',
  '改革',
  '国家整体',
  '整体',
  '教育',
  '学习',
  '志愿',
  '研究',
  '解决',
  '联席会议',
  '国家',
  // Funding and support words (财政投入保障政策, 补贴激励政策, 医保支付政策): how a policy pays, not which.
  '支付',
  '财政',
  '投入',
  '保障',
  '补贴',
  '激励',
  '扶持',
];

/** Levels that may stand before generic words without making a name (省重点项目, 国家级试点). */
export const LEVEL_WORDS: readonly string[] = ['国家级', '省级', '市级', '县级', '国家', '省', '市', '县', '区'];

/**
 * Words that open the object of a crackdown: wrongdoing is no policy (打击非法行医活动),
 * including the fraud verbs of 医保 supervision (虚构医疗服务项目 is a fraud, not a programme).
 */
export const WRONGDOING_PREFIX = /^(?:非法|违法|违规|违纪|不正当|虚构|伪造|串换|骗取|套取)/u;

/** Endings of 《》 titles that name no document: licences, broadcasts, papers (《医疗机构许可证》, 《新闻联播》). */
export const NOT_DOCUMENT_SUFFIX = /(?:许可证|证书|执照|联播|新闻|节目|栏目|日报|晚报|杂志|报道|许可范围)$/u;
