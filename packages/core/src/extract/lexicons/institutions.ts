import type { InstitutionType } from '../types.js';
import type { BodyPattern } from './body-pattern.js';
import { DEPARTMENT_BODIES } from './departments.js';

export type { BodyPattern } from './body-pattern.js';

/** Bodies written as level prefix + short form (省委, 市卫健委, 县政府). */
export const LEVEL_BODIES: readonly BodyPattern[] = [
  { surface: '卫生健康委员会', canonical: '{p}卫生健康委员会', type: 'government' },
  { surface: '卫生健康委', canonical: '{p}卫生健康委员会', type: 'government' },
  { surface: '卫健委', canonical: '{p}卫生健康委员会', type: 'government' },
  { surface: '卫生健康局', canonical: '{p}卫生健康局', type: 'government' },
  { surface: '卫健局', canonical: '{p}卫生健康局', type: 'government' },
  { surface: '卫生局', canonical: '{p}卫生局', type: 'government' },
  { surface: '卫计委', canonical: '{p}卫生和计划生育委员会', type: 'government' },
  { surface: '人大常委会', canonical: '{p}人民代表大会常务委员会', type: 'government' },
  { surface: '人大', canonical: '{p}人民代表大会', type: 'government' },
  { surface: '政协', canonical: '中国人民政治协商会议{p}委员会', type: 'government' },
  { surface: '纪委监委', canonical: '中国共产党{p}纪律检查委员会', type: 'party' },
  { surface: '纪委', canonical: '中国共产党{p}纪律检查委员会', type: 'party' },
  { surface: '人民政府', canonical: '{p}人民政府', type: 'government' },
  { surface: '政府', canonical: '{p}人民政府', type: 'government' },
  { surface: '委组织部', canonical: '中国共产党{p}委员会组织部', type: 'party' },
  { surface: '委宣传部', canonical: '中国共产党{p}委员会宣传部', type: 'party' },
  { surface: '委', canonical: '中国共产党{p}委员会', type: 'party' },
  // Xinjiang's prefectures and counties write their Party committee 州党委, 县党委 (as 自治区党委).
  { surface: '党委', canonical: '中国共产党{p}委员会', type: 'party', levels: '州县' },
  { surface: '疾控中心', canonical: '{p}疾病预防控制中心', type: 'cdc' },
  { surface: '疾病预防控制中心', canonical: '{p}疾病预防控制中心', type: 'cdc' },
  { surface: '急救中心', canonical: '{p}急救中心', type: 'other' },
  { surface: '中医院', canonical: '{p}中医院', type: 'hospital' },
  { surface: '中医医院', canonical: '{p}中医医院', type: 'hospital' },
  { surface: '人民医院', canonical: '{p}人民医院', type: 'hospital' },
  { surface: '妇幼保健院', canonical: '{p}妇幼保健院', type: 'hospital' },
  { surface: '妇幼院', canonical: '{p}妇幼保健院', type: 'hospital' },
  { surface: '医保局', canonical: '{p}医疗保障局', type: 'government' },
  { surface: '中医药管理局', canonical: '{p}中医药管理局', type: 'government' },
  { surface: '中医药局', canonical: '{p}中医药管理局', type: 'government' },
  { surface: '疾病预防控制局', canonical: '{p}疾病预防控制局', type: 'government' },
  { surface: '疾控局', canonical: '{p}疾病预防控制局', type: 'government' },
  { surface: '市场监督管理局', canonical: '{p}市场监督管理局', type: 'government' },
  { surface: '市场监管局', canonical: '{p}市场监督管理局', type: 'government' },
  { surface: '药品监督管理局', canonical: '{p}药品监督管理局', type: 'government' },
  { surface: '药监局', canonical: '{p}药品监督管理局', type: 'government' },
  { surface: '发展和改革委员会', canonical: '{p}发展和改革委员会', type: 'government' },
  { surface: '发展改革委', canonical: '{p}发展和改革委员会', type: 'government' },
  { surface: '人力资源和社会保障厅', canonical: '{p}人力资源和社会保障厅', type: 'government' },
  { surface: '人力资源社会保障厅', canonical: '{p}人力资源和社会保障厅', type: 'government' },
  { surface: '人社厅', canonical: '{p}人力资源和社会保障厅', type: 'government' },
  { surface: '人力资源和社会保障局', canonical: '{p}人力资源和社会保障局', type: 'government' },
  { surface: '人社局', canonical: '{p}人力资源和社会保障局', type: 'government' },
  { surface: '财政厅', canonical: '{p}财政厅', type: 'government' },
  { surface: '教育厅', canonical: '{p}教育厅', type: 'government' },
  { surface: '民政厅', canonical: '{p}民政厅', type: 'government' },
  { surface: '公安厅', canonical: '{p}公安厅', type: 'government' },
  { surface: '公安局', canonical: '{p}公安局', type: 'government' },
  { surface: '卫生厅', canonical: '{p}卫生厅', type: 'government' },
  { surface: '政府办公厅', canonical: '{p}人民政府办公厅', type: 'government' },
  { surface: '政府办公室', canonical: '{p}人民政府办公室', type: 'government' },
  { surface: '委办公厅', canonical: '中国共产党{p}委员会办公厅', type: 'party' },
  { surface: '委办公室', canonical: '中国共产党{p}委员会办公室', type: 'party' },
  { surface: '红十字会', canonical: '{p}红十字会', type: 'association' },
  { surface: '医学会', canonical: '{p}医学会', type: 'association' },
  { surface: '计生协', canonical: '{p}计划生育协会', type: 'association' },
  { surface: '爱卫办', canonical: '{p}爱国卫生运动委员会办公室', type: 'government' },
  // 县爱卫会各成员单位: the patriotic health campaign committee itself, whose office is the 爱卫办.
  { surface: '爱卫会', canonical: '{p}爱国卫生运动委员会', type: 'government' },
  { surface: '爱国卫生运动委员会办公室', canonical: '{p}爱国卫生运动委员会办公室', type: 'government' },
  { surface: '爱国卫生运动委员会', canonical: '{p}爱国卫生运动委员会', type: 'government' },
  { surface: '总工会', canonical: '{p}总工会', type: 'other' },
  { surface: '妇联', canonical: '{p}妇女联合会', type: 'other' },
  { surface: '残联', canonical: '{p}残疾人联合会', type: 'other' },
  { surface: '科协', canonical: '{p}科学技术协会', type: 'other' },
  { surface: '卫生健康执法监督局', canonical: '{p}卫生健康执法监督局', type: 'government' },
  { surface: '中西医结合医院', canonical: '{p}中西医结合医院', type: 'hospital' },
  // 县医院: the level's general hospital, named minimally when its full name is not written.
  { surface: '医院', canonical: '{p}医院', type: 'hospital' },
  { surface: '纠风办', canonical: '{p}纠正行业不正之风办公室', type: 'government' },
  { surface: '监察局', canonical: '{p}监察局', type: 'government' },
  { surface: '大数据局', canonical: '{p}大数据发展管理局', type: 'government' },
  // Provinces that merged data and e-government offices write 数据资源管理局, short 数据资源局.
  { surface: '数据资源管理局', canonical: '{p}数据资源管理局', type: 'government' },
  { surface: '数据资源局', canonical: '{p}数据资源管理局', type: 'government' },
  { surface: '妇女儿童医院', canonical: '{p}妇女儿童医院', type: 'hospital' },
  { surface: '卫生监督所', canonical: '{p}卫生监督所', type: 'government' },
  { surface: '妇幼保健计划生育服务中心', canonical: '{p}妇幼保健计划生育服务中心', type: 'hospital' },
  { surface: '儿童医院', canonical: '{p}儿童医院', type: 'hospital' },
  { surface: '中心医院', canonical: '{p}中心医院', type: 'hospital' },

  { surface: '医疗保障局', canonical: '{p}医疗保障局', type: 'government' },
  { surface: '财政局', canonical: '{p}财政局', type: 'government' },
  { surface: '发改委', canonical: '{p}发展和改革委员会', type: 'government' },
  { surface: '教育局', canonical: '{p}教育局', type: 'government' },
  { surface: '民政局', canonical: '{p}民政局', type: 'government' },
  ...DEPARTMENT_BODIES,
];

