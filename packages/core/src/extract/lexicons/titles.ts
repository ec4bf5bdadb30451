/**
 * Title words of officials, longest first when matched. A title phrase is an
 * optional institution prefix plus one of these (省卫生健康委 + 主任).
 */
export const TITLE_WORDS: readonly string[] = [
  '总书记', '党组副书记', '党组书记', '党委副书记', '党委书记', '党工委书记', '纪委书记', '纪检组长',
  '常务副书记', '副书记', '书记',
  '常务副主任', '副主任', '主任',
  '常务副省长', '副省长', '省长', '常务副市长', '副市长', '市长', '常务副县长', '副县长', '县长',
  '副区长', '区长', '副州长', '州长', '副镇长', '镇长', '副乡长', '乡长',
  '副总理', '总理', '国务委员', '副主席', '主席', '秘书长', '副秘书长',
  '副部长', '部长', '副厅长', '厅长', '副局长', '局长', '副司长', '司长', '副处长', '处长', '副科长', '科长',
  '副院长', '院长', '副校长', '校长', '副所长', '所长', '副站长', '站长', '副会长', '会长',
  '副理事长', '理事长', '副主委', '主委', '委员', '常委', '党组成员', '一级巡视员', '二级巡视员', '巡视员',
  '总经济师', '总会计师', '总工程师', '总师', '主任医师', '院士', '教授', '首席专家', '政委', '组长', '副组长',
];

/**
 * Words that may follow a title word but show it is not a title of a person
 * (主任委员会, 书记处, 主任科员 …): the match is rejected.
 */
export const TITLE_BLOCKERS: readonly string[] = [
  '委员会', '处', '科员', '办公会', '会议', '专题会', '工作', '职责', '责任', '负责', '信箱', '接待日', '们', '级',
];

/** Words that often follow a person's name: they end it (郭玉芬|出席, 任振鹤|对). */
export const NAME_FOLLOWERS: readonly string[] = [
  '出席', '主持', '指出', '强调', '要求', '表示', '讲话', '分别', '同志', '一行', '代表', '审定', '审阅', '多次',
  '深入', '率队', '带队', '参加', '宣读', '传达', '通报', '介绍', '汇报', '致辞', '发表', '提出', '批示', '作出',
  '充分', '希望', '认为', '说', '在', '对', '等', '和', '与', '及', '作', '做', '就', '向', '为', '也', '同', '率',
  '于', '将', '并', '的', '是', '到', '围绕', '先后', '还', '又', '会见', '调研', '视察', '看望', '慰问', '签订',
  '听取', '部署', '总结', '首先', '最后', '一同', '陪同',
];

/**
 * Titles that imply the institution even without a prefix, keyed by title,
 * as a template over the jurisdiction (`{place}` is the document's place).
 */
export const TITLE_IMPLIED_ORG: Readonly<Record<string, string>> = {
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

/** Placeholder given names (杨x, 王xx, xx同志, 某某). */
export const PLACEHOLDER_PATTERN: RegExp = /^[\p{Script=Han}]?(?:[xX×ｘ*＊○〇]+|某+)$/u;
