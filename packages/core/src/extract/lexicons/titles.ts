/**
 * Professional ranks and posts of doctors, nurses, researchers and teachers, written after
 * a hospital department, an institute or a school (急诊科副主任医师, 针灸科医师, 护士长,
 * 研究中心研究员, 第二中学教师). The same words name the professions in running text
 * (推进乡村医生向执业医师转化), so a name after them needs a strong surname.
 */
const PROFESSIONAL_TITLES_FIRST: readonly string[] = [
  '副主任医师',
  '主任医师',
  '副主任护师',
  '主任护师',
  '主治医师',
  '医师',
  '医生',
  '护士长',
  '副研究员',
  '研究员',
  // A teacher of a named school, a 政协 member's or deputy's occupation (县第二中学教师X).
  '教师',
];

/** The professional titles (see above), for the stronger surname test after them. */
export const PROFESSIONAL_TITLES: ReadonlySet<string> = new Set(PROFESSIONAL_TITLES_FIRST);

/**
 * Title words of officials, longest first when matched. A title phrase is an
 * optional institution prefix plus one of these (省卫生健康委 + 主任).
 */
export const TITLE_WORDS: readonly string[] = [
  '督察专员',
  '调研员',
  '专员',
  '总书记',
  '党组副书记',
  '党组书记',
  '党委副书记',
  '党委书记',
  '党工委书记',
  '纪委书记',
  '纪检组长',
  '常务副书记',
  '副书记',
  '书记',
  '常务副主任',
  '副主任',
  '主任',
  '常务副省长',
  '副省长',
  '省长',
  '常务副市长',
  '副市长',
  '市长',
  '常务副县长',
  '副县长',
  '县长',
  // A banner (旗) is Inner Mongolia's county: 旗长 heads its government as 县长 does.
  '常务副旗长',
  '副旗长',
  '旗长',
  // A league (盟) is Inner Mongolia's prefecture: its 盟长 heads the 行政公署.
  '副盟长',
  '盟长',
  '副区长',
  '区长',
  '常务副州长',
  '副州长',
  '州长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '副总理',
  '总理',
  '国务委员',
  '副主席',
  '主席',
  '秘书长',
  '副秘书长',
  '副部长',
  '部长',
  '副厅长',
  '厅长',
  '副局长',
  '局长',
  '副司长',
  '司长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '副所长',
  '所长',
  '副站长',
  '站长',
  '副会长',
  '会长',
  '副理事长',
  '理事长',
  '副主委',
  '主委',
  '委员',
  // A deputy to a people's congress (全国人大代表, 省人大代表), written like a 政协 member's 委员.
  '人大代表',
  '常委',
  '党组成员',
  // Civil-service ranks written before a name (市卫生健康委一级主任科员X), like 调研员.
  '一级主任科员',
  '二级主任科员',
  '三级主任科员',
  '四级主任科员',
  '一级巡视员',
  '二级巡视员',
  '巡视员',
  '总经济师',
  '总会计师',
  '总工程师',
  '总师',
  ...PROFESSIONAL_TITLES_FIRST,
  '院士',
  '副教授',
  '教授',
  '首席专家',
  '政委',
  '组长',
  '副组长',
  // A command's chief (对口支援前方指挥部副总指挥) and a team's leader (援疆医疗队领队).
  '常务副总指挥',
  '副总指挥',
  '总指挥',
  '领队',
  '副队长',
  '队长',
  // An assistant to a head (院长助理, 局长助理), longer than the head's title it starts with.
  '院长助理',
  '局长助理',
  '主任助理',
  // Heads of a medical group run as a company (医疗集团总经理).
  '副总经理',
  '总经理',
  // Supervisors of doctoral and master's students, chained with a post (副院长、博士生导师).
  '博士生导师',
  '硕士生导师',
  // A body's spokesperson, chained with a post (国家卫生健康委新闻发言人、宣传司副司长).
  '新闻发言人',
];

/**
 * Words that may follow a title word but show it is not a title of a person
 * (主任委员会, 书记处, 主任科员 …): the match is rejected.
 */
export const TITLE_BLOCKERS: readonly string[] = [
  '委员会',
  '处',
  '科员',
  '办公会',
  '会议',
  '专题会',
  '工作',
  '职责',
  '责任',
  '负责',
  '信箱',
  '接待日',
  '们',
  '级',
  // 县长任期内, 院长任期目标: the term of an office, not a person named 任.
  '任期',
  '任内',
  '任上',
];

