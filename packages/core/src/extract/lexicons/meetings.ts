/** Nouns that end a meeting name, longest first when matched. */
export const MEETING_NOUNS: readonly string[] = [
  '电视电话会议',
  '视频会议',
  '常务会议',
  '专题会议',
  '联席会议',
  '工作会议',
  '新闻发布会',
  '电视电话会',
  '视频会',
  '座谈会',
  '现场会',
  '推进会',
  '研讨会',
  '交流会',
  '协商会',
  '部署会',
  '调度会',
  '动员会',
  '总结会',
  '表彰会',
  '报告会',
  '培训会',
  '培训班',
  // A visit's and an inspection's own meetings (督导检查情况反馈会, 巡察情况通报会, 调研汇报会,
  // 专家论证会, 项目对接会, 经济运行分析会).
  '反馈会',
  '通报会',
  '汇报会',
  '见面会',
  '论证会',
  '评审会',
  '对接会',
  '推介会',
  '观摩会',
  '分析会',
  // Working meetings a body holds under its own kind (启动会, 协调会, 会商会, 院务例会, 专题会,
  // 政策吹风会, 媒体通气会, 专题研讨班, 读书班).
  '启动会',
  '协调会',
  '会商会',
  '碰头会',
  '约谈会',
  '宣讲会',
  '听证会',
  '说明会',
  '务虚会',
  '吹风会',
  '通气会',
  '警示教育会',
  '工作会',
  '专题会',
  '院务会',
  '委务会',
  '局务会',
  '例会',
  '评议会',
  // A party organization's own meetings (领导班子2024年度民主生活会, 支部组织生活会).
  '生活会',
  '研讨班',
  '读书班',
  '学习班',
  '办公会',
  '发布会',
  '学习会',
  '签约仪式',
  '启动仪式',
  '揭牌仪式',
  '开班仪式',
  '仪式',
  '开幕会',
  '闭幕会',
  '党代会',
  '年会',
  '峰会',
  '论坛',
  '全会',
  '大会',
  '会议',
];

/** Nouns that name a held event by themselves (组织召开座谈会). */
export const STANDALONE_MEETING_NOUNS: readonly string[] = [
  '新闻发布会',
  '座谈会',
  '现场会',
  '推进会',
  '研讨会',
  '交流会',
  '协商会',
  '动员会',
  '表彰会',
  '报告会',
  // An inspection's or visit's own (检查组召开汇报会, 督导组召开见面会/反馈会).
  '汇报会',
  '见面会',
  '反馈会',
  '通报会',
];

/** Verbs that show a meeting was held or hosted when they precede its name. */
export const HOLD_BEFORE: readonly string[] = [
  '召开了',
  '举行了',
  '举办了',
  '承办了',
  '召开的',
  '举行的',
  '举办的',
  '组织召开',
  '主持召开',
  '隆重召开',
  '召开',
  '举行',
  '举办',
  '承办',
  '主办',
];

/**
 * Verbs after a meeting name that show it was held (会议在兰州召开, 在县妇幼保健院6楼会议室召开,
 * a news report's 会议3月11日上午在长沙召开 / 日前在长沙召开 / 11日举行, a forum's
 * 论坛开幕式在龙岩举行, a session that 已在京开幕 before the one reported; a municipality by its
 * one-character abbreviation, 在京/在沪; a training course's 培训班在Y开班, its term in brackets
 * after it, 培训班(第一期)在Y开班),
 * or that it passed the document (已经X常务会议审议通过, 经X会议研究同意). The place may run over a hard
 * line break (a repost's or PDF's wrapped lines: 在县政府\n三楼会议室召开); the location drops it.
 */
export const HOLD_AFTER: RegExp =
  /^(?:\([^()\n]{1,8}\))?(?:开幕式|闭幕式)?(?:于)?(?:(?:\d{4}年)?\d{1,2}月)?(?:\d{1,2}日)?(?:(?:至|-)(?:\d{1,2}月)?\d{1,2}日)?(?:日前|近日|近期|今天|今日|昨天|昨日|当天|当日)?(?:上午|下午|晚上|晚间)?(?:已经|已)?(?:(?:在|于)([京沪津渝]|[\p{Script=Han}\d](?:[\p{Script=Han}\d]|\n(?=[\p{Script=Han}\d])){1,16}?))?(?:以[^,。;\n]{1,10}?(?:形式|方式))?(?:隆重|顺利|成功|圆满|正式)?(?:召开|举行|开幕|闭幕|落幕|开班|结业|举办|(?:审议|研究|讨论)并?(?:通过|同意))/u;

/** A municipality written by its one-character abbreviation where a meeting was held (在京召开). */
export const CITY_ABBREVIATIONS: Readonly<Record<string, string>> = { 京: '北京', 沪: '上海', 津: '天津', 渝: '重庆' };

/** Words a meeting name never starts with (they belong to the sentence). */
export const MEETING_LEFT_STOPS: readonly string[] = [
  '组织召开',
  '主持召开',
  '召开',
  '举行',
  '举办',
  '承办',
  '主办',
  '出席',
  '参加',
  '在',
  '由',
  '了',
  '及',
  '、',
  '本次',
  '此次',
  '这次',
  '各',
  '的',
  '以',
  '落实',
  '贯彻',
  '精神',
];

