import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
import { makeTestDoc } from './test-doc.js';

const pol = (text: string) => [...extractPolicies(makeTestDoc(text))].map((p) => p.name);

describe('extractPolicies: building works against programmes named with a body', () => {
  it('reads no policy from works ending in a phase or building word, with or without a body word', () => {
    expect(pol('加快市三医三期工程、县妇幼保健院门诊楼拆建工程和中心血站迁建项目,推进县中医院建设项目。')).toEqual([]);
  });

  it('reads a programme for a class of bodies at national level, and a body followed by other words', () => {
    expect(pol('县人民医院获国家县级医院提标扩能建设项目,实施县级医院强院工程。')).toEqual([
      '国家县级医院提标扩能建设项目',
      '县级医院强院工程',
    ]);
    expect(pol('实施县域医疗卫生次中心建设工程。')).toEqual(['县域医疗卫生次中心建设工程']);
  });
});

describe('extractPolicies: a head noun inside a pool of projects', () => {
  it('reads no policy from 项目库 (a pool of candidate projects)', () => {
    expect(pol('平台入选省级数字健康创新项目库。')).toEqual([]);
  });
});

describe('extractPolicies: 集中整治 as a campaign head', () => {
  it('reads X集中整治 as a campaign, as X专项整治', () => {
    const [p] = [...extractPolicies(makeTestDoc('开展医药领域腐败问题集中整治。'))];
    expect([p?.name, p?.policyKind]).toEqual(['医药领域腐败问题集中整治', 'campaign']);
  });
});

describe('extractPolicies: a head noun in a compound with 发展/创新', () => {
  it('reads no reform from 改革发展 or 改革创新 ("reform and development"), a named reform still', () => {
    expect(pol('统筹抓好妇幼健康事业改革发展,坚持医疗服务改革创新,深化公立医院改革。')).toEqual(['公立医院改革']);
  });
});

describe('extractPolicies: A和B sharing a head', () => {
  it('keeps B apart when it is a whole system the head reforms on its own (疾控体系改革)', () => {
    expect(pol('围绕慢性病防控和疾控体制改革开展调研,推进药品集中采购和使用试点。')).toEqual([
      '疾控体制改革',
      '药品集中采购和使用试点',
    ]);
  });
});

describe('extractPolicies: counting sentences of bulletins', () => {
  it('stops a name at a counting verb and the collective before it (年末全市共有…试点医院)', () => {
    expect(pol('年末全市共有国家级试点医院5家,全省现有健康促进示范项目12个。')).toEqual(['健康促进示范项目']);
  });
});

describe('extractPolicies: name edges found in the stress forms of the genre', () => {
  it('keeps 基本 at the start of a name (本 stops a name only as "this")', () => {
    expect(pol('落实国家基本公共卫生服务项目,制定本单位考核办法。')).toEqual(['国家基本公共卫生服务项目']);
  });

  it('stops a name at 推行/推开, and reads no name from 本地区实施方案 or 一项系统工程', () => {
    expect(pol('全面推行医疗机构依法执业自查制度。各地制定本地区实施方案。这是一项系统工程。')).toEqual([
      '医疗机构依法执业自查制度',
    ]);
  });
});

describe('extractPolicies: span boundaries of a head noun', () => {
  it('reads no 行动 across 实行|动态 (实行动态管理), a campaign beside it still', () => {
    expect(pol('各地对重点耗材实行动态管理,开展基层药事服务提升行动。')).toEqual(['基层药事服务提升行动']);
  });

  it('reads no policy from a rule head counted right after it (制度8项), a counted programme still', () => {
    expect(pol('全院制定完善内部控制制度8项。')).toEqual([]);
    expect(pol('新增省级中医优势专科建设项目5个。')).toEqual(['省级中医优势专科建设项目']);
  });

  it('reads no programme from a fraud verb and its object (伪造/串换 …项目)', () => {
    expect(pol('严查伪造诊疗服务项目、串换检查化验项目等行为。')).toEqual([]);
  });

  it('reads a campaign after a leading year and collective (2025年全省X专项整治 → X专项整治)', () => {
    expect(pol('会议部署2025年全省药品耗材回扣问题专项整治工作。')).toEqual(['药品耗材回扣问题专项整治']);
    expect(pol('完成2024年专项整治和2025年重点项目。')).toEqual([]);
  });
});

