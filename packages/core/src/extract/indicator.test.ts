import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];

describe('extractIndicators', () => {
  it('reads Arabic values with multipliers and units', () => {
    const [a] = ind('2021年全县完成门急诊123.45万人次。');
    expect(a?.value).toBeCloseTo(123.45);
    expect(a?.unit).toBe('万人次');
    expect(a?.period).toBe('2021');
  });

  it('reads full-width digits (after NFKC)', () => {
    expect(ind('新建村卫生室１２所。')[0]?.value).toBe(12);
  });

  it('reads Chinese numerals with approximations as lower bounds', () => {
    const [a] = ind('招聘医学毕业生四百余人。');
    expect([a?.value, a?.unit, a?.approx]).toEqual([400, '人', true]);
  });

  it('reads 百分之… as a percentage', () => {
    expect(ind('覆盖率达到百分之六十七点五。')[0]?.value).toBeCloseTo(67.5);
  });

  it('attaches a year-on-year change to the value before it', () => {
    const [a, ...rest] = ind('业务收入2.5亿元,同比增长3.2%。');
    expect(rest).toEqual([]);
    expect(a?.unit).toBe('亿元');
    expect(a?.change).toEqual({ kind: 'yoy', value: 3.2, unit: '%', direction: 'up' });
  });

  it('reads ranges with the lower end in valueMin', () => {
    const [a, ...rest] = ind('每年创建2-4个示范单位。');
    expect([a?.valueMin, a?.value, rest.length]).toEqual([2, 4, 0]);
  });

  it('reads ranks and streaks', () => {
    expect(ind('考核连续三年获得优秀,去年获得全省第二名。').map((i) => [i.value, i.unit])).toEqual([
      [3, '年'],
      [2, '名'],
    ]);
  });

  it('does not read ordinals, names, enumerations or dates as values', () => {
    expect(ind('迎接党的二十大,重点做好六个方面工作,5月8日在第三医院召开,推进“五项行动”。')).toEqual([]);
  });

  it('does not read placeholders (x项) as values', () => {
    expect(ind('完成x项任务。')).toEqual([]);
  });
});

describe('extractIndicators: changes and targets', () => {
  it('reads 由X提高到Y as one fact with a from/to change', () => {
    const found = ind('每万人口全科医生数由2.4人提高到3.1人。');
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toBe(3.1);
    expect(found[0]?.change).toEqual({ kind: 'from_to', from: 2.4, to: 3.1, unit: '人' });
  });

  it('marks values of a 力争 sentence as targets, but not because of 目标责任书', () => {
    expect(ind('力争到2027年床位数达到5000张。')[0]?.target).toBe(true);
    expect(ind('签订目标责任书,12家单位作交流发言。')[0]?.target).toBeUndefined();
  });
});

describe('extractIndicators: names, placeholders and qualifiers', () => {
  it('skips numbers inside quoted names (“三名”工程, “一人一案”)', () => {
    expect(ind('实施“三名”工程,实行“一人一案”。')).toEqual([]);
  });

  it('skips placeholder numbers and bare 千/万 words (x万余份, 千人口, 百人行动)', () => {
    expect(ind('检测能力达到x万余份,千人口医师数提高,开展百人行动。')).toEqual([]);
  });

  it('keeps 上万 as a lower bound of ten thousand', () => {
    expect(ind('受益群众达上万人。').map((i) => [i.value, i.unit, i.approx])).toEqual([[10000, '人', true]]);
  });

  it('skips age bands and session ordinals (5岁以下儿童, 十一届九次全会)', () => {
    expect(ind('5岁以下儿童死亡率下降,落实十一届九次、十次全会精神。')).toEqual([]);
  });

  it('reads 从75岁提至78岁 as one change', () => {
    const found = ind('人均期望寿命从75岁提至78岁。');
    expect(found.map((i) => [i.value, i.change?.kind])).toEqual([[78, 'from_to']]);
  });
});

describe('extractIndicators: rates per 100,000', () => {
  it('reads 8.6/10万 as a rate', () => {
    expect(ind('孕产妇死亡率下降至8.6/10万。').map((i) => [i.value, i.unit])).toEqual([[8.6, '/10万']]);
  });
});

