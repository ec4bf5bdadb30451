import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';
import type { IndicatorMention } from './types.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];
const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);
const changeOf = (i: IndicatorMention) => (i.change && 'value' in i.change ? i.change.value : undefined);

describe('extractIndicators: changes in percentage points and against a base year', () => {
  it('attaches 比上年提高/下降N个百分点 to the percentage before it', () => {
    const [a, ...rest] = ind('全区孕产妇系统管理率为91.3%,较上年提高2.4个百分点。');
    expect(rest).toEqual([]);
    expect(a?.change).toEqual({ kind: 'yoy', value: 2.4, unit: '个百分点', direction: 'up' });
    expect(ind('院内感染发生率为3.1%,比上年下降0.6个百分点。')[0]?.change).toMatchObject({ direction: 'down' });
    // An approximation between the verb and the amount (提高约3个百分点).
    expect(facts('居民健康素养水平达到28.5%,比上年提高约3个百分点。')).toEqual([[28.5, '%']]);
  });

  it('reads 分别提高1.5个和0.4个百分点 as one change per rate, the first 个 sharing the points unit', () => {
    const got = ind('城市达标率为88.2%,农村达标率为79.6%,较上年分别提高1.5个和0.4个百分点。');
    expect(got.map((i) => [i.value, changeOf(i), i.change?.unit])).toEqual([
      [88.2, 1.5, '个百分点'],
      [79.6, 0.4, '个百分点'],
    ]);
  });

  it('attaches a change against a base named after its year (比2023年专项督查下降3.2个百分点)', () => {
    const got = ind('问题检出率为12.4%,比2023年专项督查下降3.2个百分点。');
    expect(got.map((i) => [i.value, changeOf(i)])).toEqual([[12.4, -3.2]]);
    // 分别 after the year still marks a list of changes, not part of the base.
    const list = ind('甲率为50%,乙率为60%,较2023年分别提高2个和3个百分点。');
    expect(list.map((i) => changeOf(i))).toEqual([2, 3]);
  });

  it('keeps percentage points after a value that is no percentage as a fact of their own', () => {
    expect(facts('门诊量48万人次,比上年提高2.1个百分点。')).toEqual([
      [48, '万人次'],
      [2.1, '个百分点'],
    ]);
  });

  it('reads 较2015年提高2.1岁 as an increase over the named base year', () => {
    const [a, ...rest] = ind('全县人均预期寿命达到80.3岁,比2015年提高2.1岁。');
    expect(rest).toEqual([]);
    expect(a?.change).toEqual({ kind: 'increase_vs_base', value: 2.1, unit: '岁' });
  });

  it('attaches an amount with another multiplier of the same unit (亿元, 万元)', () => {
    const [a, ...rest] = ind('全年投入卫生资金2.3亿元,较上年增加3500万元。');
    expect(rest).toEqual([]);
    expect(a?.change).toMatchObject({ value: 3500, unit: '万元' });
  });
});

describe('extractIndicators: 分别 lists of changes', () => {
  it('gives the k-th change of 分别比上年增加A和B to the k-th value before it', () => {
    const found = ind('每千人口执业医师2.9人,每千人口注册护士3.3人,分别比上年增加0.2人和0.3人。');
    expect(found.map((i) => [i.value, i.change?.kind === 'yoy' ? i.change.value : undefined])).toEqual([
      [2.9, 0.2],
      [3.3, 0.3],
    ]);
  });

  it('handles three values joined by 、 and 和', () => {
    const found = ind(
      '床位2.1万张,医师1.2万人,护士1.5万人;每千人口医师2.6人、护士3.1人、药师0.4人,分别比上年增加0.1人、0.2人和0.05人。',
    );
    expect(found.map((i) => i.value)).toEqual([2.1, 1.2, 1.5, 2.6, 3.1, 0.4]);
    expect(found.at(-1)?.change).toMatchObject({ value: 0.05, unit: '人' });
  });
});

describe('extractIndicators: from/to with 缩短 and days', () => {
  it('reads 由A缩短至B as one fact with a from/to change', () => {
    const found = ind('二级医院平均住院日由9.2天缩短至8.7天。');
    expect(found.map((i) => i.value)).toEqual([8.7]);
    expect(found[0]?.change).toEqual({ kind: 'from_to', from: 9.2, to: 8.7, unit: '天' });
  });

  it('reads 日 as a unit of days only with a fraction (13日 is a date)', () => {
    expect(facts('出院者平均住院日由8.4日缩短至8.1日。')).toEqual([[8.1, '日']]);
    expect(facts('会议于3月15日召开。')).toEqual([]);
  });

  it('reads 类 as a unit (6类以上) but not a small Chinese count of kinds', () => {
    expect(facts('每个卫生院能提供6类以上适宜技术。')).toEqual([[6, '类']]);
    expect(facts('重点关注两类人群。')).toEqual([]);
  });
});

