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
  '副区长',
  '区长',
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
  '常委',
  '党组成员',
  '一级巡视员',
  '二级巡视员',
  '巡视员',
  '总经济师',
  '总会计师',
  '总工程师',
  '总师',
  '主任医师',
  '院士',
  '教授',
  '首席专家',
  '政委',
  '组长',
  '副组长',
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

/** Words that often follow a person's name: they end it (郭玉芬|出席, 任振鹤|对). */
export const NAME_FOLLOWERS: readonly string[] = [
  '出席',
  '主持',
  '指出',
  '强调',
  '要求',
  '表示',
  '讲话',
  '分别',
  '同志',
  '一行',
  '代表',
  '应邀',
  '受邀',
  '亲自',
  '审定',
  '审阅',
  '多次',
  '深入',
  '率队',
  '带队',
  '参加',
  '宣读',
  '传达',
  '通报',
  '介绍',
  '汇报',
  '致辞',
  '发表',
  '提出',
  '批示',
  '叮嘱',
  '嘱咐',
  '作出',
  '充分',
  '希望',
  '认为',
  '说',
  '在',
  '对',
  '等',
  '和',
  '与',
  '及',
  '作',
  '做',
  '就',
  '向',
  '为',
  '也',
  '同',
  '率',
  '于',
  '将',
  '并',
  '的',
  '是',
  '到',
  '围绕',
  '先后',
  '还',
  '又',
  '会见',
  '调研',
  '视察',
  '看望',
  '慰问',
  '签订',
  '听取',
  '部署',
  '总结',
  '首先',
  '最后',
  '一同',
  '一道',
  '一起',
  '一再',
  '一直',
  '陪同',
  // Appointments and reports after a name (李明担任组长, 向东作工作报告).
  '担任',
  '兼任',
  '作工作报告',
  '作报告',
  '作讲话',
  '作重要讲话',
  '作总结讲话',
  '作了',
  '作发言',
  '作交流发言',
  '作表态发言',
  '作专题',
  '作动员',
  '作部署',
];

/**
 * Roles a name takes with a bare 任 after it (副省长于明任召集人, 王芳任副组长): the
 * 任 then ends the name. Title words count as roles too (李华任主任).
 */
export const APPOINTMENT_ROLES: readonly string[] = [
  '召集人',
  '副召集人',
  '总召集人',
  '组长',
  '副组长',
  '指挥长',
  '副指挥长',
  '总指挥',
  '副总指挥',
  '成员',
  '顾问',
  '负责人',
  '联络员',
  '总负责',
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
  县长: '{county}人民政府',
  副县长: '{county}人民政府',
  区长: '{county}人民政府',
  副区长: '{county}人民政府',
};

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
