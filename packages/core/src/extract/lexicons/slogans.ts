/**
 * Standard national formulas (提法) that the genre writes without quotation
 * marks. Genre knowledge, not corpus sentences: extend as new ones appear.
 */
export const KNOWN_FORMULAS: readonly string[] = [
  // The national designation of Zhejiang (2021): a goal's formula, not a programme of work.
  '高质量发展建设共同富裕示范区',
  '共同富裕示范区',
  '不敢腐不能腐不想腐',
  '不敢腐、不能腐、不想腐',
  '人民至上、生命至上',
  '人民至上生命至上',
  '外防输入、内防反弹',
  '外防输入内防反弹',
  '四个意识',
  '四个自信',
  '两个维护',
  '两个确立',
  '两个大局',
  '国之大者',
  '动态清零',
  '三新一高',
  '两个一百年',
  '五位一体',
  '四个全面',
  '急难愁盼',
  '疫情要防住、经济要稳住、发展要安全',
  '早发现、早报告、早隔离、早治疗',
  // The surveillance formula of infectious-disease control (传染病防治法): early detection, report, response.
  '早发现、早报告、早处置',
  '一老一小',
  '稳字当头、稳中求进',
  '稳中求进',
  // The guideline of health work since the 2016 全国卫生与健康大会 (健康中国2030规划纲要).
  '以人民健康为中心',
  // Parts of the health work guideline (新时代卫生与健康工作方针) the genre cites one by one (坚持以基层为重点).
  '以基层为重点',
  '预防为主',
  '预防为主、防治结合',
  '预防为主,防治结合',
  '大卫生、大健康',
  '大卫生大健康',
  // The national formula for 中医药 work.
  '传承精华、守正创新',
  '传承精华,守正创新',
  '传承精华守正创新',
  // The national formula of tiered care (分级诊疗, 国办发〔2015〕70号).
  '基层首诊、双向转诊、急慢分治、上下联动',
  '基层首诊,双向转诊,急慢分治,上下联动',
  // The main line of the Party's ethnic work (民族工作主线, in the Party constitution since 2022).
  '铸牢中华民族共同体意识',
  // The general goal of work in 新疆 (新疆工作总目标).
  '社会稳定和长治久安总目标',
  // The national guideline of 安全生产 work (安全生产法, 第三条).
  '安全第一、预防为主、综合治理',
  '安全第一,预防为主,综合治理',
  '安全第一预防为主综合治理',
];

/**
 * What the genre calls a formula right after it (稳中求进工作总基调, 稳中求进总基调):
 * part of the formula's name as the genre cites it, so the slogan runs over it.
 */
export const FORMULA_DESIGNATIONS: readonly string[] = ['工作总基调', '总基调'];

/**
 * Known formulas that the genre also writes as ordinary words of management
 * (隐患动态清零, “空白点”实现动态清零): formulas only in a paragraph on their own
 * subject, given by the pattern that subject's words match.
 */
export const FORMULA_CONTEXT: Readonly<Record<string, RegExp>> = {
  动态清零: /疫情|新冠|防疫|核酸|病毒|封控/u,
};

/** Formulas counting two groups (两专科一中心, 三医一中心): not names of a body even when ending in 中心. */
export const TWO_GROUP_FORMULA: RegExp =
  /^[一二两三四五六七八九十]\p{Script=Han}{1,4}[一二两三四五六七八九十]\p{Script=Han}{1,4}$/u;

/** Numbered formulas: a numeral and a measure word before a short noun (四个意识, 两个维护). */
export const NUMBERED_FORMULA: RegExp = /^[一二两三四五六七八九十百]+(?:个|大|项|新|型|化|统一|严|心|有|到位)/u;

/** Enumerations of task areas, never slogans or indicators (八个方面). */
export const ENUMERATION_NOUNS: readonly string[] = ['方面', '部分', '问题', '环节', '层面', '步', '点'];

/**
 * Short quoted catchphrases of the genre's problem talk (“看病难”, “看病贵”): slogans
 * although three characters long, which other short quoted words (“牛鼻子”) are not.
 */
export const QUOTED_CATCHPHRASES: readonly string[] = ['看病难', '看病贵', '住院难', '就医难'];

/** Verbs opening a work topic (加强X能力建设): quoted before a meeting noun, the topic of a meeting, no formula. */
export const TOPIC_VERB: RegExp = /^(?:加强|推进|推动|提升|深化|促进|完善|做好|加快|强化|优化|健全|提高)/u;
