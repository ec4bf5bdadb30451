/**
 * Unit grammar of indicators. Units are matched longest first after a number
 * (and an optional multiplier 万/亿 and approximation 多/余).
 */
export const UNITS: readonly string[] = [
  '/10万',
  '/万',
  '/十万',
  '个百分点',
  '个千分点',
  // 孕产妇死亡率为8.9/10万,比上年下降2.1个十万分点: points of a rate per 100,000 (per 10,000).
  '个十万分点',
  '个万分点',
  '万人次',
  '人次',
  // Runs of ambulances and flights of aircraft in emergency reports (出车486车次, 飞行12架次).
  '车次',
  '架次',
  '万平方米',
  '平方米',
  '万元',
  '亿元',
  '元',
  '万人',
  '人',
  '家',
  '个',
  '所',
  '名',
  '项',
  '支',
  '例',
  '张',
  '台',
  '次',
  '户',
  // 医师日均担负住院2.1床日 (bed-days); before 床, which it begins with.
  '床日',
  '床',
  '%',
  '‰',
  '岁',
  '周年',
  '天',
  '小时',
  '公里',
  '千克',
  '吨',
  '份',
  '件',
  '种',
  '套',
  '辆',
  '倍',
  '分钟',
  '万剂',
  '剂',
  '剂次',
  '万剂次',
  '万份',
  '间',
  '座',
  '条',
  '处',
  '批次',
  '场',
  '期次',
  // 9起突发事件, 12批医疗队, 90000ml血液.
  '起',
  '批',
  'ml',
  '毫升',
  // 32.2万单管 (nucleic-acid tests).
  '单管',
  // 6类以上适宜技术; 平均住院日7.6日 (only with a fraction: 13日 is a date).
  '类',
  '日',
  // 飞行检查30组次 (inspection teams × visits), 培训40学时 (class hours), 巡察2轮 (rounds).
  '组次',
  '学时',
  '轮',
  // 入户排查11.6万户次 (households × visits); 征集论文213篇.
  '户次',
  '篇',
  // 抽查养老机构326家次 (bodies × visits); 种植面积52.6万亩; 办结时限压缩至3个工作日.
  '家次',
  '亩',
  '个工作日',
  // 专家每周到社区出诊不少于2个半天 (half-day sessions), not 2个.
  '个半天',
  // 抗菌药物使用强度为36.2DDDs (defined daily doses per 100 bed-days).
  'DDDs',
  'DDD',
  '工作日',
  // 绿化面积2.1公顷, 服务半径覆盖120平方公里; 发放宣传册5000册; 举办培训班12期; 结算3.2万笔; 核酸样本36.5万管.
  '公顷',
  '平方公里',
  '册',
  '期',
  '笔',
  '管',
  // 下乡义诊120余场次 (events × sessions).
  '场次',
  // 完成手术7.93万台次 (operations); 师徒结对328对 (pairs); 综合得分95.8分 (a score). 对 and 分 are
  // words as often as units: indicator-unit-context.ts says where they count.
  '台次',
  '对',
  '分',
];

/**
 * Spoken forms of a unit after a number (讲话, 答记者问): 3.2个亿 is 3.2 亿元, 6个多百分点 is 6 points
 * or more. Each entry: what is written, the unit it means, whether it bounds the value (多).
 */
export const SPOKEN_UNITS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['个多百分点', '个百分点', true],
  ['个多千分点', '个千分点', true],
  ['个多亿', '亿元', true],
  ['个亿', '亿元', false],
];

/** Units that, after a small Chinese numeral, make an enumeration (八个方面, 一件事), never a value. */
export const ENUMERATION_UNITS: readonly string[] = [
  '个',
  '项',
  '条',
  '种',
  '件',
  '次',
  '支',
  '场',
  '批次',
  '处',
  '张',
  // 一起 (together), 一批 (a batch of): words, not counts.
  '起',
  '批',
  // 两类人群: a kind, not a count.
  '类',
  // 新一轮 (a new round of): a word, not a count.
  '轮',
  // 一篇大文章: a figure of speech, not a count.
  '篇',
  // 二期工程 (a phase), 一笔 (a sum), 两管齐下: words, not counts.
  '期',
  '笔',
  '管',
];

