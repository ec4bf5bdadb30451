import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
import { extractSlogans } from './slogan.js';
import { makeTestDoc } from './test-doc.js';

const pol = (text: string) => [...extractPolicies(makeTestDoc(text))].map((p) => p.name);
const slo = (text: string) => [...extractSlogans(makeTestDoc(text))].map((s) => s.text);

describe('extractPolicies: generic descriptions with a policy head noun', () => {
  it('reads no rule from a head noun that runs on into 机制 (制度机制)', () => {
    expect(pol('把好经验固化为长效化规范化制度机制。')).toEqual([]);
    expect(pol('建立完善药品采购常态化监管制度机制。')).toEqual([]);
  });

  it('reads no name from a level alone before the head (省级示范区达到20个)', () => {
    expect(pol('全省已建成省级示范区32个,市级示范区达到57个。')).toEqual([]);
  });

  it('reads no name from the category that closes a list with 等', () => {
    expect(pol('推广五禽戏、易筋经等传统健身项目。')).toEqual([]);
    expect(pol('推广中医传统健身项目。')).toEqual(['中医传统健身项目']);
  });

  it('reads no rule from a duty arrangement with a duration, nor from its coordinated partner', () => {
    expect(pol('严格落实领导值守和48小时值班制度。')).toEqual([]);
  });
});

describe('extractPolicies: plans and rules still to be drafted', () => {
  it('reads no name from a plan or rule drafted under a deadline or urgency', () => {
    expect(pol('要求专家组两周内拿出学科建设计划。')).toEqual([]);
    expect(pol('会议要求抓紧制定乡村医生岗位补助办法。')).toEqual([]);
  });

  it('keeps a plan reported as drafted without urgency', () => {
    expect(pol('去年制定乡村医生队伍建设三年行动计划。')).toEqual(['乡村医生队伍建设三年行动计划']);
  });
});

describe('extractPolicies: a headline with event verbs before the name', () => {
  it('starts the name after 举行 … 介绍', () => {
    expect(pol('市卫生健康委举行新闻发布会介绍老年健康促进行动进展')).toEqual(['老年健康促进行动']);
  });
});

describe('extractPolicies: word boundaries at the left of a name', () => {
  it('reads 普及 as a word, not 及 as "and", before the head', () => {
    expect(pol('广泛开展营养知识普及行动。')).toEqual(['营养知识普及行动']);
  });
});

describe('extractPolicies: a mechanism running on into a second verb', () => {
  it('reads no mechanism from X互认共享, but reads X互认 alone', () => {
    expect(pol('推动区域内检查检验结果互认共享。')).toEqual([]);
    expect(pol('推动区域内检查检验结果互认。')).toEqual(['检查检验结果互认']);
  });
});

describe('extractPolicies: funding and support words before a weak head', () => {
  it('reads no policy from funding words alone (财政投入保障政策), but keeps a qualified one', () => {
    expect(pol('省财政厅负责同志就财政补贴激励政策作了说明。')).toEqual([]);
    expect(pol('完善中医药传承创新扶持政策。')).toEqual(['中医药传承创新扶持政策']);
  });
});

describe('extractPolicies: 行动 as "action" after a manner word', () => {
  it('reads no campaign from 务实行动, nor from a pair joined to it', () => {
    expect(pol('以饱满热情和务实行动迎接检查。')).toEqual([]);
  });
});

describe('extractPolicies: a system word after generic ones', () => {
  it('reads no reform from 管理体制改革, but keeps a qualified 体制改革', () => {
    expect(pol('医院深化管理体制改革,做到用人灵活。')).toEqual([]);
    expect(pol('深化医药卫生体制改革。')).toEqual(['医药卫生体制改革']);
  });
});

describe('extractPolicies: the noun of a 以…为 frame before a verb phrase', () => {
  it('reads no campaign from 以X为载体/抓手集中整治Y, the name inside the frame still', () => {
    expect(pol('以城乡环境整治行动为载体集中整治卫生死角。')).toEqual(['城乡环境整治行动']);
    expect(pol('以家庭医生签约服务为抓手专项整治重复检查。')).toEqual(['家庭医生签约服务']);
  });
});

describe('extractPolicies: activities counted as events', () => {
  it('reads no campaign from an activity counted right after it (X活动120余场, X活动3次)', () => {
    expect(pol('组织健康知识进校园、进家庭活动120余场。')).toEqual([]);
    expect(pol('各乡镇开展送医下乡活动3次。')).toEqual([]);
  });

  it('keeps the activity when no count follows it', () => {
    expect(pol('开展送医下乡活动,服务群众2000人次。')).toEqual(['送医下乡活动']);
  });
});

