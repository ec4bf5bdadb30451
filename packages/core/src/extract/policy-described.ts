// Phrases that end in a policy head noun but describe a scope, a field of work,
// one site's building works or a pair of campaigns rather than name one policy.

/** What follows 政策 when the phrase is a scope of reimbursement (政策范围内住院费用, 政策内报销比例). */
const POLICY_SCOPE_AFTER = /^(?:范围)?内/u;

/** A field of work right before 改革 (医保领域改革, 教育领域改革): reform in a field, not a named reform. */
const FIELD_END = /领域$/u;

/** The head of a campaign ending the part before 暨 (…爱国卫生运动暨…专项行动): a joint campaign's first name. */
const CAMPAIGN_END = /(?:运动|行动|活动|专项整治|集中整治)$/u;

/** A disease or pathogen before 活动 (流感活动, 疫情活动将进入高峰): how active it is, no campaign. */
const DISEASE_BEFORE_ACTIVITY = /(?:流感|疫情|病毒|病原体|传染病|登革热|诺如)$/u;

/** A frequency and a verb before 制度 (日监测、周研判制度, 月通报制度): a routine of work, no named rule. */
const ROUTINE_RULE = /^[日周旬月季][\p{Script=Han}]{2}$/u;

/** One of a kind before the head (作为一项基础性工程, 一批重点项目, 一个示范项目): a description, no name. */
const ONE_OF_A_KIND = /^一[项个批种]/u;

/**
 * Whether the phrase `prefix` + `head` (its head ending at `end`) describes a
 * scope or a field, not a named policy: 职工医保政策范围内 (the covered scope),
 * 医保领域改革 (the reform work of a field), “X”活动优秀项目 (a rating of a motto's activity),
 * 一项基础性工程 (one of a kind), 流感活动 (a disease's activity), 周研判制度 (a routine).
 *
 * @example isDescribedNotNamed({ text: '职工医保政策范围内报销', prefix: '职工医保', head: '政策', end: 6 }) // true
 */
export function isDescribedNotNamed(options: { text: string; prefix: string; head: string; end: number }): boolean {
  const { text, prefix, head, end } = options;
  if (head === '政策' && POLICY_SCOPE_AFTER.test(text.slice(end, end + 3))) return true;
  if (ONE_OF_A_KIND.test(prefix)) return true;
  if (head === '活动' && DISEASE_BEFORE_ACTIVITY.test(prefix)) return true;
  if (head === '制度' && ROUTINE_RULE.test(prefix)) return true;
  // The activity of a quoted motto running on into a rating (“X”活动优秀项目): the motto is the name.
  const start = end - head.length - prefix.length;
  if (/^活动/u.test(prefix) && /[”"」』’]/u.test(text[start - 1] ?? '')) return true;
  return head === '改革' && FIELD_END.test(prefix);
}

/**
 * Whether the text before 暨 names a campaign of its own (2025年夏季爱国卫生运动暨病媒生物防制专项行动):
 * then 暨 joins two campaigns into one name, even before a ceremony or meeting noun
 * (…专项行动启动仪式), unlike two topics of a meeting (手足口病防控暨…运动推进会).
 *
 * @example joinsCampaigns('夏季爱国卫生运动') // true
 */
export function joinsCampaigns(beforeJoint: string): boolean {
  return CAMPAIGN_END.test(beforeJoint);
}

/** Phases and building words that end the name of construction works (二期, 改扩建, 新址, 主体, 基础设施建设). */
const BUILDING_END =
  /(?:[一二三四五六七八九十\d]+期|主体|新建|续建|改扩建|扩建|迁建|拆建|改建|重建|改造|新址|基础设施(?:建设)?)$/u;
/** Bodies whose works a name ending in 工程/项目 may be. */
const BODY_WORD = /(医院|院区|中心|大学|基地|楼)/gu;
/**
 * Levels and scopes that make X医院建设项目 a programme for a class of bodies
 * (国家中医特色重点医院建设项目, 县域医疗卫生次中心建设工程), not one body's works.
 */
const PROGRAMME_LEVEL = /^(?:国家|全国|省级|县域|区域)/u;

/**
 * Whether a prefix of 工程/项目 names building works, not a policy: a phase or
 * building word at its end (市六医二期工程, X医院改扩建项目), or a body near
 * the head with only 建设 after it (X医院建设项目), unless a national or
 * provincial level makes it a programme for a class of bodies. A body earlier
 * in a long name (…基地建设暨…带教项目) or followed by other words
 * (中医院强院工程) does not make it works.
 *
 * @example isBuildingWorks('县疾控中心新址') // true
 */
export function isBuildingWorks(prefix: string): boolean {
  if (BUILDING_END.test(prefix)) return true;
  if (PROGRAMME_LEVEL.test(prefix)) return false;
  const tail = prefix.slice(-8);
  const last = [...tail.matchAll(BODY_WORD)].at(-1);
  if (!last) return false;
  const after = tail.slice((last.index ?? 0) + last[0].length);
  return /^(?:建设)?$/u.test(after);
}
