import type { BodyPattern } from './body-pattern.js';

/**
 * Standard working departments of a people's government, written after a level
 * prefix (省自然资源厅, 市统计局, 县住建局). A province calls most of them 厅, a
 * city or county 局; both forms are listed, since the text writes the suffix.
 * Each entry: full stem, its short forms, and the suffixes the stem takes.
 * This is the common 机构改革 line-up, not any one place's list.
 */
const DEPARTMENT_STEMS: ReadonlyArray<{ stem: string; short?: readonly string[]; suffixes: readonly string[] }> = [
  { stem: '自然资源', suffixes: ['厅', '局'] },
  { stem: '农业农村', suffixes: ['厅', '局'] },
  // Pastoral regions (内蒙古, 西藏) keep agriculture and animal husbandry together: 农牧厅, 农牧局.
  { stem: '农牧', suffixes: ['厅', '局'] },
  { stem: '工业和信息化', short: ['工信'], suffixes: ['厅', '局'] },
  { stem: '生态环境', suffixes: ['厅', '局'] },
  { stem: '住房和城乡建设', short: ['住建', '住房城乡建设'], suffixes: ['厅', '局'] },
  { stem: '交通运输', suffixes: ['厅', '局'] },
  { stem: '水利', suffixes: ['厅', '局'] },
  { stem: '商务', suffixes: ['厅', '局'] },
  { stem: '文化和旅游', short: ['文旅', '文化旅游'], suffixes: ['厅', '局'] },
  { stem: '应急管理', short: ['应急'], suffixes: ['厅', '局'] },
  { stem: '审计', suffixes: ['厅', '局'] },
  { stem: '司法', suffixes: ['厅', '局'] },
  { stem: '科学技术', short: ['科技'], suffixes: ['厅', '局'] },
  { stem: '退役军人事务', short: ['退役军人'], suffixes: ['厅', '局'] },
  { stem: '教育', suffixes: ['厅', '局'] },
  { stem: '民政', suffixes: ['厅', '局'] },
  { stem: '公安', suffixes: ['厅', '局'] },
  { stem: '财政', suffixes: ['厅', '局'] },
  { stem: '统计', suffixes: ['局'] },
  { stem: '体育', suffixes: ['局'] },
  { stem: '林业和草原', short: ['林草'], suffixes: ['局'] },
  { stem: '信访', suffixes: ['局'] },
  { stem: '乡村振兴', suffixes: ['局'] },
  { stem: '机关事务管理', short: ['机关事务'], suffixes: ['局'] },
  { stem: '广播电视', short: ['广电'], suffixes: ['局'] },
  { stem: '粮食和物资储备', short: ['粮食和储备'], suffixes: ['局'] },
  { stem: '通信管理', suffixes: ['局'] },
  { stem: '城市管理', short: ['城管'], suffixes: ['局'] },
  { stem: '税务', suffixes: ['局'] },
  { stem: '气象', suffixes: ['局'] },
  { stem: '数据', suffixes: ['局'] },
  // County-level bureaus named for merged remits (县发改局, 县教体局, 县文广旅局, 市自然资源和规划局).
  { stem: '发展和改革', short: ['发展改革', '发改'], suffixes: ['局'] },
  { stem: '教育和体育', short: ['教育体育', '教体'], suffixes: ['局'] },
  { stem: '文化广电和旅游', short: ['文化广电旅游', '文广旅'], suffixes: ['局'] },
  { stem: '自然资源和规划', short: ['自然资源规划'], suffixes: ['局'] },
  { stem: '经济和信息化', short: ['经信'], suffixes: ['局'] },
  { stem: '民族宗教事务', short: ['民宗'], suffixes: ['局'] },
  { stem: '行政审批服务', suffixes: ['局'] },
  // 大数据发展局, 大数据管理局: a level names its data bureau after its remit, written in full.
  { stem: '大数据发展', suffixes: ['局'] },
  { stem: '大数据管理', suffixes: ['局'] },
  { stem: '大数据发展管理', suffixes: ['局'] },
  // 人力社保局: the usual short form between 人力资源和社会保障局 and 人社局.
  { stem: '人力资源和社会保障', short: ['人力资源社会保障', '人力社保'], suffixes: ['厅', '局'] },
];