describe('extractPolicies: an activity named after a quoted motto', () => {
  it('reads no campaign from the activity right after the quote (“X”大扫除活动); the motto is the term', () => {
    expect(pol('每月组织一次“清洁家园”大扫除活动。')).toEqual([]);
    expect(slo('每月组织一次“清洁家园”大扫除活动。')).toEqual(['清洁家园']);
  });

  it('still carries a quoted name on into another head (“三重一大”事项决策制度)', () => {
    expect(pol('落实“三重一大”事项集体决策制度。')).toEqual(['事项集体决策制度']);
  });
});

describe('extractPolicies: a task area coordinated with a named campaign', () => {
  it('reads the campaign alone from A防控和B运动 and A工作和B行动', () => {
    expect(pol('研究部署流感防控和冬春季爱国卫生运动。')).toEqual(['冬春季爱国卫生运动']);
    expect(pol('统筹推进应急值守工作和基层卫生人才能力提升行动。')).toEqual(['基层卫生人才能力提升行动']);
  });

  it('still reads one name from two parts sharing a head (A管理和B改革, A采购和使用试点)', () => {
    expect(pol('推进全员岗位管理和薪酬绩效改革、药品集中采购和使用试点。')).toEqual([
      '全员岗位管理和薪酬绩效改革',
      '药品集中采购和使用试点',
    ]);
  });
});

describe('extractPolicies: work verbs before the object of a task', () => {
  it('starts the name after 部署 in a headline clause and reads no programme from a pool (储备X项目)', () => {
    expect(pol('学习省委会议精神　部署秋冬季爱国卫生运动')).toEqual(['秋冬季爱国卫生运动']);
    expect(pol('全市谋划储备卫生健康项目40个。')).toEqual([]);
  });
});

describe('extractPolicies: 行动 as the mobility of a person', () => {
  it('reads no campaign from X行动不便 or 行动迟缓, a campaign named after patients still', () => {
    expect(pol('失能老人行动不便,卧床病人行动迟缓,需上门服务。')).toEqual([]);
    expect(pol('开展慢病患者健康管理提升行动,为行动不便的群众送药上门。')).toEqual(['慢病患者健康管理提升行动']);
  });
});

describe('extractPolicies: a period word opening a plan', () => {
  it('reads no plan from the work plan of a year, quarter or half-year (纳入下一年度X工作计划)', () => {
    expect(pol('把群众反映的问题纳入下一年度执法检查工作计划,并列入本季度督办计划。')).toEqual([]);
    expect(pol('编制上半年宣传工作计划。')).toEqual([]);
  });

  it('keeps a named plan with no period before it', () => {
    expect(pol('实施基层卫生人才能力提升计划。')).toEqual(['基层卫生人才能力提升计划']);
  });
});

describe('extractPolicies: words ending in 本 inside a name', () => {
  it('reads 治本 and 标本 as words, not 本 as "this" (X治本攻坚三年行动)', () => {
    expect(pol('扎实推进消防安全治本攻坚三年行动。')).toEqual(['消防安全治本攻坚三年行动']);
    expect(pol('开展传染病标本转运规范化行动。')).toEqual(['传染病标本转运规范化行动']);
  });
});

describe('extractPolicies: a head noun as the object of a clause (probe8/probe9 round)', () => {
  it('reads no rule when the duration is in the first of two duties sharing it (X小时值班和Y制度)', () => {
    expect(pol('各科室要严格执行12小时值守和院领导带班制度。')).toEqual([]);
    expect(pol('落实领导干部带班制度。')).toEqual(['领导干部带班制度']);
    expect(pol('落实主要负责人带班制度。')).toEqual(['主要负责人带班制度']);
  });

  it('reads no name when an inspection or announcing verb governs the head (察看项目, 宣布活动启动)', () => {
    expect(pol('代表们实地查看项目进展情况。')).toEqual([]);
    expect(pol('副区长李某宣布活动正式开始。')).toEqual([]);
    expect(pol('政协委员专题视察全区城乡供水保障项目。')).toEqual(['城乡供水保障项目']);
  });

  it('reads no plan from a share of it (占年度计划的80%)', () => {
    expect(pol('完成投资3.2亿元,占年度计划的80%。')).toEqual([]);
  });

  it('reads no reform from a comparison with before it (较改革前)', () => {
    expect(pol('门诊量较改革前增长三成。')).toEqual([]);
  });

  it('reads no programme from the object of a fraud verb in a case report', () => {
    expect(pol('某村卫生室医生李某伪造检查项目骗取医保基金。')).toEqual([]);
    expect(pol('开展医疗服务项目价格专项检查行动。')).toEqual(['医疗服务项目价格专项检查行动']);
  });
});
