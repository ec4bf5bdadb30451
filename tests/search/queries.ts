/**
 * Paraphrased retrieval queries over examples/corpus, written before any
 * measurement. Each names its relevant passages by distinctive substrings of
 * their text (every passage containing one is relevant), never by index, so a
 * change of passage packing does not silently move the answers. No query is a
 * substring of its answers (checked by the test). `zh-Hant` marks Traditional-script queries.
 */
export interface EvalQuery {
  query: string;
  /** A passage is relevant when its normalized text contains any of these. */
  gold: string[];
  script?: 'zh-Hant';
}

export const EVAL_QUERIES: EvalQuery[] = [
  // 000 甘肃省 2022 会议
  { query: '省卫健委一把手总结上一年工作并安排新一年重点', gold: ['省卫生健康委主任郭玉芬出席会议'] },
  { query: '甘肃的中药方子用于新冠防治', gold: ['甘肃方剂'] },
  { query: '家庭医生签了约却不履约的问题怎么解决', gold: ['签而不约'] },
  { query: '会后开座谈了解基层执行政策的难处', gold: ['了解基层在落实政策中遇到的困难'] },
  { query: '医疗机构服务能力从全国靠后提升到中等水平', gold: ['从全国倒数跃居中游'] },
  { query: '党组书记提出的五方面聚焦要求和压实责任', gold: ['五个聚焦'] },
  { query: '落实医务人员廉洁九条规定 整治看病就医作风', gold: ['九项准则'] },
  { query: '甘肅省領導對全省衛健工作的批示肯定成績', gold: ['任振鹤对全省卫生健康工作作出批示'], script: 'zh-Hant' },
  { query: '提高老人高血压糖尿病等慢病的管理', gold: ['老年人慢性'] },
  // 002 全国 2022 会议(原文繁体)
  { query: '全国卫健会议上国家卫健委党组书记作讲话', gold: ['马晓伟出席会议并讲话'] },
  { query: '對一線醫護人員多些關懷 讓他們輪流休息', gold: ['安排好轮休'], script: 'zh-Hant' },
  { query: '学习福建三明的医疗改革做法', gold: ['三明医改经验'] },
  { query: '疫情防控的總策略與總方針是甚麼', gold: ['外防输入、内防反弹'], script: 'zh-Hant' },
  { query: '打造清正廉洁肯干事的卫健队伍', gold: ['干净干事、无私奉献'] },
  { query: '国家卫健委副主任主持全国会议', gold: ['李斌主持会议'] },
  // 003 吕梁
  { query: '公立医院在编和编外职工同样岗位同样报酬', gold: ['同岗、同薪、同待遇'] },
  { query: '多少家基层卫生院和社区中心达标了服务能力', gold: ['102所乡镇卫生院'] },
  { query: '中小学生脊柱侧弯的筛查监测', gold: ['脊柱弯曲异常监测'] },
  { query: '市中医院几年内要升为三级甲等中医院', gold: ['3年内要建成三级中医医院'] },
  { query: '乡村医疗机构智能辅助诊疗全面覆盖', gold: ['"智慧助医"全覆盖'] },
  { query: '市纪委监督检查室负责人对卫健系统廉政提出要求', gold: ['秦广珍'] },
  { query: '打造廉洁医院示范点一到三个', gold: ['争取创建1-3个'] },
  { query: '新冠感染按乙类传染病管理的常态化防控', gold: ['乙类乙管'] },
  // 004 杭州
  { query: '为亚洲运动会提供医疗卫生保障', gold: ['护航亚运'] },
  { query: '健康省份考核连年优秀并位列全省首位', gold: ['健康浙江考核连续四年获得优秀'] },
  { query: '获得国家级健康城市建设样板称号', gold: ['全国健康城市建设样板市'] },
  { query: '二级及以上医院信息系统实时打通', gold: ['45家二级以上医疗机构'] },
  { query: '让孩子得到好的养育 病人有好医生 老人健康养老', gold: ['幼有善育'] },
  { query: '卫健委主任和区县卫健局签署安全与信访责任状', gold: ['签订安全生产责任书'] },
  { query: '老年人意外保险直接理赔的数字化应用', gold: ['老年意外险直赔'] },
  // 001 讲话稿合集
  { query: '县医院启动五大中心建设 包括中风和胸痛救治', gold: ['卒中中心、创伤中心、胸痛中心'] },
  { query: '部队医院医生下乡免费看病送药', gold: ['送医送药义诊活动'] },
  { query: '母亲生产死亡比例和婴儿死亡率下降了多少', gold: ['孕产妇死亡率从15.82/10万'] },
  { query: '应征青年体检不合格比例过高', gold: ['征兵体检'] },
  { query: '农村小学生吃饭营养不良怎么办', gold: ['农村学龄儿童营养餐计划'] },
  { query: '乡村医生年纪大了怎么退出 怎么养老', gold: ['健全村医养老、退出机制'] },
  { query: '药品从出厂到医院只开两次发票来降低药价', gold: ['两票制'] },
  { query: '有专家把健康产业称作继信息技术之后的新一轮财富浪潮', gold: ['财富第五波'] },
  { query: '院士认为空气污染导致肺部疾病增加', gold: ['钟南山'] },
  { query: '作为全省十个试点县之一的综合医改要形成可复制经验', gold: ['睢县作为全省10个试点县之一'] },
  { query: '首都的儿童医院接管本市儿童医院', gold: ['北京儿童医院托管市儿童医院'] },
  { query: '医院垃圾分类收集转运处置全程监管', gold: ['医疗废物分类收集'] },
  { query: '开学第一个月作为保护视力月指导学生做眼操', gold: ['爱眼月'] },
  { query: '疫情报告体系 村级报告乡镇采集样本县级化验', gold: ['村报告、乡采样、县检测'] },
  { query: '离北京近 是首都门户 维稳责任重', gold: ['政治护城河'] },
  { query: '药品取消加成后医院收入减少发展后劲不足', gold: ['零差率销售'] },
  { query: '贫困患者先看病后交钱的政策', gold: ['先诊疗后付费'] },
  { query: '農村貧困人口因為生病而貧困或返貧的比例', gold: ['因病致贫返贫比例'], script: 'zh-Hant' },
  { query: '縣醫院引進冠心病的介入治療', gold: ['率先引入dsa'], script: 'zh-Hant' },
  { query: '基层中医药服务能力提升 建设预防疾病的中医中心', gold: ['治未病'] },
];