/** Words before a number that make it a lower bound. */
export const APPROX_BEFORE: readonly string[] = ['超过', '逾', '上', '近', '约', '达到', '达'];
/** Words right after a number (before the unit) that make it a lower bound. */
export const APPROX_AFTER: readonly string[] = ['多', '余', '以上'];

/** Words of a sentence that make its values targets rather than achievements. */
export const TARGET_WORDS: RegExp = /力争|目标(?:是|为|任务是)|到20\d\d年|确保.{0,10}达到|预计|计划(?:到|在)/u;

/**
 * A change phrase ending right before its amount: 同比增长, 比上年提高约,
 * 较去年底增加 (the level at the end of last year), 较2020年提高 (group `year`; a base named after the year: 比2020年专项检查下降), 比“十三五”末提高
 * (group `plan`: the end of a plan period), 环比上升 (group `mom`: against the period before), 较10月上升,
 * 比上月增加 (group `month`: against a month of the same year), 较平日增长 (group `usual`: against
 * ordinary days or years, a named base),
 * 分别比上年增加 (group `each`: a list of changes); spoken 比上一年多了, 较去年少了.
 */
export const CHANGE_WORDS: RegExp =
  /(?<each>分别)?(?:同比|(?<mom>环比)|(?:比|较)(?:(?:上年|去年|上一年)(?:底|末)?|(?<month>\d{1,2}月份?(?:底|末)?|上月|上个月)|(?<year>\d{4})年(?:底|末)?(?:(?!分别)\p{Script=Han}){0,6}?|(?<plan>“?十[一二三四五六七八九]五”?(?:末|期末|初|期初)?)|(?<usual>平日|平时|往常|往年))(?:同期)?)(?<each2>分别)?(?:增长|提高|上升|增加|提升|下降|减少|降低|缩短|延长|多|少)了?(?:约|近|超过)?$/u;

/**
 * A comparison with a reference level ending right before the difference: 低于全市平均水平
 * (1.9个百分点), 高于全国平均水平, 比全省平均水平高出, 超出控制目标 (3.6个百分点). The base is the
 * reference, not a year.
 */
export const REFERENCE_WORDS: RegExp =
  /(?:(?:低于|高于)(?:全国|全省|全市|全州|全县|全区|同期)?平均(?:水平|值)?|(?:比|较)(?:全国|全省|全市|全州|全县|全区)?平均(?:水平|值)?(?:高出|高|低)|(?:超出|超过|高于|低于)(?:控制|年度|考核|预期)?目标(?:值)?|(?:超|超出|超过|快于|慢于|落后于?)(?:时间|序时)进度)(?:约|近)?$/u;

/**
 * A multiple of a base written before it (是2023年的1.6倍, 为上年同期的2倍): the level is that many
 * times the base's. Read only before an amount in 倍.
 */
export const MULTIPLE_WORDS: RegExp =
  /(?:是|为)(?:(?<year>\d{4})年(?:底|末)?|上年|去年|上年同期|去年同期)(?:同期)?的(?:约|近)?$/u;

/**
 * What a number of hours names when a duty word follows it (24小时值班, 24小时值守制度): the rule of
 * round-the-clock duty, not a measured time.
 */
export const DUTY_AFTER_HOURS: RegExp = /^(?:值班|值守|在岗|待命|轮班|应急值守)/u;

/** Rates written in words, with their unit. */
export const FRACTION_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['百分之', '%'],
  ['千分之', '‰'],
  ['十万分之', '/10万'],
  ['万分之', '/万'],
];

/** Words before a count that make it an enumeration of what follows (以下10项工作, 上述3个). */
export const ENUMERATION_LEAD: RegExp = /(?:以下|如下|下列|下面|上述)$/u;

