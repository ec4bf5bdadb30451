import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
import { extractSlogans } from './slogan.js';
import { makeTestDoc } from './test-doc.js';

const pol = (text: string) => [...extractPolicies(makeTestDoc(text))].map((p) => p.name);
const slo = (text: string) => [...extractSlogans(makeTestDoc(text))].map((s) => s.text);

describe('extractPolicies: scopes and fields described with a head noun', () => {
  it('reads no policy from the covered scope of reimbursement (政策范围内, 政策内)', () => {
    expect(pol('城镇职工医保政策范围内门诊费用报销比例达到70%,居民医保政策内报销比例提高到65%。')).toEqual([]);
  });

  it('still reads a named policy ending in 政策 (计划生育家庭奖励扶助政策)', () => {
    expect(pol('全面落实计划生育家庭奖励扶助政策。')).toEqual(['计划生育家庭奖励扶助政策']);
  });

  it('reads no reform from the work of a field (X领域改革), a named reform still', () => {
    expect(pol('谈到药品领域改革时,他说要深化公立医院改革。')).toEqual(['公立医院改革']);
  });

  it('keeps a crackdown naming its field inside (医疗领域腐败问题集中整治)', () => {
    expect(pol('开展医疗领域腐败问题集中整治。')).toEqual(['医疗领域腐败问题集中整治']);
  });

  it('reads no reform from stories told about it (讲好医改故事)', () => {
    expect(pol('欢迎媒体共同讲好泉州医改故事。')).toEqual([]);
  });

  it('reads no policy from how a policy pays (医保支付政策), a named mechanism still', () => {
    expect(pol('市医保局负责完善医保支付政策,推进医保支付方式改革。')).toEqual(['医保支付方式改革']);
  });
});

describe('extractPolicies: building works of one site', () => {
  it('reads no programme from a new site or infrastructure works (新址项目, 基础设施建设项目)', () => {
    expect(pol('加快推进县妇幼保健院新址项目建设,实施乡镇卫生院基础设施建设项目12个。')).toEqual([]);
  });
});

describe('extractPolicies: names joined by 与 and 暨', () => {
  it('reads A与B sharing a head as one name, 与 not cut as a preposition', () => {
    expect(pol('实施慢性病早期筛查与干预试点项目,覆盖5个县。')).toEqual(['慢性病早期筛查与干预试点项目']);
  });

  it('keeps two campaigns joined by 暨 as one name before a ceremony (…专项行动启动仪式)', () => {
    expect(pol('5月20日,某县2024年春季爱国卫生运动暨灭鼠专项行动启动仪式举行。')).toContain(
      '春季爱国卫生运动暨灭鼠专项行动',
    );
    expect(pol('5月20日,某县2024年春季爱国卫生运动暨灭鼠专项行动启动仪式举行。')).not.toContain('灭鼠专项行动');
  });

  it('still reads only the campaign after 暨 when a task area opens a meeting name', () => {
    expect(pol('县里召开登革热防控暨夏季爱国卫生运动推进会。')).toEqual(['夏季爱国卫生运动']);
  });
});

describe('extractPolicies: national programmes named without a head noun', () => {
  it('reads 公立医院绩效考核 inside 三级公立医院绩效考核', () => {
    expect(pol('将整改情况纳入三级公立医院绩效考核。')).toEqual(['公立医院绩效考核']);
  });

  it('reads a quoted target group with 筛查 as a programme, not a slogan; its rate as neither name', () => {
    const text = '为适龄妇女开展“两癌”筛查2.1万人。';
    expect(pol(text)).toEqual(['两癌筛查']);
    expect(slo(text)).toEqual([]);
    expect(pol('“两癌”筛查率达到85%。')).toEqual([]);
  });
});

describe('extractPolicies: a department named after its remit', () => {
  it('reads no policy from a ministry department ending in a head noun (X与Y规划司)', () => {
    expect(pol('国家疾控局卫生与免疫规划司司长出席。')).toEqual([]);
  });
});

describe('extractPolicies: a rating of an activity under a quoted motto', () => {
  it('reads no programme from a rating of a motto’s activity (“X”活动优秀项目)', () => {
    expect(pol('获评“党员先锋行”活动优秀项目。')).toEqual([]);
  });
});

describe('extractPolicies: a period leading a clause of a report', () => {
  it('reads the name after 全年共/年内 and a verb, and no name from generic investment projects', () => {
    expect(pol('全年共实施县级医院能力提升工程,年内启动儿童健康促进行动。')).toEqual([
      '县级医院能力提升工程',
      '儿童健康促进行动',
    ]);
    expect(pol('全年争取中央预算内投资项目12个。')).toEqual([]);
  });
});

describe('extractPolicies: descriptions that end in a head noun', () => {
  it('reads no policy from one of a kind (一项基础性工程, 一批示范项目), a named reform beside it still', () => {
    expect(pol('要把医保支付方式改革作为一项牵引性工程抓实抓细。')).toEqual(['医保支付方式改革']);
    expect(pol('谋划一批区域协同示范项目。')).toEqual([]);
  });

  it('reads no campaign from a disease’s activity (流感活动, 疫情活动), a named campaign still', () => {
    expect(pol('监测显示,预计1月上旬流感活动将达到高峰。')).toEqual([]);
    expect(pol('深入开展健康知识进万家宣传活动。')).toEqual(['健康知识进万家宣传活动']);
  });

  it('reads no rule from a routine named by its frequency (日调度、周研判制度), a named rule still', () => {
    expect(pol('各医院要落实日报告、周会商制度。')).toEqual([]);
    expect(pol('全面落实医疗质量安全核心制度。')).toEqual(['医疗质量安全核心制度']);
  });

  it('reads no campaign from an activity counted in rounds (X活动3轮)', () => {
    expect(pol('全年开展鼠蟑集中消杀活动4轮。')).toEqual([]);
  });

  it('reads no programme from a building’s main works (新院区主体工程), a programme of works still', () => {
    expect(pol('县人民医院门诊楼主体工程已封顶。')).toEqual([]);
    expect(pol('实施基层医疗卫生服务能力提升工程。')).toEqual(['基层医疗卫生服务能力提升工程']);
  });
});
