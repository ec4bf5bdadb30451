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

/** Verbs that only ever introduce a name, even right before its head noun (开展行动, 推进改革). */
export const INTRODUCING_VERBS: readonly string[] = [
  '开展',
  '启动',
  '推进',
  '深化',
  '实施',
  '落实',
  '推动',
  '组织',
  '参与',
  '参加',
  '承办',
  '召开',
  '举办',
];

/** Clause verbs: a name never ends in them (严格执行制度, 切实做好项目, 符合规划). */
export const CLAUSE_VERBS: readonly string[] = [
  '执行',
  '做好',
  '完成',
  '扩大',
  '打击',
  '符合',
  '知晓',
  '允许',
  '入选',
  '创成',
];

/**
 * Words that introduce a policy name and are never part of it (开展 X 行动):
 * the backward scan from a head noun stops at them.
 */
export const POLICY_LEFT_STOPS: readonly string[] = [
  '做实',
  '做细',
  '做优',
  '做强',
  '抓实',
  '夯实',
  '落细',
  '开展',
  '启动',
  '推进',
  '深化',
  '实施',
  '落实',
  '推动',
  '加强',
  '完善',
  '坚持',
  '创建',
  '出台',
  '制定',
  '印发',
  '谋划',
  '参与',
  '承办',
  '召开',
  '举办',
  '纪念',
  '开好',
  '学习贯彻',
  '组织',
  '围绕',
  '统筹',
  '开工',
  '建成',
  '迭代',
  '升级',
  '贯彻',
  '执行',
  '打造',
  '实现',
  '持续',
  '扎实',
  '深入',
  '积极',
  '加快',
  '着力',
  '大力',
  '继续',
  '进一步',
  '不断',
  '以',
  '把',
  '将',
  '和',
  '与',
  '及',
  '等',
  '在',
  '对',
  '为',
  '是',
  '了',
  '新一轮',
  '一轮',
  '通过',
  '按照',
  '根据',
  '依托',
  '聚焦',
  '做好',
  '抓好',
  '开好',
  '办好',
  '用好',
  '确保',
  '力争',
  '巩固',
  '拓展',
  '结合',
  '纳入',
  '列入',
  '作为',
  '成为',
  '获评',
  // 获 (won, was granted): 市中医院获国家…建设项目.
  '获',
  // Counting verbs of bulletins (年末全市共有国家级试点医院5家) and the collectives before them.
  '共有',
  '拥有',
  '现有',
  '全市',
  '全省',
  '全县',
  '全区',
  '被评为',
  '评为',
  '取得',
  '发挥',
  '强化',
  '提升',
  '优化',
  '健全',
  '建立',
  '构建',
  '探索',
  '实行',
  '施行',
  '一体推进',
  '纵深推进',
  '纵深',
  '有序',
  '有效',
  '成功',
  '顺利',
  '首次',
  '率先',
  '带头',
  '更好',
  '宣传',
  '细化',
  '融入',
  ...CLAUSE_VERBS,
];

/** Modifiers that make a name generic when nothing else is left (重点项目, 实际行动). */
export const GENERIC_POLICY_WORDS: readonly string[] = [
  '重点',
  '重大',
  '各项',
  '相关',
  '有关',
  '实际',
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
];

/** Suffixes of 《》 titles that make them laws rather than documents. */
export const LAW_SUFFIXES: readonly string[] = ['条例', '法'];

/** Endings in 法 that are not laws. */
export const NOT_LAW_SUFFIXES: readonly string[] = ['办法', '方法', '做法', '说法', '想法', '手法', '疗法'];

/**
 * Well-known national health-policy mechanisms and programmes that the genre
 * names without a head noun (CONVENTIONS: 家庭医生签约服务, 分级诊疗, 两票制).
 * Genre knowledge of standard national programmes, not sentences of any text.
 * Not routine activities (开展巡回医疗, 对口支援农村医疗机构): three blind
 * annotations read them as work, not as named policies.
 */
export const KNOWN_MECHANISMS: Readonly<Record<string, PolicyKind>> = {
  家庭医生签约服务: 'program',
  分级诊疗: 'reform',
  两票制: 'reform',
  医养结合: 'program',
  医联体: 'reform',
  医共体: 'reform',
  县域医共体: 'reform',
  紧密型县域医共体: 'reform',
  紧密型城市医联体: 'reform',
  城市医疗集团: 'reform',
  住院医师规范化培训: 'program',
  检查检验结果互认: 'reform',
  检查检验结果共享互认: 'reform',
  基本公共卫生服务: 'program',
  基本公共卫生服务均等化: 'program',
  药品集中带量采购: 'reform',
  集中带量采购: 'reform',
  按疾病诊断相关分组付费: 'reform',
  三医联动: 'reform',
  医保支付方式改革: 'reform',
  现代医院管理制度: 'reform',
  国家基本药物制度: 'reform',
  健康中国行动: 'campaign',
  爱国卫生运动: 'campaign',
  '互联网+医疗健康': 'program',
  先诊疗后付费: 'program',
  一站式结算: 'program',
  综合医改: 'reform',
  全面从严治党: 'reform',
  // National programmes named by their standard titles (国家组织药品集中采购中选药品, 国家区域医疗中心建设).
  国家组织药品集中采购: 'program',
  国家免疫规划: 'program',
  国家区域医疗中心: 'program',
  // DIP, the Chinese name beside 按疾病诊断相关分组付费 (DRG).
  按病种分值付费: 'reform',
  基本医疗卫生制度: 'reform',
  健康扶贫: 'program',
  // The standard short name of 深化医药卫生体制改革, as 综合医改 is of the comprehensive pilot.
  深化医改: 'reform',
  药品集中招标采购: 'reform',
  优化生育政策: 'program',
  // Variants of 检查检验结果互认 in the order and punctuation texts use.
  检验检查结果互认: 'reform',
  医学检查检验结果互认: 'reform',
  医学检验检查结果互认: 'reform',
  '医学检验、检查结果互认': 'reform',
};

/**
 * Headless names of national formulas that may also be read as slogans
 * (CONVENTIONS: ambiguous); they are reported with `ambiguous`.
 */
export const AMBIGUOUS_MECHANISMS: readonly string[] = ['全面从严治党'];

/**
 * Prefixes of named creation campaigns written as prefix + a two-character
 * unit (清廉机关, 清廉医院 …建设): the genre's integrity-building campaigns.
 */
export const CAMPAIGN_PREFIXES: readonly string[] = ['清廉'];

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
];

/** Levels that may stand before generic words without making a name (省重点项目, 国家级试点). */
export const LEVEL_WORDS: readonly string[] = ['国家级', '省级', '市级', '县级', '国家', '省', '市', '县', '区'];

/** Words that open the object of a crackdown: wrongdoing is no policy (打击非法行医活动). */
export const WRONGDOING_PREFIX = /^(?:非法|违法|违规|违纪|不正当)/u;

/** Endings of 《》 titles that name no document: licences, broadcasts, papers (《医疗机构许可证》, 《新闻联播》). */
export const NOT_DOCUMENT_SUFFIX = /(?:许可证|证书|执照|联播|新闻|节目|栏目|日报|晚报|杂志|报道|许可范围)$/u;