/**
 * Page chrome right before a number: view and click counters (浏览次数:1234, 阅读量 2.3万), attachment
 * counts (附件(3个)), the size of a collection of model texts in its title (讲话(精选5篇), (热门19篇)),
 * the print run in an official document's footer ((共印20份)).
 */
export const PAGE_COUNTER: RegExp =
  /(?:(?:浏览|阅读|点击|访问|阅览)(?:(?:量|数|次数)[:\s]*|[:]\s*)|附件\(|\((?:精选|热门|推荐|通用)|共印)$/u;

/**
 * Period grammar of indicators (indicator-time.ts, indicator-period.ts). A part of a year
 * after a year or 今年/去年 (2024年上半年, 今年1至5月): halves, quarters and
 * month ranges.
 */
export const YEAR_PART = '上半年|下半年|前三季度|第?[一二三四1-4]季度|\\d{1,2}(?:至|—|–|-|~|到)\\d{1,2}月(?:份)?';
/** The parts of a year that stand without a year before them (上半年, 一季度): of the document's year. */
export const BARE_YEAR_PART = '上半年|下半年|前三季度|第?[一二三四]季度';
/** Words right before a time expression that make it a comparison base (比上年, 较2020年, 由2020年的). */
export const PERIOD_BASE_BEFORE: RegExp = /(?:比|较|由|从|与|同)$/u;
/**
 * Words right before a time expression that make it a target's deadline
 * (力争到2025年, 到2027年底, 确保今年); 截至 is a cut-off of achieved values, not one.
 */
export const PERIOD_TARGET_BEFORE: RegExp = /(?:(?<!截)(?:到|至)|力争|争取|确保|预计|计划|目标(?:是|为)?)(?:在)?$/u;
/** Words between a clause start and a time expression that still open the clause (截至5月底, 在2023年). */
export const PERIOD_OPENERS: RegExp = /(?:截至|截止(?:到|至)?|在|于|自)$/u;

/**
 * A title of a review or a plan of one period (2025年度工作总结, 2024年卫生健康事业发展统计公报,
 * 关于2026年…专项检查情况的通报, 行动方案(2025—2027年)): its period frames the text. A meeting's
 * title (在2024年全市卫生健康工作会议上的讲话) does not: the speech reviews the year before.
 */
export const PERIOD_TITLE: RegExp = /^(?!.*会议).*(?:总结|公报|年报|报告|通报|方案|规划|计划|要点)/u;
/** Words right after a count of people that make it the attendance of a meeting (300余人参会, 260余人参加会议). */
export const ATTENDANCE: RegExp = /^(?:参会|参加|出席|与会)/u;

/**
 * Conventional units of rates reported without one (孕产妇死亡率为零): maternal mortality per
 * 100,000 live births, infant, neonatal and under-five mortality per mille. Other rates keep no unit.
 */
export const RATE_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/孕产妇死亡率$/u, '/10万'],
  [/(?:婴儿|新生儿|5岁以下儿童|儿童)死亡率$/u, '‰'],
];

/** Words before a number of days or hours that make it a time window (近7天新增病例, 过去24小时), not a value. */
export const WINDOW_BEFORE: RegExp = /(?:近|最近|过去|前)$/u;
/** A service radius after N分钟/小时 (15分钟健康服务圈, 30分钟急救圈): a concept's name, not a value. */
export const RADIUS_AFTER: RegExp = /^\p{Script=Han}{0,8}?圈/u;
/** Units of a time window. */
export const WINDOW_UNITS: readonly string[] = ['天', '日', '小时'];

/**
 * Words of a clause that make N分 + a word a score (综合得分95.8分排名第一, 扣减考核得分3分以上): scoring,
 * deducting and adding points. Without them, 分 before a word is one (3分院, 1080分辨率).
 */
export const SCORE_CONTEXT: RegExp = /得分|评分|打分|分值|满分|总分|扣分|扣减|扣除|加分/u;
