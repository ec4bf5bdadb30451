import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
import { extractSlogans } from './slogan.js';
import { makeTestDoc } from './test-doc.js';

const pol = (text: string) => [...extractPolicies(makeTestDoc(text))].map((p) => [p.name, p.policyKind]);
const slo = (text: string) => [...extractSlogans(makeTestDoc(text))].map((s) => s.text);

describe('extractPolicies', () => {
  it('reads 《》 titles as documents and 条例 as laws', () => {
    expect(pol('严格执行《医疗质量管理办法》和《某省爱国卫生条例》。')).toEqual([
      ['医疗质量管理办法', 'document'],
      ['某省爱国卫生条例', 'law'],
    ]);
  });

  it('reads names ending in a head noun, stopping at the verb before them', () => {
    expect(pol('深入开展县域医共体提质增效行动,持续深化公立医院薪酬制度改革。')).toEqual([
      ['县域医共体提质增效行动', 'campaign'],
      ['公立医院薪酬制度改革', 'reform'],
    ]);
  });

  it('joins a quoted term with the head noun after it and marks it ambiguous', () => {
    const [p] = [...extractPolicies(makeTestDoc('推进“最多跑一次”改革。'))];
    expect(p?.name).toBe('最多跑一次改革');
    expect(p?.ambiguous).toBe(true);
  });

  it('splits coordinated names sharing a head noun', () => {
    expect(pol('推进城乡一体化和镇村一体化改革。').map((p) => p[0])).toEqual(['城乡一体化改革', '镇村一体化改革']);
  });

  it('does not read generic phrases as policies (实际行动, 重点项目, buildings of a hospital)', () => {
    expect(pol('以实际行动抓好重点项目,加快市人民医院二期工程。')).toEqual([]);
  });
});

describe('extractSlogans', () => {
  it('reads quoted formulas and numbered formulas', () => {
    const [s] = [...extractSlogans(makeTestDoc('坚持“三个转变”,做到“守底线、抓重点”。'))];
    expect(s?.numbered).toBe(true);
    expect(slo('坚持“三个转变”,做到“守底线、抓重点”。')).toEqual(['三个转变', '守底线、抓重点']);
  });

  it('reads well-known formulas written without quotes', () => {
    expect(slo('一体推进不敢腐不能腐不想腐,坚持人民至上、生命至上。')).toEqual([
      '不敢腐不能腐不想腐',
      '人民至上、生命至上',
    ]);
  });

  it('skips quotations of speech and quoted policy names', () => {
    expect(slo('他说:“今年,我们要把工作做得更好。”实施“健康乡村行动”。')).toEqual([]);
  });
});

describe('extractPolicies: verbs inside names', () => {
  it('keeps a verb right before the head noun as part of the name (能力提升行动)', () => {
    expect(pol('扎实开展基层卫生人才能力提升行动。')).toEqual([['基层卫生人才能力提升行动', 'campaign']]);
  });

  it('does not read an introducing verb alone as a name (深入推进改革)', () => {
    expect(pol('要深入推进改革。')).toEqual([]);
  });
});

describe('extractPolicies: well-known mechanisms and clean starts', () => {
  it('reads well-known mechanisms written without a head noun, only as whole names', () => {
    expect(pol('全面推进分级诊疗,做实家庭医生签约服务,建好城乡医联体。').map((p) => p[0])).toEqual([
      '分级诊疗',
      '家庭医生签约服务',
    ]);
  });

  it('starts a name at a word boundary, past leading verbs and the speaker’s own unit', () => {
    expect(pol('推行新型农村合作医疗制度,我市城市公立医院综合改革成效明显。').map((p) => p[0])).toEqual([
      '新型农村合作医疗制度',
      '城市公立医院综合改革',
    ]);
  });

  it('does not read short 《》 titles (《光荣榜》) as documents', () => {
    expect(pol('登上《光荣榜》。')).toEqual([]);
  });
});

describe('extractSlogans: what is not a slogan', () => {
  it('skips placeholders, bare numbers and quoted names of bodies', () => {
    expect(slo('建设“健康xx县”,拨打“12320”,成立“省级区域医疗中心”,坚持“三个转变”。')).toEqual(['三个转变']);
  });
});