describe('extractIndicators: a multiplier as the unit', () => {
  it('reads 4.6万 before punctuation, with the change after it', () => {
    const [a] = ind('体检覆盖达到4.6万,同比增长11.3%。');
    expect([a?.value, a?.unit, a?.change?.kind]).toEqual([4.6, '万', 'yoy']);
    // A metric naming a count of visits names the unit too (see indicator-multiplier-unit.ts).
    expect(ind('住院人次达到4.6万,同比增长11.3%。')[0]?.unit).toBe('万人次');
  });
});

describe('extractIndicators: deadlines with a target (issue 3)', () => {
  const deadline = (text: string) => ind(text).filter((i) => i.rule === 'indicator/deadline');

  it('reads 3年内要建成… as a target of 3 years, period as written', () => {
    const [a] = deadline('市中医院3年内要建成三级中医医院。');
    expect([a?.value, a?.unit, a?.target, a?.period]).toEqual([3, '年', true, '3年内']);
  });

  it('reads Chinese numerals and months: 两年内实现, 六个月内完成', () => {
    expect(deadline('两年内实现全覆盖。').map((i) => [i.value, i.unit])).toEqual([[2, '年']]);
    expect(deadline('六个月内完成整改。').map((i) => [i.value, i.unit])).toEqual([[6, '月']]);
    expect(deadline('力争5年内基本消除血吸虫病危害。').map((i) => [i.value, i.target])).toEqual([[5, true]]);
  });

  it('rejects past spans and deadlines without a verb', () => {
    expect(deadline('近三年内,全县新建卫生室10所。')).toEqual([]);
    expect(deadline('过去5年内发生的案件。')).toEqual([]);
    expect(deadline('3年内,我市卫生健康事业发展较快。')).toEqual([]);
  });

  it('keeps numbers in names out: 三年行动计划, 十四五 are no deadlines', () => {
    expect(deadline('实施健康促进三年行动计划。')).toEqual([]);
    expect(ind('编制“十四五”规划。')).toEqual([]);
  });
});

describe('extractIndicators: repeated clauses', () => {
  it('reads a clause repeated verbatim (a boxed summary) as one fact', () => {
    const text = '全市新建卫生室12所,覆盖全部行政村。\n摘要:全市新建卫生室12所,覆盖全部行政村。';
    expect(ind(text).map((i) => i.value)).toEqual([12]);
  });

  it('keeps the same value in different clauses', () => {
    expect(ind('新建卫生室12所。改造卫生院12所。').map((i) => i.value)).toEqual([12, 12]);
  });
});

describe('extractIndicators: units of events, batches and volumes (after the blind gold)', () => {
  it('reads 9起, 12批 and 90000ml', () => {
    expect(ind('妥善处置了9起突发公共卫生事件。').map((i) => [i.value, i.unit])).toEqual([[9, '起']]);
    expect(ind('选派12批111名医护人员驰援一线。').map((i) => [i.value, i.unit])).toEqual([
      [12, '批'],
      [111, '名'],
    ]);
    expect(ind('无偿献血300人/90000ml。').map((i) => [i.value, i.unit])).toEqual([
      [300, '人'],
      [90000, 'ml'],
    ]);
  });

  it('reads 一起 and 一批 as words', () => {
    expect(ind('大家一起努力,建成一批重点项目。')).toEqual([]);
  });
});

describe('extractIndicators: the metric label', () => {
  const metrics = (text: string) => ind(text).map((i) => i.metric);

  it('drops the verb leading to the value and the bound after it', () => {
    expect(metrics('全省人均预期寿命达到78.5岁。')).toEqual(['人均预期寿命']);
    expect(metrics('孕产妇死亡率下降至12.3/10万。')).toEqual(['孕产妇死亡率']);
    expect(metrics('门诊量稳定在300万人次左右。')).toEqual(['门诊量']);
  });

  it("drops a target's lead-in and the scope word", () => {
    expect(metrics('力争到2025年全省三级医院达到300家以上。')).toEqual(['三级医院']);
    expect(metrics('共计参会300人。')).toEqual(['参会']);
  });

  it('names a from/to change by what comes before 由', () => {
    expect(metrics('每千人口床位数由2020年的5.4张增加到5.9张。')).toEqual(['每千人口床位数', '每千人口床位数']);
  });

  it('keeps an action that is the metric itself', () => {
    expect(metrics('新建县域医共体120个。')).toEqual(['新建县域医共体']);
  });
});

