import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];
const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);

describe('extractIndicators: statistical-bulletin number forms', () => {
  it('reads thousands separators (12,345人次, 1,234.5万剂次)', () => {
    expect(ind('全年完成门急诊诊疗服务12,345人次。').map((i) => [i.value, i.unit])).toEqual([[12345, '人次']]);
    expect(ind('新冠疫苗累计接种1,234.5万剂次。').map((i) => [i.value, i.unit])).toEqual([[1234.5, '万剂次']]);
  });

  it('reads the oversight units 组次, 学时 and 轮, but not 新一轮 as a count', () => {
    expect(ind('全年开展专项督查12组次。').map((i) => [i.value, i.unit])).toEqual([[12, '组次']]);
    expect(ind('组织医务人员参加继续教育不少于24学时。').map((i) => [i.value, i.unit])).toEqual([[24, '学时']]);
    expect(ind('全年开展内部审计3轮，覆盖科室45个。').map((i) => [i.value, i.unit])).toEqual([
      [3, '轮'],
      [45, '个'],
    ]);
    expect(ind('启动新一轮医疗卫生服务体系改革。')).toEqual([]);
  });

  it('reads a range with the unit on both ends (85%-90%, 2万人至3万人) and with an em dash (3—5张)', () => {
    expect(ind('高血压患者规范管理率达到85%-90%。').map((i) => [i.value, i.valueMin, i.unit])).toEqual([[90, 85, '%']]);
    expect(ind('年需求2万人至3万人。').map((i) => [i.value, i.valueMin, i.unit])).toEqual([[3, 2, '万人']]);
    expect(ind('每年新增床位3—5张。').map((i) => [i.value, i.valueMin])).toEqual([[5, 3]]);
  });
});

describe('extractIndicators: metric labels of listed values', () => {
  it('gives each value of a 、 list its own part as the metric', () => {
    expect(ind('全县共有村卫生室236个、乡镇卫生院18所。').map((i) => i.metric)).toEqual(['村卫生室', '乡镇卫生院']);
    expect(ind('其中中央资金1.5亿元、省级资金8000万元。').map((i) => i.metric)).toEqual(['中央资金', '省级资金']);
  });

  it('drops 共有 before the metric', () => {
    expect(ind('共有卫生技术人员3.5万名。').map((i) => i.metric)).toEqual(['卫生技术人员']);
  });
});

describe('extractIndicators: spans of months', () => {
  it('reads 每3个月 as no count, but 6个月内完成 as a deadline', () => {
    expect(ind('每3个月开展一次督导。')).toEqual([]);
    expect(ind('6个月内完成整改。').map((i) => [i.value, i.unit])).toEqual([[6, '月']]);
  });
});

describe('extractIndicators: lists of bare numbers sharing one unit', () => {
  it('gives 分别下降了0.61、2.46个千分点 to the two rates before it', () => {
    const found = ind('人口出生率6.97‰,自然增长率0.90‰,同比分别下降了0.61、2.46个千分点。');
    expect(found.map((i) => [i.value, i.change?.kind === 'yoy' ? i.change.value : undefined])).toEqual([
      [6.97, 0.61],
      [0.9, 2.46],
    ]);
  });

  it('reads 分别为12、15和18家 as three values named by what precedes 分别', () => {
    expect(ind('三类医院分别为12、15和18家。').map((i) => [i.value, i.unit, i.metric])).toEqual([
      [12, '家', '三类医院'],
      [15, '家', '三类医院'],
      [18, '家', '三类医院'],
    ]);
  });

  it('reads every number of a list after 第 as an ordinal (第1、2项)', () => {
    expect(ind('完成第1、2项任务。')).toEqual([]);
  });
});

describe('extractIndicators: page chrome', () => {
  it('reads no values in view and click counters or attachment counts', () => {
    expect(ind('浏览次数:1234次 阅读量:2.3万 点击数:56 附件(3个)')).toEqual([]);
  });

  it('keeps visits counted in the work itself (入户访问1.2万人次)', () => {
    expect(ind('开展入户访问1.2万人次。').map((i) => [i.value, i.unit])).toEqual([[1.2, '万人次']]);
  });
});

describe('extractIndicators: units of visits, articles and equipment sets', () => {
  it('reads 户次 (万户次) as one unit', () => {
    expect(facts('全年开展入户随访3.8万户次,监督检查2150户次。')).toEqual([
      [3.8, '万户次'],
      [2150, '户次'],
    ]);
  });

  it('reads 篇 as a unit, but not a small Chinese count of it nor the size of a collection of model texts', () => {
    expect(facts('共收到投稿论文156篇,评出一等奖12篇。')).toEqual([
      [156, '篇'],
      [12, '篇'],
    ]);
    expect(facts('写好一篇大文章。')).toEqual([]);
    expect(facts('卫生院工作总结(精选8篇)')).toEqual([]);
  });

  it('keeps a second measure word in brackets with the unit (台(套), 辆(台))', () => {
    const [a] = ind('配发急救设备260余台(套)。');
    expect([a?.value, a?.unit, a?.approx, a?.metric]).toEqual([260, '台(套)', true, '配发急救设备']);
    expect(facts('新购负压救护车8辆(台)。')).toEqual([[8, '辆(台)']]);
  });
});