describe('extractPolicies: 办法 and 医改 heads', () => {
  it('reads a measure named without 《》 but not 多想办法', () => {
    expect(pol('落实托育机构设置管理服务办法,在服务上多想办法。')).toEqual([['托育机构设置管理服务办法', 'document']]);
  });

  it('reads 医改 with a short qualifier only', () => {
    expect(pol('推广三明医改经验,全面推广福建三明医改。').map((p) => p[0])).toEqual(['三明医改']);
  });
});

describe('extractPolicies: genre classes beyond the dev gold', () => {
  const names = (text: string) => pol(text).map((p) => p[0]);

  it('reads 综合医改 with and without a county qualifier, not a verb phrase before 医改', () => {
    expect(names('扎实推进乡镇综合医改走深走实。')).toEqual(['乡镇综合医改']);
    expect(names('协同推进综合医改、考核评价等工作。')).toEqual(['综合医改']);
  });

  it('accepts a two-character numbered qualifier (双减政策) but not a count (两项制度)', () => {
    expect(names('不折不扣落实双减政策。')).toEqual(['双减政策']);
    expect(names('认真落实两项制度。')).toEqual([]);
  });

  it('keeps a noun + verb compound inside a name (能力提升培训项目)', () => {
    expect(names('组织实施乡村医生能力提升培训项目。')).toEqual(['乡村医生能力提升培训项目']);
  });

  it('skips building works only when the body is near the head noun', () => {
    expect(names('开工建设江北区妇幼保健院改扩建项目。')).toEqual([]);
    expect(names('市级名医工作室基地建设暨青年医师带教项目进展顺利。')).toEqual([
      '市级名医工作室基地建设暨青年医师带教项目',
    ]);
  });

  it('reads integrity campaigns (清廉X) before 建设/、 and not elsewhere', () => {
    expect(names('把清廉学校、清廉村居建设结合起来。')).toEqual(['清廉学校', '清廉村居']);
    expect(names('保持清廉本色。')).toEqual([]);
  });

  it('reads linkage policies (A同B有效衔接) without the verb before them', () => {
    expect(names('持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接。')).toEqual(['脱贫攻坚成果同乡村振兴有效衔接']);
    expect(names('做好与上级工作相衔接。')).toEqual([]);
  });

  it('reads 全面从严治党 as an ambiguous policy/slogan', () => {
    const [p] = [...extractPolicies(makeTestDoc('推动全面从严治党向纵深发展。'))];
    expect([p?.name, p?.ambiguous]).toEqual(['全面从严治党', true]);
  });

  it('drops routine outreach activities (健康科普活动)', () => {
    expect(names('组织健康科普活动和健康宣传活动。')).toEqual([]);
  });
});

describe('extractSlogans: quoted formulas that end like a body', () => {
  it('keeps a two-group formula ending in 中心 and a 客厅, drops a quoted department', () => {
    expect(slo('加快"三馆一中心"建设,打造"社区健康客厅"。')).toEqual(['三馆一中心', '社区健康客厅']);
    expect(slo('"市财政厅"牵头')).toEqual([]);
  });
  it('reads 稳字当头、稳中求进 as a known formula', () => {
    expect(slo('坚持稳字当头、稳中求进。')).toEqual(['稳字当头、稳中求进']);
  });
});

describe('extractPolicies: clause verbs and counts are not names', () => {
  const names = (text: string) => pol(text).map((p) => p[0]);
  it('does not read a clause ending in a head noun (严格执行制度, 符合规划, 做好项目)', () => {
    expect(names('各单位要严格执行制度。')).toEqual([]);
    expect(names('各项指标总体符合规划。')).toEqual([]);
    expect(names('切实做好项目,超额完成全年计划。')).toEqual([]);
    expect(names('群众普遍知晓政策,工作人员没行动。')).toEqual([]);
  });
  it('drops counted items and batch words but keeps the name after an introducing verb', () => {
    expect(names('建设60个卫生项目,实施8个试点。')).toEqual([]);
    expect(names('3个案例入选健康江南行动。')).toEqual(['健康江南行动']);
    expect(names('平台入选首批省级数字化改革。')).toEqual(['省级数字化改革']);
  });
});