describe('extractPolicies: a name made of verbs', () => {
  it('keeps verbs that are the whole name (落实|投诉回访制度), still drops an introducing verb (推行|X制度)', () => {
    expect(pol('各院要落实投诉回访制度。')).toEqual(['投诉回访制度']);
    expect(pol('各地推行新型农村合作医疗制度。')).toEqual(['新型农村合作医疗制度']);
    expect(pol('由区发展改革局牵头。')).toEqual([]);
  });
});

describe('extractPolicies: internal rules of a body', () => {
  it('reads no policy from X内部管理制度 or 内部控制制度, a named 制度 beside them still', () => {
    expect(pol('健全药品采购内部管理制度和财务内部控制制度,落实传染病疫情报告制度。')).toEqual(['传染病疫情报告制度']);
  });
});

describe('extractPolicies: counted events', () => {
  it('reads no campaign from a number of events (百场义诊活动, 30场宣讲活动), a named campaign still', () => {
    expect(pol('组织百场义诊活动和30场健康宣讲活动,开展基层药事服务提升行动。')).toEqual(['基层药事服务提升行动']);
  });
});

describe('extractPolicies: two topics of a meeting joined by 暨', () => {
  it('reads the topic before the head alone in a meeting name (A暨B运动推进会)', () => {
    expect(pol('市里召开手足口病防控暨秋冬季爱国卫生运动推进会。')).toEqual(['秋冬季爱国卫生运动']);
  });

  it('keeps a name across 暨 outside a meeting name', () => {
    expect(pol('推进基层名医工作室建设暨中青年骨干医师培养项目。')).toEqual([
      '基层名医工作室建设暨中青年骨干医师培养项目',
    ]);
  });
});

describe('extractPolicies: a verb on a place abbreviation opening a name', () => {
  it('keeps 兴 + a one-character abbreviation at the start of a programme (兴黔英才计划)', () => {
    expect(pol('3名医师入选兴黔英才计划。')).toEqual(['兴黔英才计划']);
  });
});

describe('extractPolicies: a meeting’s agenda verb before a name', () => {
  it('reads the name after 研究/听取 opening a headline or after 会议, not the verb', () => {
    expect(pol('研究基层医疗卫生服务能力提升工程和秋冬季疫情防控等工作')).toEqual(['基层医疗卫生服务能力提升工程']);
    expect(pol('会议听取县域医共体信息化建设项目推进情况汇报。')).toEqual(['县域医共体信息化建设项目']);
  });

  it('keeps 研究 inside a name (临床研究能力提升行动) and in its words (研究型医院)', () => {
    expect(pol('开展临床研究能力提升行动,实施研究型医院建设试点。')).toEqual([
      '临床研究能力提升行动',
      '研究型医院建设试点',
    ]);
  });
});

describe('extractPolicies: 办法 as a way of handling something', () => {
  it('reads no document from 解决办法/处理办法 after a verb phrase', () => {
    expect(pol('调研组与院方负责同志当场研究解决办法。')).toEqual([]);
    expect(pol('针对群众反映的问题,要求相关科室尽快拿出处理办法。')).toEqual([]);
  });

  it('still reads a document named with 办法 (绩效考核办法, 资金管理办法)', () => {
    expect(pol('印发乡村医生绩效考核办法,完善基本公共卫生服务项目资金管理办法。')).toEqual([
      '乡村医生绩效考核办法',
      '基本公共卫生服务项目资金管理办法',
    ]);
  });
});

describe('extractPolicies: a headline meeting studying a reform', () => {
  it('starts the name after 召开专题会议研究 (the agenda verb after a meeting noun)', () => {
    expect(pol('市政府召开专题会议研究公立医院薪酬制度改革')).toEqual(['公立医院薪酬制度改革']);
    expect(pol('县卫健局召开局长办公会审议全民健康信息平台建设项目')).toEqual(['全民健康信息平台建设项目']);
  });
});
