import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';
import type { IndicatorMention } from './types.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];
const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);
const changeOf = (i: IndicatorMention) => (i.change && 'value' in i.change ? i.change.value : undefined);

describe('extractIndicators: compound and area units', () => {
  it('reads 家次 (bodies × visits) as one unit, not 家', () => {
    expect(facts('全年抽查养老机构326家次。')).toEqual([[326, '家次']]);
    expect(facts('新增定点机构12家。')).toEqual([[12, '家']]);
  });

  it('reads 亩 and 万亩 (planted area)', () => {
    expect(facts('全县道地药材种植面积达到18.3万亩。')).toEqual([[18.3, '万亩']]);
    expect(facts('新建标准化种植基地600亩。')).toEqual([[600, '亩']]);
  });

  it('reads 个工作日 as one unit, and a from/to in it as one fact', () => {
    expect(facts('医师执业注册办结时限缩短至3个工作日。')).toEqual([[3, '个工作日']]);
    const [a, ...rest] = ind('不动产抵押审批时限由20个工作日压缩至8个工作日。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.unit, a?.change]).toEqual([
      8,
      '个工作日',
      { kind: 'from_to', from: 20, to: 8, unit: '个工作日' },
    ]);
  });
});

describe('extractIndicators: more counting units', () => {
  it('reads 公顷, 平方公里, 册, 期, 笔 and 管 after Arabic digits', () => {
    expect(facts('新增绿化面积2.1公顷,服务半径覆盖120平方公里。')).toEqual([
      [2.1, '公顷'],
      [120, '平方公里'],
    ]);
    expect(facts('发放健康手册5000册,举办培训班12期。')).toEqual([
      [5000, '册'],
      [12, '期'],
    ]);
    expect(facts('完成医保移动支付3.2万笔,检测样本36.5万管。')).toEqual([
      [3.2, '万笔'],
      [36.5, '万管'],
    ]);
  });

  it('reads 场次 as one unit (下乡义诊120余场次)', () => {
    expect(facts('全年下乡义诊120余场次,服务群众8600人次。')).toEqual([
      [120, '场次'],
      [8600, '人次'],
    ]);
  });

  it('reads no count in a phase or a figure of speech (二期工程, 一笔账, 两管齐下)', () => {
    expect(facts('二期工程明年完工,算好一笔账,做到两管齐下。')).toEqual([]);
  });
});

describe('extractIndicators: a service radius', () => {
  it('reads no value in 15分钟健康服务圈 or 30分钟急救圈, but keeps a response time', () => {
    expect(facts('建立30分钟急救圈和15分钟医疗服务圈。')).toEqual([]);
    expect(facts('全市院前急救平均反应时间为11.2分钟。')).toEqual([[11.2, '分钟']]);
    expect(facts('平均候诊时间缩短至20分钟,群众满意。')).toEqual([[20, '分钟']]);
  });
});

describe('extractIndicators: spoken amounts', () => {
  it('reads 个亿 as 亿元 (1.6个亿, 两个多亿)', () => {
    expect(facts('全年争取上级补助资金1.6个亿。')).toEqual([[1.6, '亿元']]);
    const [a] = ind('三年来累计投入两个多亿。');
    expect([a?.value, a?.unit, a?.approx]).toEqual([2, '亿元', true]);
  });

  it('reads 个多百分点 as points with a lower bound, the change of the rate before it', () => {
    const [a, ...rest] = ind('住院分娩率达到99.2%,比2018年提高了4个多百分点。');
    expect(rest).toEqual([]);
    expect([a?.value, changeOf(a as IndicatorMention), a?.change?.unit]).toEqual([99.2, 4, '个百分点']);
    const [b] = ind('基层就诊占比提升了3个多百分点。');
    expect([b?.value, b?.unit, b?.approx]).toEqual([3, '个百分点', true]);
  });

  it('reads 比上一年多了/较去年少了 N as the change of the value before it', () => {
    const [a, ...rest] = ind('全年门诊量56万人次,比上一年多了4万人次。');
    expect(rest).toEqual([]);
    expect(a?.change).toMatchObject({ kind: 'yoy', value: 4, direction: 'up' });
    const [b, ...others] = ind('全年发生医疗纠纷7起,较去年少了3起。');
    expect(others).toEqual([]);
    expect(b?.change).toMatchObject({ kind: 'yoy', value: 3, direction: 'down' });
  });

  it('keeps 多/少 that are no comparison out of changes (至少3名, 多数)', () => {
    expect(facts('每个乡镇卫生院至少配备全科医生3名,比上年新增的多数在村级。')).toEqual([[3, '名']]);
  });
});

describe('extractIndicators: tenths before their noun, changes after a list', () => {
  it('reads tenths after a bound even before the noun they measure (近三成患者)', () => {
    const [a] = ind('近三成患者首诊选择基层医疗机构。');
    expect([a?.value, a?.unit, a?.approx]).toEqual([30, '%', true]);
    expect(facts('超过五成群众参与健康促进活动。')).toEqual([[50, '%']]);
    // With no bound, 成 before a noun is a word (三成员, 一成不变).
    expect(facts('工作组三成员到场,格局一成不变。')).toEqual([]);
  });

  it('gives 分别增长 after a list of values one change each (收入…、支出…,分别增长7.3%、8.1%)', () => {
    const got = ind('全县医保基金收入12.6亿元、支出11.9亿元,分别增长6.1%、7.4%。');
    expect(got.map((i) => [i.value, changeOf(i)])).toEqual([
      [12.6, 6.1],
      [11.9, 7.4],
    ]);
  });
});
