import type { PolicyKind } from '../types.js';

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
  // Not the bare 医联体/医共体/县域医共体: a type of body as much as a reform; five blind
  // annotations mark them optional, and with 紧密型 they name the reform.
  紧密型县域医共体: 'reform',
  紧密型城市医联体: 'reform',
  紧密型城市医疗集团: 'reform',
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
  // The standard title of the yearly national 纠风 campaign (国家卫生健康委 with other ministries),
  // written out in full in the genre; its 和 and 中 stop a name walked left from the head.
  纠正医药购销领域和医疗服务中不正之风专项治理: 'campaign',
  // The national performance assessment of public hospitals (国办发〔2019〕4号, the 国考).
  公立医院绩效考核: 'program',
  // The national reform letting family members draw on an employee's 医保 personal account.
  职工医保个人账户家庭共济: 'reform',
  职工基本医疗保险个人账户家庭共济: 'reform',
  个人账户家庭共济: 'reform',
  // The Politburo's 2012 rules on officials' conduct, cited as 落实中央八项规定(精神).
  中央八项规定: 'law',
  // The national scheme training rural medical students free of charge on contract (since 2010).
  农村订单定向医学生免费培养: 'program',
  订单定向医学生免费培养: 'program',
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

/**
 * The country after 健康 (健康中国, as written before 建设/战略): the national strategy, read like
 * the local 健康 + place ones though the gazetteer lists no country.
 */
export const HEALTH_NATIONS: readonly string[] = ['中国'];