describe('extractIndicators: more change forms', () => {
  it('attaches 较去年同期增长 and a bare change verb in % or points (,增长5.2%; ,增幅达8.3%; ,提高了2.1个百分点)', () => {
    expect(facts('门诊量120万人次,较去年同期增长5.2%。')).toEqual([[120, '万人次']]);
    expect(facts('出院人数8.2万人,下降3.1%。')).toEqual([[8.2, '万人']]);
    expect(ind('全年服务12万人次,增幅达8.3%。')[0]?.change).toMatchObject({ value: 8.3, unit: '%' });
    expect(facts('签约率达45%,提高了2.1个百分点。')).toEqual([[45, '%']]);
  });

  it('keeps a bare change verb of a count, or of another subject, as its own fact', () => {
    expect(facts('建成中医馆20个,增加5个。')).toEqual([
      [20, '个'],
      [5, '个'],
    ]);
    expect(facts('门诊量120万人次,住院增长5.2%。')).toEqual([
      [120, '万人次'],
      [5.2, '%'],
    ]);
  });

  it('reads 个千分点 as a change of a ‰ rate', () => {
    const [a, ...rest] = ind('婴儿死亡率为3.2‰,比上年降低0.3个千分点。');
    expect(rest).toEqual([]);
    expect(a?.change).toMatchObject({ value: 0.3, unit: '个千分点', direction: 'down' });
  });

  it('keeps the first of two changes of one value and reads the second as no fact', () => {
    const [a, ...rest] = ind('床位使用率85.2%,同比提高1.2个百分点,较2020年提高3.5个百分点。');
    expect(rest).toEqual([]);
    expect(a?.change).toMatchObject({ value: 1.2 });
  });

  it('gives 分别 changes to values whose names are joined by 和', () => {
    const found = ind('总诊疗人次和出院人数分别为120万人次和8万人,同比分别增长3.2%和4.1%。');
    expect(found.map((i) => [i.metric, i.change?.kind === 'yoy' ? i.change.value : undefined])).toEqual([
      ['总诊疗人次', 3.2],
      ['出院人数', 4.1],
    ]);
  });
});

describe('extractIndicators: where a change phrase may stand', () => {
  it('attaches a change against a named base that opens the clause after the value’s own clause', () => {
    const [a, ...rest] = ind('全县已有二十一家村卫生室达到服务能力基本标准,较2023年底增加6家。');
    expect(rest).toEqual([]);
    expect(a?.change).toEqual({ kind: 'increase_vs_base', value: 6, unit: '家' });
  });

  it('reads a change after a new subject as that subject’s, not the value’s (5个社区门诊量同比增长6%)', () => {
    const found = ind('5个社区卫生服务中心门诊量同比增长6%至9%。');
    expect(found.map((i) => [i.value, i.valueMin, i.unit, i.change])).toEqual([
      [5, undefined, '个', undefined],
      [9, 6, '%', undefined],
    ]);
    // A bare change verb after a comma and a new subject stays a fact of its own, as before.
    expect(facts('床位1200张,使用率提高5%。')).toEqual([
      [1200, '张'],
      [5, '%'],
    ]);
  });

  it('reads an increase over the end or start of a plan period (比“十四五”末, 较“十三五”期末)', () => {
    const [a, ...rest] = ind('全市每千人口床位数达到7.1张,比“十四五”末增加0.8张。');
    expect(rest).toEqual([]);
    expect(a?.change).toEqual({ kind: 'increase_vs_base', value: 0.8, unit: '张' });
    expect(ind('人均预期寿命79.6岁,较“十三五”期末提高1.2岁。')[0]?.change).toMatchObject({ value: 1.2 });
  });

  it('reads a difference from a reference level (低于/高于全省平均水平, 比全国平均水平高出)', () => {
    const [a, ...rest] = ind('居民健康素养水平为26.4%,低于全省平均水平2.3个百分点。');
    expect(rest).toEqual([]);
    expect(a?.change).toEqual({ kind: 'increase_vs_base', value: -2.3, unit: '个百分点' });
    expect(ind('全科医生数4.6人,比全国平均水平高出0.8人。')[0]?.change).toEqual({
      kind: 'increase_vs_base',
      value: 0.8,
      unit: '人',
    });
  });

  it('reads 环比 as a change against the period before, not a year', () => {
    const [a] = ind('本周报告病例46例,环比下降12.5%。');
    expect(a?.change).toEqual({ kind: 'increase_vs_base', value: -12.5, unit: '%' });
  });

  it('reads a change against a month (较2月下降, 比上月增加) as an increase over that month', () => {
    const [a, ...rest] = ind('3月全市基层诊疗量占比为56.2%,较2月下降0.8个百分点。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.change]).toEqual([56.2, { kind: 'increase_vs_base', value: -0.8, unit: '个百分点' }]);
    expect(ind('本月出院1.2万人次,比上月增加1200人次。').map((i) => [i.value, changeOf(i)])).toEqual([[1.2, 1200]]);
  });

  it('reads a difference from a target (超出控制目标, 高于年度目标) as an increase over it', () => {
    const [a, ...rest] = ind('门诊抗菌药物使用率为21.7%,超出控制目标1.7个百分点。');
    expect(rest).toEqual([]);
    expect(a?.change).toEqual({ kind: 'increase_vs_base', value: 1.7, unit: '个百分点' });
    expect(ind('平均住院日为9.1天,低于年度目标0.6天。')[0]?.change).toEqual({
      kind: 'increase_vs_base',
      value: -0.6,
      unit: '天',
    });
  });
});

describe('extractIndicators: a change written before its level', () => {
  it('gives 提高N个百分点、达X% and 提高N个百分点至X% to the level', () => {
    const [a, ...rest] = ind('老年人健康管理率提高4.1个百分点、达到68.3%。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.metric, a?.change]).toEqual([
      68.3,
      '老年人健康管理率',
      { kind: 'yoy', value: 4.1, unit: '个百分点', direction: 'up' },
    ]);
    expect(ind('全区家庭医生签约率比上年提高3个百分点至61.5%。').map((i) => [i.value, i.metric])).toEqual([
      [61.5, '家庭医生签约率'],
    ]);
  });

  it('keeps two levels joined by 达 as two facts', () => {
    expect(facts('新建卫生室12所,达到180所。')).toEqual([
      [12, '所'],
      [180, '所'],
    ]);
  });
});