/**
 * Titles that imply the institution even without a prefix, keyed by title,
 * as a template over the jurisdiction (`{place}` is the document's place).
 */
export const TITLE_IMPLIED_ORG: Readonly<Record<string, string>> = {
  // The genre's 总书记 is always the Party's General Secretary.
  总书记: '中国共产党中央委员会',
  省长: '{province}人民政府',
  副省长: '{province}人民政府',
  常务副省长: '{province}人民政府',
  市长: '{city}人民政府',
  副市长: '{city}人民政府',
  常务副市长: '{city}人民政府',
  // An autonomous prefecture's 州 is the document's 市 level (大理白族自治州).
  州长: '{city}人民政府',
  副州长: '{city}人民政府',
  常务副州长: '{city}人民政府',
  县长: '{county}人民政府',
  副县长: '{county}人民政府',
  区长: '{county}人民政府',
  副区长: '{county}人民政府',
  旗长: '{county}人民政府',
  副旗长: '{county}人民政府',
  常务副旗长: '{county}人民政府',
};

/**
 * Title phrases that imply the institution though their title word alone does
 * not: an autonomous region's 主席 heads its people's government
 * (自治区副主席 → the region's 人民政府), while a 副主席 of a 政协, 人大 or
 * federation is written with that body. Templates as in {@link TITLE_IMPLIED_ORG}.
 */
export const PHRASE_IMPLIED_ORG: ReadonlyArray<readonly [RegExp, string]> = [
  [/自治区(?:常务)?副?主席$/u, '{province}人民政府'],
];

/**
 * A discipline-inspection group stationed in a body (驻市卫健委纪检监察组): it
 * belongs to the 纪委监委 of the level written after 驻 (group 1), not to
 * the body it is stationed in.
 */
export const STATIONED_DISCIPLINE_UNIT: RegExp = /驻([省市县区州])?[^驻]{0,16}?纪检(?:监察)?组/u;

/** Placeholder given names (杨x, 王xx, xx同志, 某某). */
export const PLACEHOLDER_PATTERN: RegExp = /^[\p{Script=Han}]?(?:[xX×ｘ*＊○〇]+|某+)$/u;

/**
 * The kind of body a title heads, by the endings of the body's name: a bare
 * 局长 belongs to a 局, a bare 主任 to a 委员会/办公室/中心, a bare 院长 to a
 * 院. A body of another kind named nearby is not the title's (局长杨惠 after
 * 县政府 is not of the 县政府). Titles not listed (书记, 党组成员) fit any body.
 */
export const TITLE_BODY_ENDINGS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/局长$/u, /局$/u],
  [/主任$/u, /(?:委员会|委|办公室|办|中心|室|处)$/u],
  [/院长$/u, /院$/u],
  [/校长$/u, /(?:学校|大学|学院|校)$/u],
  [/厅长$/u, /厅$/u],
  [/部长$/u, /部$/u],
  [/处长$/u, /处$/u],
  [/科长$/u, /科$/u],
  [/站长$/u, /站$/u],
  [/所长$/u, /所$/u],
  [/(?:会长|理事长)$/u, /会$/u],
  [/组长$/u, /组$/u],
  [/总指挥$/u, /指挥部$/u],
  [/队长$/u, /队$/u],
  // A department (司) of a ministry or national commission: its 司长 belongs to that body.
  [/司长$/u, /(?:委员会|部|局|署)$/u],
  [/人大代表$/u, /人民代表大会$/u],
];

/**
 * Bare body characters that lead a title (委党组书记, 局党组成员, 院党委书记),
 * with the names of the bodies they stand for: the document's own 委 is a
 * government commission (not a Party committee), its 局 a bureau.
 */
export const BARE_BODY_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['委', /^(?!中国共产党).*委员会$/u],
  ['局', /局$/u],
  ['厅', /厅$/u],
  ['院', /院$/u],
];

/** A note between a title and a name: a rank or a status (副主任(正处级)金鹏, 局长(主持工作)). */
export const TITLE_NOTE: RegExp = /^\((?:[正副]?[厅局处科县部]级|主持工作|挂职|兼)\)/u;