/** Commissions and offices with a fixed short form (省国资委, 市民宗委, 省委编办). */
const FIXED: readonly BodyPattern[] = [
  { surface: '国资委', canonical: '{p}人民政府国有资产监督管理委员会', type: 'government' },
  { surface: '民宗委', canonical: '{p}民族宗教事务委员会', type: 'government' },
  { surface: '外办', canonical: '{p}人民政府外事办公室', type: 'government' },
  { surface: '委编办', canonical: '中共{p}委机构编制委员会办公室', type: 'party' },
  { surface: '编办', canonical: '中共{p}委机构编制委员会办公室', type: 'party' },
  { surface: '政府新闻办公室', canonical: '{p}人民政府新闻办公室', type: 'government' },
  { surface: '政府新闻办', canonical: '{p}人民政府新闻办公室', type: 'government' },
  // 县委办, 县政府办: the committee's and the government's general offices.
  { surface: '委办', canonical: '中国共产党{p}委员会办公室', type: 'party' },
  { surface: '政府办', canonical: '{p}人民政府办公室', type: 'government' },
  // The party committee's sector working committee (县委卫生健康工委), a body of its own.
  { surface: '委卫生健康工作委员会', canonical: '中共{p}委卫生健康工作委员会', type: 'party' },
  { surface: '委卫生健康工委', canonical: '中共{p}委卫生健康工作委员会', type: 'party' },
  { surface: '委卫健工委', canonical: '中共{p}委卫生健康工作委员会', type: 'party' },
  { surface: '委教育工作委员会', canonical: '中共{p}委教育工作委员会', type: 'party' },
  { surface: '委教育工委', canonical: '中共{p}委教育工作委员会', type: 'party' },
  // Health supervision bodies (卫生健康综合监督执法局, 卫生监督局).
  { surface: '卫生健康综合监督执法局', canonical: '{p}卫生健康综合监督执法局', type: 'government' },
  { surface: '卫生健康综合行政执法局', canonical: '{p}卫生健康综合行政执法局', type: 'government' },
  { surface: '卫生监督局', canonical: '{p}卫生监督局', type: 'government' },
  { surface: '卫生健康监督所', canonical: '{p}卫生健康监督所', type: 'government' },
  { surface: '卫生健康信息中心', canonical: '{p}卫生健康信息中心', type: 'other' },
  { surface: '卫生健康统计信息中心', canonical: '{p}卫生健康统计信息中心', type: 'other' },
  // Offices of standing leading groups and committees, by their usual short forms.
  { surface: '医改办', canonical: '{p}深化医药卫生体制改革领导小组办公室', type: 'government' },
  { surface: '老龄办', canonical: '{p}老龄工作委员会办公室', type: 'government' },
  // Public health institutions a level names after its own place.
  { surface: '精神卫生中心', canonical: '{p}精神卫生中心', type: 'hospital' },
  { surface: '职业病防治院', canonical: '{p}职业病防治院', type: 'hospital' },
  { surface: '血液中心', canonical: '{p}血液中心', type: 'other' },
  { surface: '妇计中心', canonical: '{p}妇幼保健计划生育服务中心', type: 'hospital' },
  { surface: '计生协会', canonical: '{p}计划生育协会', type: 'association' },
  { surface: '卫生健康执法大队', canonical: '{p}卫生健康执法大队', type: 'government' },
  { surface: '卫生健康综合行政执法大队', canonical: '{p}卫生健康综合行政执法大队', type: 'government' },
  { surface: '卫生健康综合监督执法大队', canonical: '{p}卫生健康综合监督执法大队', type: 'government' },
  { surface: '卫生监督执法大队', canonical: '{p}卫生监督执法大队', type: 'government' },
  // Municipalities' districts (and Beijing's, Chongqing's) keep commissions where provinces have bureaus:
  // 区教委 is the district's 教育委员会, 区农业农村委 its 农业农村委员会.
  { surface: '教委', canonical: '{p}教育委员会', type: 'government' },
  { surface: '教育委员会', canonical: '{p}教育委员会', type: 'government' },
  { surface: '农业农村委', canonical: '{p}农业农村委员会', type: 'government' },
  { surface: '农业农村委员会', canonical: '{p}农业农村委员会', type: 'government' },
  // A county's (旗's, city's) media centre, named after its level.
  { surface: '融媒体中心', canonical: '{p}融媒体中心', type: 'other' },
  // The emergency dispatch centre, named with its hotline number (市120急救指挥中心) or without.
  { surface: '120急救指挥中心', canonical: '{p}120急救指挥中心', type: 'other' },
  { surface: '急救指挥中心', canonical: '{p}急救指挥中心', type: 'other' },
  // Fire and rescue corps, named by the level they serve: a province's 总队, a city's 支队, a county's 大队.
  { surface: '消防救援总队', canonical: '{p}消防救援总队', type: 'other', levels: '省' },
  { surface: '消防救援支队', canonical: '{p}消防救援支队', type: 'other', levels: '市州盟' },
  { surface: '消防救援大队', canonical: '{p}消防救援大队', type: 'other', levels: '县区旗' },
];

/**
 * Courts and procuratorates: 省法院 is the province's 高级人民法院, 市法院 the
 * city's 中级人民法院, 县法院 the county's 人民法院 (the level decides the name).
 */
const JUDICIAL: readonly BodyPattern[] = [
  { surface: '高级人民法院', canonical: '{p}高级人民法院', type: 'government' },
  { surface: '中级人民法院', canonical: '{p}中级人民法院', type: 'government' },
  { surface: '人民法院', canonical: '{p}人民法院', type: 'government', levels: '县区旗' },
  { surface: '法院', canonical: '{p}高级人民法院', type: 'government', levels: '省' },
  { surface: '法院', canonical: '{p}中级人民法院', type: 'government', levels: '市州盟' },
  { surface: '法院', canonical: '{p}人民法院', type: 'government', levels: '县区旗' },
  { surface: '人民检察院', canonical: '{p}人民检察院', type: 'government' },
  { surface: '检察院', canonical: '{p}人民检察院', type: 'government' },
];

/** Department, commission and judicial bodies written after a level prefix. */
export const DEPARTMENT_BODIES: readonly BodyPattern[] = [
  ...DEPARTMENT_STEMS.flatMap(({ stem, short = [], suffixes }) =>
    suffixes.flatMap((suffix) =>
      [stem, ...short.filter((s) => s !== stem)].map(
        (s): BodyPattern => ({ surface: `${s}${suffix}`, canonical: `{p}${stem}${suffix}`, type: 'government' }),
      ),
    ),
  ),
  ...FIXED,
  ...JUDICIAL,
];