/** Ordinals of numbered hospitals (市一医院 → 市第一人民医院). */
export const HOSPITAL_ORDINALS: string = '一二三四五六七八九十';

/** National bodies and top-level organs: surface → canonical. */
export const NATIONAL_BODIES: Readonly<Record<string, { canonical: string; type: InstitutionType }>> = {
  党中央: { canonical: '中国共产党中央委员会', type: 'party' },
  中共中央: { canonical: '中国共产党中央委员会', type: 'party' },
  国务院: { canonical: '中华人民共和国国务院', type: 'government' },
  全国人大常委会: { canonical: '全国人民代表大会常务委员会', type: 'government' },
  全国人大: { canonical: '全国人民代表大会', type: 'government' },
  全国政协: { canonical: '中国人民政治协商会议全国委员会', type: 'government' },
  中央纪委: { canonical: '中国共产党中央纪律检查委员会', type: 'party' },
  国家卫生健康委员会: { canonical: '国家卫生健康委员会', type: 'government' },
  国家卫生健康委: { canonical: '国家卫生健康委员会', type: 'government' },
  国家卫健委: { canonical: '国家卫生健康委员会', type: 'government' },
  国家卫生计生委: { canonical: '国家卫生和计划生育委员会', type: 'government' },
  国家中医药局: { canonical: '国家中医药管理局', type: 'government' },
  国家中医药管理局: { canonical: '国家中医药管理局', type: 'government' },
  国家疾控局: { canonical: '国家疾病预防控制局', type: 'government' },
  国家医保局: { canonical: '国家医疗保障局', type: 'government' },
  国家发展改革委: { canonical: '国家发展和改革委员会', type: 'government' },
  财政部: { canonical: '中华人民共和国财政部', type: 'government' },
  教育部: { canonical: '中华人民共和国教育部', type: 'government' },
  民政部: { canonical: '中华人民共和国民政部', type: 'government' },
  卫生部: { canonical: '中华人民共和国卫生部', type: 'government' },
  中央军委: { canonical: '中华人民共和国中央军事委员会', type: 'government' },
  // The State Council's coordinating body of the 健康中国行动 (2019), and its office.
  健康中国行动推进委员会: { canonical: '健康中国行动推进委员会', type: 'government' },
  健康中国行动推进委员会办公室: { canonical: '健康中国行动推进委员会办公室', type: 'government' },
};