/**
 * Words before 召开/组织召开 that make the meeting planned, not held
 * (适时组织召开交流会, 拟召开座谈会).
 */
export const PLANNED_BEFORE: readonly string[] = [
  '适时',
  '择机',
  '拟',
  '将',
  '计划',
  '准备',
  '即将',
  '定期',
  '要',
  '尽快',
];

/**
 * The words before a ceremony's hold-verb that place it inside another event (论坛现场举行了
 * X签约仪式, 会议期间还举行了X揭牌仪式, 开幕式上举行了…): a part of that event, no meeting of its own.
 */
export const WITHIN_EVENT: RegExp =
  /(?:论坛|峰会|年会|大会|会议|开幕式|闭幕式|会)(?:现场|期间|上)[,]?(?:还|同时|并|也|另|共|现场)?(?:隆重)?$/u;

/**
 * A meeting's length after its name (X论坛在Y开幕,为期两天) or with its noun as the subject
 * (本届论坛为期三天, 本次培训为期五天): group 1 is the noun (when written), group 2 the number of days.
 */
export const LASTS_DAYS: RegExp =
  /(?:(?:本届|本次|此次|这次|该)(论坛|峰会|年会|大会|会议|研讨会|培训会|交流会|培训班|研修班|培训))?(?:会期|活动)?为期([两二三四五六七2-7])天/gu;

/** A body's own standing meetings, named after the body that holds them (市政府召开常务会议 → 市政府常务会议). */
export const BODY_MEETING_NOUNS: readonly string[] = [
  '常务会议',
  '专题会议',
  '联席会议',
  '全体会议',
  '办公会议',
  '办公会',
  '专题会',
  '院务会',
  '委务会',
  '局务会',
];

/**
 * What after a noun ending in 会 makes that 会 the head of another word (工作会商, 会谈, 会同, 会诊,
 * 会审, 会签, 会战), so the noun ends no name there.
 */
export const NOT_NOUN_END: RegExp = /^[商谈同诊审签战]/u;

/**
 * A body that meets as a whole and names its meeting after itself (市委常委会会议, 党组会议), where
 * the text writes only the bare noun after it (市委常委会召开会议, 市卫生健康委党组召开扩大会议).
 */
export const COLLECTIVE_BODY_END: RegExp = /(?:常委会|常务委员会|党组|党委|党工委)$/u;

/** The bare nouns a collective body's own meeting is written with (召开会议, 召开扩大会议). */
export const COLLECTIVE_MEETING_NOUNS: readonly string[] = ['会议', '扩大会议'];

/**
 * A sitting of a congress or conference session (第二次全体会议, 预备会议, 开幕会, a standing
 * committee's 联组会议 where its members review reports together): part of the session that
 * holds it (X会议举行第二次全体会议, 常委会举行联组会议), never a meeting of its own.
 */
export const SITTING: RegExp =
  /^(?:第[\d一二三四五六七八九十]{1,3}次)?(?:全体会议|分组会议|联组会议|预备会议|开幕会|闭幕会|开幕大会|闭幕大会)$/u;

/** A session's name with one of its sittings written after it (X会议第二次全体会议): group 1 is the session. */
export const SESSION_WITH_SITTING: RegExp =
  /^(.{2,}?(?:会议|大会|全会|党代会))(?:第[\d一二三四五六七八九十]{1,3}次)?(?:全体会议|分组会议|联组会议|预备会议|开幕会|闭幕会|开幕大会|闭幕大会)$/u;

/**
 * A count after a meeting noun (召开座谈会11场, 举办培训会3期, 召开座谈会多次): how many such
 * events an activity held, no one meeting. (人民代表大会二次会议 is a session's ordinal.)
 */
export const COUNT_AFTER: RegExp =
  /^(?:\d+|[一二两三四五六七八九十百]+|数|多|几)(?:余|多)?(?:场|次|期|轮)(?![会全大])/u;

/**
 * A count opening a meeting name (召开3场座谈会, 两场推进会, 多次座谈会, 一系列座谈会): no one
 * meeting. Numerals before 次 or 期 only in digits: 二次创业推进会, 一期工程推进会 are names.
 */
export const COUNT_BEFORE: RegExp =
  /^(?:\d+(?:余|多)?(?:场|次|期|轮)|[两三四五六七八九十]+(?:余|多)?场|(?:数|多|几)(?:场|次|期|轮)|一系列)/u;

/**
 * A news dateline opening a paragraph, with the byline after it: 湖南日报3月12日讯,
 * 新华社北京3月12日电, 本报讯(记者 X). Its day is the publication day, not the event's
 * (3月11日电视电话会议 opens no dateline).
 * Groups: year, month, day (absent in 本报讯).
 */
export const NEWS_DATELINE: RegExp =
  /^(?:[\p{Script=Han}A-Za-z·-]{0,16}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日专?(?:讯|电(?![视话子力商信影网台池]))|\p{Script=Han}{0,12}?(?:报|网|台)讯)(?:\s*\([^()\n]{0,40}\))?/gmu;