describe('extractPolicies: placeholders in names (issue 3)', () => {
  it('rejects 《》 titles and quoted names holding a placeholder', () => {
    expect(pol('学习《安全生产法》《xx省安全生产条例》等法律法规。')).toEqual([['安全生产法', 'law']]);
    expect(pol('对照《“健康xx2030”规划纲要》的目标。')).toEqual([]);
    expect(pol('出台《关于印发X县卫生健康事业发展202-年规划的通知》。')).toEqual([]);
  });

  it('rejects head-noun names right after a placeholder (xx市…行动计划, x年度…活动)', () => {
    expect(pol('研究了xx市医疗跨越发展行动计划。')).toEqual([]);
    expect(pol('被评为x年度改善医疗服务活动十大亮点。')).toEqual([]);
  });

  it('keeps the same names without a placeholder', () => {
    expect(pol('研究了云岭市医疗跨越发展行动计划。')).toEqual([['云岭市医疗跨越发展行动计划', 'plan']]);
    expect(pol('学习《云岭省安全生产条例》。')).toEqual([['云岭省安全生产条例', 'law']]);
  });
});

describe('extractPolicies: clause fragments and descriptions are not names (issue 3)', () => {
  it('drops names whose left edge is inside a verb phrase (问题谋改革, 负总责的责任制)', () => {
    expect(pol('围绕“看病难”这个老大难问题谋改革。')).toEqual([]);
    expect(pol('坚持一把手亲自抓、负总责的责任制。')).toEqual([]);
    expect(pol('与适应市场经济和人民群众健康需求的卫生管理新体制相衔接。')).toEqual([]);
  });

  it('starts a name after a preposition inside the clause and drops it when only generic words remain', () => {
    expect(pol('主动同国家整体战略有机衔接。')).toEqual([]);
    expect(pol('主动同乡村振兴战略有机衔接。')).toEqual([['乡村振兴战略', 'strategy']]);
  });

  it('keeps 领导下的 names and verb compounds inside names', () => {
    expect(pol('落实党委领导下的院长负责制。')).toEqual([['党委领导下的院长负责制', 'reform']]);
    expect(pol('开展基层卫生人才能力提升培训项目。')).toEqual([['基层卫生人才能力提升培训项目', 'program']]);
  });

  it('drops descriptions before weak heads (社区卫生服务试点, 自查自纠活动, 部分单位考勤制度, 中央投资项目)', () => {
    expect(pol('积极开展了社区卫生服务试点工作。')).toEqual([]);
    expect(pol('扩大社区服务试点面。')).toEqual([]);
    expect(pol('各单位要开展全面的自查自纠活动。')).toEqual([]);
    expect(pol('部分单位考勤制度执行不到位。')).toEqual([]);
    expect(pol('争取中央投资项目。')).toEqual([]);
    expect(pol('借鉴国家级试点市的经验。')).toEqual([]);
    expect(pol('在平阳县试点推进全员岗位管理。')).toEqual([]);
  });

  it('keeps named programmes before the same heads', () => {
    expect(pol('推进健康城市评价试点。')).toEqual([['健康城市评价试点', 'program']]);
    expect(pol('落实计划生育家庭奖励扶助政策。')).toEqual([['计划生育家庭奖励扶助政策', 'program']]);
    expect(pol('深入开展爱国卫生运动。')).toEqual([['爱国卫生运动', 'campaign']]);
    expect(pol('实施中医药振兴发展重大工程。')).toEqual([['中医药振兴发展重大工程', 'program']]);
  });

  it('drops wrongdoing, ratings, adverbials, year-cut work items and bodies named after a head', () => {
    expect(pol('严厉打击非法行医活动和非法采供血活动。')).toEqual([]);
    expect(pol('入选省重点项目,建成一项标志性重点工程。')).toEqual([]);
    expect(pol('施工进度按计划推进。')).toEqual([]);
    expect(pol('完成了2019-2020年度改善医疗服务行动评估工作。')).toEqual([]);
    expect(pol('得到国务院医改领导小组的肯定。')).toEqual([]);
  });

  it('drops 《》 titles that name no document (licences, broadcasts, bare heads)', () => {
    expect(pol('查处无《医疗机构许可证》行医,《新闻联播》进行了报道,落实《规划纲要》。')).toEqual([]);
    expect(pol('落实《云岭省卫生健康发展规划纲要》。')).toEqual([['云岭省卫生健康发展规划纲要', 'document']]);
  });
});