describe('extractIndicators: multiples, ordinary days, the schedule and restated counts (probe8/probe9 round)', () => {
  it('attaches a change in 倍 against a month or ordinary days to the count before it', () => {
    const got = ind('其他感染性腹泻病报告发病312例,较3月上升0.8倍。');
    expect(got.map((i) => [i.value, i.unit, i.change])).toEqual([
      [312, '例', { kind: 'increase_vs_base', value: 0.8, unit: '倍' }],
    ]);
    const calls = ind('全县120指挥中心受理呼救215次,较平日增长近一倍。');
    expect(calls.map((i) => [i.value, changeOf(i), i.change?.unit])).toEqual([[215, 1, '倍']]);
  });

  it('attaches 是2022年的N倍 to the level before it, and reads 是N倍 alone as no change', () => {
    const got = ind('远程会诊服务达到1.2万例,是2022年的2.5倍。');
    expect(got.map((i) => [i.value, i.unit, i.change?.kind, changeOf(i)])).toEqual([
      [1.2, '万例', 'increase_vs_base', 2.5],
    ]);
    // A multiple whose base is no time stays out of the level before it.
    expect(ind('签约居民达到5000人,是目标的2倍。').map((i) => i.change ?? null)).toEqual([null, null]);
  });

  it('reads 超序时进度N个百分点 as the share’s change against the schedule', () => {
    const got = ind('已完成投资2.4亿元,占年度计划的72%,超序时进度5.3个百分点。');
    expect(got.map((i) => [i.value, i.change?.kind, changeOf(i)])).toEqual([
      [2.4, undefined, undefined],
      [72, 'increase_vs_base', 5.3],
    ]);
    expect(changeOf(ind('完成率为41%,落后序时进度6个百分点。')[0] as IndicatorMention)).toBe(-6);
  });

  it('attaches 发病数同比下降 to the count, not the rate, read earlier in the sentence', () => {
    const got = ind('丙类传染病:报告发病820例,死亡0例,报告发病率为12.50/10万,发病数同比下降6.1%。');
    expect(got.map((i) => [i.value, i.change && 'value' in i.change ? i.change.value : null])).toEqual([
      [820, 6.1],
      [0, null],
      [12.5, null],
    ]);
    // A new subject that names no value of the sentence keeps its own rate.
    expect(facts('全院出院患者2.1万人次,门诊人次同比增长9.4%。')).toEqual([
      [2.1, '万人次'],
      [9.4, '%'],
    ]);
  });
});