/**
 * Suffixes of full institution names written with their own place or name
 * (兰州大学第二医院, 庄浪县人民医院, X风景名胜区社会发展局), longest first.
 */
export const FULL_NAME_SUFFIXES: ReadonlyArray<readonly [string, InstitutionType]> = [
  ['疾病预防控制中心', 'cdc'],
  ['卫生健康宣传教育中心', 'other'],
  ['宣传教育中心', 'other'],
  ['卫生健康委员会', 'government'],
  ['卫生健康委', 'government'],
  ['卫健委', 'government'],
  ['卫生健康局', 'government'],
  ['卫健局', 'government'],
  ['社会发展局', 'government'],
  ['妇幼保健院', 'hospital'],
  ['人民医院', 'hospital'],
  ['中医医院', 'hospital'],
  ['中医院', 'hospital'],
  ['医院', 'hospital'],
  // 巫溪县医疗健康总院: a county's medical group (医共体) named as one general hospital.
  ['总院', 'hospital'],
  // 大埔县医疗健康集团: a county's medical group (医共体) named as one body. 医疗集团 alone is too often
  // the class (组建城市医疗集团) to be a suffix.
  ['医疗健康集团', 'hospital'],
  ['卫生院', 'hospital'],
  ['社区卫生服务中心', 'hospital'],
  ['急救中心', 'other'],
  ['血液中心', 'other'],
  ['医学院', 'university'],
  ['大学', 'university'],
  ['学院', 'university'],
  ['医学会', 'association'],
  ['协会', 'association'],
  ['联盟', 'association'],
  ['研究院', 'other'],
  ['研究所', 'other'],
  ['人民政府', 'government'],
  ['疾控中心', 'cdc'],
];

/** Level suffixes of place names. */
export const PLACE_LEVELS: string = '省市县区州盟旗';
