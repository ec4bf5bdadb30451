import type { EvalQuery } from './queries.js';

/**
 * Held-out paraphrased queries over examples/corpus, written from reading the
 * documents after the 50 queries of queries.ts had been used for tuning, and
 * committed before any change they could have steered. Search changes are tuned on
 * queries.ts only; these numbers are the honest ones. Same format and rules:
 * gold = distinctive substrings of the relevant passages, no query a substring of
 * its answers, `zh-Hant` marks Traditional-script queries.
 */
export const HELDOUT_QUERIES: EvalQuery[] = [
  // 000 甘肃省 2022 会议
  { query: '二月中旬在省会召开的卫健和党风廉政大会', gold: ['全省卫生健康工作暨党风廉政建设工作会议在兰州召开'] },
  { query: '分管副省长审核了卫健工作报告', gold: ['副省长何伟审定了全省卫生健康工作报告'] },
  { query: '甘肅有幾人獲得中醫界最高榮譽', gold: ['国医大师'], script: 'zh-Hant' },
  { query: '医疗布局要优化省级强化县级激活乡镇稳定村级', gold: ['优省市、强县区、活乡社、稳村组'] },
  // 002 全国 2022 会议(原文繁体)
  { query: '去年三胎政策依法稳步落地 老龄工作顶层设计更完善', gold: ['三孩政策依法有序'] },
  { query: '研究新冠病毒變種並加以防範', gold: ['新冠病毒变异的研究和防范'], script: 'zh-Hant' },
  { query: '规划建设国家级医学中心和区域医疗中心及重点专科', gold: ['国家医学中心、国家区域医疗中心'] },
  { query: '中医和西医联合攻关临床难题', gold: ['中西医临床协同攻关'] },
  { query: '参与国际卫生治理 加强普及科学知识和法治', gold: ['积极参与全球卫生治理'] },
  // 003 吕梁(PDF 文本)
  { query: '吕梁市卫健委一把手在全市会议上作年度报告', gold: ['市卫生健康委党组书记、主任郭力做工作报告'] },
  { query: '全省第一个一次性增加几百个人员编制', gold: ['一次性核增编制三百多个'] },
  { query: '市县乡三级一起招了多少医学院毕业生', gold: ['统一招聘医学类毕业生177名'] },
  { query: '在社区里嵌入托育服务照护婴幼儿', gold: ['嵌入式婴幼儿照护服务'] },
  { query: '区县卫生体育局长们向委主任交年度目标责任状', gold: ['递交2023年度工作目标责任书'] },
  { query: '婚前醫學檢查與產前診斷任務提前完成', gold: ['婚检、产前筛查诊断两项任务提前超额完成'], script: 'zh-Hant' },
  // 004 杭州
  { query: '城市医疗联合体与县级医疗共同体要紧密整合', gold: ['紧密型城市医联体'] },
  { query: '十几个基层党组织被评为全省卫健系统优秀支部', gold: ['先锋党支部'] },
  { query: '把健康城市条例列入地方人大下一年的立法计划', gold: ['纳入市人大2023年立法预备项目'] },
  { query: '智慧化的院前急救保障平台投入使用', gold: ['智能医疗急救保障系统上线运行'] },
  { query: '多角度监测传染病并健全重大疫情救治', gold: ['传染病疫情多维度监测体系'] },
  // 001 讲话稿合集
  { query: '让老百姓能查看自己的电子健康记录', gold: ['居民电子健康档案向居民开放'] },
  { query: '县乡村医疗共同体在人财物药等方面统一管理', gold: ['统一人力资源管理、统一财务管理'] },
  { query: '对大型自来水厂和学校饮水开展卫生监督', gold: ['百吨以上水厂'] },
  { query: '宗教场所疫情期间要停止活动并排查信众', gold: ['双暂停一延迟'] },
  { query: '乡村医生年纪偏大且缺乏专业训练 人才难引进', gold: ['村医老化、非专业现象突出'] },
  { query: '有的干部上班摸鱼看手机 不按时到岗', gold: ['工作时间上网、玩手机'] },
  { query: '医生承诺不过度检查 不乱开贵药', gold: ['不开大处方'] },
  { query: '年度目标把传染病发病水平压到每十万人两百四十例以下', gold: ['传染病发病率控制在240/10万以内'] },
  { query: '面向社會公開招考鄉鎮衛生院的負責人', gold: ['公开选聘'], script: 'zh-Hant' },
  { query: '鼓勵市民自願捐血並確保用血安全', gold: ['无偿献血率'], script: 'zh-Hant' },
];
