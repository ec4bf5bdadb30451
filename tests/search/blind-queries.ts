import type { EvalQuery } from './queries.js';

/**
 * Blind paraphrased queries over examples/corpus: written from reading the five documents
 * (not from search results), after the 50 tuning queries (queries.ts) and the 30 held-out
 * ones (heldout-queries.ts), and committed before any ranking change of the session that
 * measured them first. They ask the way users do: questions with interrogatives
 * (怎么办, 如何, 哪些, 多少, 几), keyword strings, long and short, some in Traditional script.
 * Same rules as queries.ts: gold = distinctive substrings of the relevant passages, no query a
 * substring of its answers, `zh-Hant` marks Traditional-script queries.
 */
export const BLIND_QUERIES: EvalQuery[] = [
  // 000 甘肃省 2022 会议
  { query: '甘肃健康扶贫怎么和乡村振兴衔接', gold: ['六大长效机制', '六大机制和五项行动'] },
  { query: '检查检验结果互认获得了什么全国荣誉', gold: ['十大新举措'] },
  { query: '哪些市州和医院在全省会议上介绍经验', gold: ['作典型经验交流发言'] },
  { query: '卫健系统怎样用好巡察发现问题促进整改', gold: ['巡察利剑作用'] },
  { query: '醫院黨組織如何落實院長負責制', gold: ['党委领导下的院长负责制'], script: 'zh-Hant' },
  // 002 全国 2022 会议(原文繁体)
  { query: '过年期间新冠防控怎么安排', gold: ['全力做好春节期间疫情防控'] },
  { query: '基層疾控機構能力建設 公共衛生防護網', gold: ['加强基层疾控机构能力建设'], script: 'zh-Hant' },
  { query: '完善生育支持 提高优生优育水平', gold: ['完善积极生育支持措施'] },
  // 003 吕梁
  { query: '吕梁有哪些县医院搬到了新院址', gold: ['搬迁新址运营'] },
  { query: '艾滋病 结核病 筛查防治', gold: ['艾滋病、结核病干预'] },
  { query: '村里在岗医生的补贴', gold: ['落实在岗村医岗位补助'] },
  { query: '吕梁成立的医学联盟叫什么名字', gold: ['桑梓医学联盟'] },
  { query: '纪检部门在重要时间点通报作风问题案例', gold: ['通报四风问题案件'] },
  { query: '呂梁市政府出臺第三醫院建設方案', gold: ['第三人民医院项目建设方案'], script: 'zh-Hant' },
  { query: '抓落实形成任务工作责任三条链的闭环', gold: ['任务链、工作链、责任链'] },
  { query: '各县区自己招聘了多少医疗技术人员', gold: ['自主招聘各类医技人员'] },
  // 004 杭州
  { query: '杭州的区县都要有三甲医院吗', gold: ['三甲医院区、县(市)全覆盖'] },
  { query: '几家公立医院获评院科两优德医双强', gold: ['院科两优、德医双强'] },
  { query: '托育设施怎么配套建设', gold: ['婴幼儿照护设施配建办法'] },
  { query: '杭州卫健工作会议由谁主持', gold: ['应旭旻主持'] },
  { query: '市七醫院新院區建成投入使用', gold: ['建成投用市七医院浙西院区'], script: 'zh-Hant' },
  { query: '爱国卫生运动七十周年纪念大会', gold: ['纪念爱国卫生运动70周年'] },
  // 001 讲话稿合集
  { query: '预防上花一块钱能省下多少医疗费用', gold: ['每投入1元钱'] },
  { query: '民营医院看病的人太少 规模小能力弱怎么办', gold: ['门诊量仅占全市总量的10%'] },
  { query: '老年人口超过一百万 发展医养结合', gold: ['60岁以上老龄人口已超过百万'] },
  { query: '医联体只挂牌不紧密怎么解决', gold: ['联而不紧、合而不化'] },
  { query: '医院防爆 用电 电梯的安全管理', gold: ['严格防爆、用电和电梯安全管理'] },
  { query: '有的干部得过且过混日子', gold: ['当一天和尚撞一天钟'] },
  {
    query: '基层医生留不住怎么办',
    gold: ['基层医疗卫生单位人才匮乏', '农村医疗卫生人才短缺', '医疗卫生专业人才引进渠道不畅通'],
  },
  { query: '严厉打击医闹 保护医务人员人身安全', gold: ['涉医违法犯罪行为'] },
  { query: '那次疫情几天就把社区病例清零了', gold: ['用5天时间实现社区病例清零'] },
  { query: '医务人员私下收钱 服务态度差', gold: ['私收现金'] },
  { query: '溫州醫科大學附屬醫院進入全國科技實力百強', gold: ['温医大3所附属医院'], script: 'zh-Hant' },
  { query: '降低孕产妇死亡率 推广新法接生的项目', gold: ['“降消”项目'] },
  { query: '本市六十岁以上老人占多大比例', gold: ['60岁及以上人口占比20.98%'] },
  { query: '艾滋病病人免费治疗和关怀政策', gold: ['四免一关怀'] },
  { query: '无痛分娩试点', gold: ['分娩镇痛'] },
  { query: '看病难看病贵的问题如何缓解', gold: ['看病贵、看病难', '看病难、看病贵'] },
  { query: '民营医院出了事 监管不力', gold: ['民营医院监管不到位'] },
];