describe('extractIndicators: round-2 genre forms', () => {
  it('reads an age band with 及 (65岁及以上老年人) as a qualifier, not a value', () => {
    expect(ind('全县65岁及以上老年人健康管理率达到72%以上。').map((i) => [i.value, i.unit])).toEqual([[72, '%']]);
    expect(ind('3岁以下的婴幼儿托位数达到3.5个。').map((i) => i.unit)).toEqual(['个']);
    // An age as a value stays one.
    expect(ind('人均预期寿命达到78.3岁。').map((i) => [i.value, i.unit])).toEqual([[78.3, '岁']]);
  });

  it('attaches 同比增长百分之N and 比上年增加N(unit) to the value before them', () => {
    const a = ind('安排建设资金156亿元,同比增长百分之十二点四。');
    expect(a.map((i) => i.value)).toEqual([156]);
    expect(a[0]?.change).toEqual({ kind: 'yoy', value: 12.4, unit: '%', direction: 'up' });
    const b = ind('安排专项资金1200万元,比上年增加200万元。');
    expect(b.map((i) => i.value)).toEqual([1200]);
    expect(b[0]?.change).toEqual({ kind: 'yoy', value: 200, unit: '万元', direction: 'up' });
    // An amount in another unit is its own fact.
    expect(ind('建成中医馆20个,比上年增加200万元投入。').map((i) => i.value)).toEqual([20, 200]);
  });

  it('reads tenths (八成以上) as a percentage', () => {
    const [a] = ind('覆盖率达到八成以上。');
    expect([a?.value, a?.unit, a?.approx]).toEqual([80, '%', true]);
    expect(ind('覆盖率达到九成。').map((i) => i.value)).toEqual([90]);
    // 成 inside a word is no tenth (八成员, 建成).
    expect(ind('全县建成八成员小组。')).toEqual([]);
  });
});

describe('extractIndicators: metric labels without verbs', () => {
  const metrics = (text: string) => ind(text).map((i) => i.metric);

  it('drops stacked modals, verbs and approximations before the value', () => {
    expect(metrics('每千人口托位数要达到3.5个。')).toEqual(['每千人口托位数']);
    expect(metrics('平均报告时间缩短至4小时以内。')).toEqual(['平均报告时间']);
    expect(metrics('完成病原学检测近1.2万份。')).toEqual(['完成病原学检测']);
    expect(metrics('全市共有医疗卫生机构8326个。')).toEqual(['医疗卫生机构']);
    expect(metrics('今年全市达标率要达到90%。')).toEqual(['达标率']);
  });

  it('gives the k-th value of 分别 the k-th metric', () => {
    expect(metrics('孕产妇死亡率、婴儿死亡率分别降至13.2/10万和4.1‰。')).toEqual(['孕产妇死亡率', '婴儿死亡率']);
    // Names sharing one head keep the list as written.
    expect(metrics('高血压、糖尿病患者规范管理率分别达到65%、63%。')).toEqual([
      '高血压、糖尿病患者规范管理率',
      '高血压、糖尿病患者规范管理率',
    ]);
  });
});

describe('extractIndicators: rates in words, bare bounds, coordinated counts, enumerations', () => {
  const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);

  it('reads 千分之N as ‰ and 十万分之N as /10万', () => {
    expect(facts('婴儿死亡率降至千分之三点六。')).toEqual([[3.6, '‰']]);
    expect(facts('孕产妇死亡率为十万分之十二点五。')).toEqual([[12.5, '/10万']]);
  });

  it('reads 十余个 and 百余人 as lower bounds', () => {
    const [a] = ind('组建专科联盟十余个。');
    expect([a?.value, a?.unit, a?.approx]).toEqual([10, '个', true]);
    expect(facts('培训基层医生百余人。')).toEqual([[100, '人']]);
    // A bare 十 or 百 stays a word.
    expect(facts('实施百人行动。')).toEqual([]);
  });

  it('reads a small Chinese count coordinated with a count in the same unit (6次…和两次…)', () => {
    expect(facts('开展了5次集中培训和两次应急演练。')).toEqual([
      [5, '次'],
      [2, '次'],
    ]);
  });

  it('does not read enumerations led by 以下/上述 or ending in 方面 as values', () => {
    expect(facts('重点抓好以下8项工作。')).toEqual([]);
    expect(facts('从5个方面推进。')).toEqual([]);
    expect(facts('完成重点工作8项。')).toEqual([[8, '项']]);
  });

  it('reads 单管 as a unit of nucleic-acid tests (日检测能力28.5万单管)', () => {
    expect(facts('日检测能力达28.5万单管。')).toEqual([[28.5, '万单管']]);
  });
});