describe('extractIndicators: one value spread over a list by 均', () => {
  it('gives the value to each name of the list', () => {
    const found = ind('全区监督覆盖率和量化分级覆盖率均达到98%以上。');
    expect(found.map((i) => [i.value, i.metric])).toEqual([
      [98, '监督覆盖率'],
      [98, '量化分级覆盖率'],
    ]);
    expect(ind('门诊满意度、住院满意度均为95.2%。').map((i) => i.metric)).toEqual(['门诊满意度', '住院满意度']);
  });

  it('gives names sharing one head the head when their qualifiers are as long as one another', () => {
    expect(ind('肺结核、艾滋病患者随访率均保持在90%以上。').map((i) => i.metric)).toEqual([
      '肺结核患者随访率',
      '艾滋病患者随访率',
    ]);
    expect(ind('乙肝疫苗和脊灰疫苗接种率均达到98%以上。').map((i) => i.metric)).toEqual([
      '乙肝疫苗接种率',
      '脊灰疫苗接种率',
    ]);
    // Qualifiers of unequal length keep their words as written.
    expect(ind('高血压、2型糖尿病患者管理率均达到65%。').map((i) => i.metric)).toEqual([
      '高血压',
      '2型糖尿病患者管理率',
    ]);
  });

  it('reads a value without 均 once', () => {
    expect(ind('肺结核、艾滋病患者随访率达到90%。')).toHaveLength(1);
  });
});

describe('extractIndicators: numbers that name no fact (probe8/probe9 round)', () => {
  it('reads no count in 上一轮, 下一步 or a negated one (没有一名, 无一例)', () => {
    expect(facts('检出率较2019年上一轮调查下降0.3个百分点。')).toEqual([[0.3, '个百分点']]);
    expect(facts('全年没有一名护士离职,无一例医疗事故。')).toEqual([]);
  });

  it('reads no time in a round-the-clock duty rule (24小时值班, 12小时值守)', () => {
    expect(facts('各单位要落实24小时值班和领导带班制度。')).toEqual([]);
    expect(facts('急诊科实行12小时值守。')).toEqual([]);
    expect(facts('患者平均等待时间缩短至2小时。')).toEqual([[2, '小时']]);
  });

  it('reads no age range before the group it picks out (0至14岁儿童), nor a print run ((共印30份))', () => {
    expect(facts('为6至12岁学生免费开展视力筛查。')).toEqual([]);
    expect(facts('(共印30份)')).toEqual([]);
  });

  it('reads 逾百万人 as a million and 其中七成以上 as a share', () => {
    expect(ind('全省电子健康档案建档逾百万人。').map((i) => [i.value, i.unit, i.approx])).toEqual([[1e6, '人', true]]);
    expect(facts('全年结余资金420万元,其中七成以上用于人员奖励。')).toEqual([
      [420, '万元'],
      [70, '%'],
    ]);
  });

  it('reads runs of ambulances in 车次', () => {
    expect(facts('全市急救网络出车312车次。')).toEqual([[312, '车次']]);
  });
});

describe('extractIndicators: ratios to one and spans read as "per" (probe9 round)', () => {
  it('reads a ratio to one (医护比为1:1.25) as its other side, with no unit', () => {
    expect(facts('全院医护比为1:1.25,床护比提高到1:0.5。')).toEqual([
      [1.25, ''],
      [0.5, ''],
    ]);
    // A time of day or a score is no ratio.
    expect(facts('会议于1:30开始。')).toEqual([]);
  });

  it('reads no count in 一天/一年 before an amount (一天两百多块)', () => {
    expect(facts('护工一天两百多块,一年两次体检。').map(([, u]) => u)).not.toContain('天');
    expect(facts('住院一天。')).toEqual([]);
  });
});

describe('extractIndicators: the same amount twice is two facts unless the sentence repeats (probe8/probe9 round)', () => {
  it('keeps the same clause followed by other clauses and the same amount twice in one clause', () => {
    const text = '全市报告发病120例,死亡2人,发病率为3.1/10万。乙类报告发病80例,死亡2人,发病率为2.2/10万。';
    expect(facts(text).filter(([v]) => v === 2)).toHaveLength(2);
    expect(facts('同意购置呼吸机2台、监护仪5台、除颤仪2台。')).toEqual([
      [2, '台'],
      [5, '台'],
      [2, '台'],
    ]);
  });

  it('reads a sentence repeated verbatim once', () => {
    expect(facts('全县新增家庭医生团队12个。\n全县新增家庭医生团队12个。')).toEqual([[12, '个']]);
  });
});

describe('extractIndicators: distances from a place and amounts after the yuan sign (probe9 round)', () => {
  it('reads no fact in a distance from a place (距县城超过40公里), but keeps a built length', () => {
    expect(facts('全县12个村中有5个距镇区超过30公里。')).toEqual([
      [12, '个'],
      [5, '个'],
    ]);
    expect(facts('全年改造供水管网86公里。')).toEqual([[86, '公里']]);
  });

  it('reads an amount after ¥ in 元 (预算人民币贰佰万元整(¥2,000,000.00))', () => {
    expect(facts('预算金额人民币贰佰万元整(¥2,000,000.00)。')).toEqual([[2000000, '元']]);
  });
});

describe('extractIndicators: an age describing a person (probe8 round)', () => {
  it('reads no fact in N岁的 before a person, but keeps an age that is a value', () => {
    expect(facts('家住山区的81岁的王大爷术后复明。')).toEqual([]);
    expect(facts('全县人均预期寿命达到78.6岁。')).toEqual([[78.6, '岁']]);
    expect(facts('患者平均年龄为68岁的研究对象中,男性占52%。').map(([, u]) => u)).toContain('岁');
  });
});