describe('extractSlogans: parallel formulas with commas (after the blind gold)', () => {
  it('reads quoted formulas of parallel phrases split by commas', () => {
    expect(slo('落实“三加强,三提升”要求,牢记“守初心,担使命”。')).toEqual(['三加强,三提升', '守初心,担使命']);
    expect(slo('坚持“政府领导,部门配合,社区参与,齐抓共管,综合防治”的原则。')).toEqual([
      '政府领导,部门配合,社区参与,齐抓共管,综合防治',
    ]);
  });

  it('still skips quoted sentences (uneven clauses, full stops)', () => {
    expect(slo('他说:“我们一定要把这项工作做好,让群众满意。”')).toEqual([]);
    expect(slo('正如“工作要抓紧,一切按照上级部署的要求认真落实”所说。')).toEqual([]);
  });
});

describe('extractPolicies: A和B + head, and 体制 (after the blind gold)', () => {
  it('reads A和B with a short B as one name sharing the head', () => {
    expect(pol('积极配合药品集中采购和使用试点扩围工作。')).toEqual([['药品集中采购和使用试点', 'program']]);
    expect(pol('全面推进重大疾病医疗保险和救治制度。')).toEqual([['重大疾病医疗保险和救治制度', 'reform']]);
  });

  it('keeps two names apart when A is a name itself, ends like B, or B is a count', () => {
    expect(pol('推进老年人健康服务行动和心理关爱行动。').map(([n]) => n)).toEqual([
      '老年人健康服务行动',
      '心理关爱行动',
    ]);
    expect(pol('积极开展人事制度和分配制度改革。').map(([n]) => n)).toEqual(['人事制度改革', '分配制度改革']);
    expect(pol('围绕六大机制和五项行动持续发力。')).toEqual([]);
  });

  it('reads 体制 alone as a system, not a policy (计划经济体制, 市场监管体制)', () => {
    expect(pol('计划经济体制时期形成的束缚,继续完善市场监管体制。')).toEqual([]);
    expect(pol('深化医药卫生体制改革。')).toEqual([['医药卫生体制改革', 'reform']]);
  });
});

describe('extractPolicies: 健康 + place (after the blind gold)', () => {
  it('reads a local health strategy named after a place (健康峨山, 健康温州) as ambiguous', () => {
    const got = [...extractPolicies(makeTestDoc('加快健康峨山建设,推进健康温州、健康浙江建设。'))];
    expect(got.map((p) => [p.name, p.policyKind, p.ambiguous])).toEqual([
      ['健康峨山', 'strategy', true],
      ['健康温州', 'strategy', true],
      ['健康浙江', 'strategy', true],
    ]);
  });

  it('reads no strategy from 健康 + a common word (健康教育, 健康服务)', () => {
    expect(pol('加强健康教育,优化健康服务。')).toEqual([]);
  });
});

describe('extractPolicies: a quoted 健康 + place stays a quoted term', () => {
  it('does not read “健康宁夏” twice', () => {
    expect(pol('要全面推进“健康宁夏”建设。')).toEqual([]);
    expect(slo('要全面推进“健康宁夏”建设。')).toEqual(['健康宁夏']);
  });
});

describe('extractPolicies: a task rated by a quoted head', () => {
  it('reads no programme from what a task is made (作为“一号”工程), a quoted programme carried out still', () => {
    expect(pol('要把托育服务作为“一号”工程来抓。')).toEqual([]);
    expect(pol('全面实施“万名医生下基层”工程。')).toEqual([['万名医生下基层工程', 'program']]);
  });
});
