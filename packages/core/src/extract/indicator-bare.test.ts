import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { bareUnitAt } from './indicator-bare.js';
import { makeTestDoc } from './test-doc.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];
const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);

describe('extractIndicators: a rate reported as zero', () => {
  it('reads 为零 and 为0 after a rate, with the rate’s conventional unit', () => {
    expect(facts('辖区孕产妇死亡率为零。')).toEqual([[0, '/10万']]);
    expect(facts('全年婴儿死亡率为0,5岁以下儿童死亡率降至4.2‰。')).toEqual([
      [0, '‰'],
      [4.2, '‰'],
    ]);
    // Another rate keeps no unit rather than a guessed one.
    expect(facts('医疗纠纷发生率降为零。')).toEqual([[0, '']]);
    expect(ind('孕产妇死亡率为零。')[0]?.metric).toBe('孕产妇死亡率');
  });

  it('reads no zero in words (零容忍, 零距离, 零死亡) or after anything but a rate', () => {
    expect(facts('对违规行为零容忍,服务群众零距离,实现孕产妇零死亡。')).toEqual([]);
    expect(facts('本月新增病例为零。')).toEqual([]);
  });
});

describe('extractIndicators: an index without a unit', () => {
  it('reads an index with from/to, a bound and a level', () => {
    const [a, ...rest] = ind('城区容器指数由16.2降至7.5。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.unit, a?.metric, a?.change]).toEqual([
      7.5,
      '',
      '城区容器指数',
      { kind: 'from_to', from: 16.2, to: 7.5, unit: '' },
    ]);
    expect(facts('力争成蚊密度指数控制在2以下。')).toEqual([[2, '']]);
    expect(facts('全院病例组合指数(CMI)达到1.12。')).toEqual([[1.12, '']]);
  });

  it('reads no bare number after words that are no index', () => {
    expect(facts('清廉指数建设2025年启动,全年完成检查。')).toEqual([]);
    expect(facts('满意度调查结果为96。')).toEqual([]);
  });
});

describe('bareUnitAt', () => {
  it('returns undefined for a number followed by a unit or a word', () => {
    expect(bareUnitAt({ text: '死亡率为0.5%', clauseStart: 0, start: 4, end: 7, value: 0.5 })).toBeUndefined();
    expect(bareUnitAt({ text: '死亡率为零星', clauseStart: 0, start: 4, end: 5, value: 0 })).toBeUndefined();
  });
});

describe('extractIndicators: an index named by its acronym', () => {
  it('reads CMI值 with a from/to and a target level', () => {
    const [a, ...rest] = ind('全院CMI值由0.96提升至1.04。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.unit, a?.change]).toEqual([1.04, '', { kind: 'from_to', from: 0.96, to: 1.04, unit: '' }]);
    expect(facts('力争CMI达到1.10以上。')).toEqual([[1.1, '']]);
  });

  it('reads no bare number after an acronym with no verb (PM2.5)', () => {
    expect(facts('PM2.5年均浓度持续下降。')).toEqual([]);
  });
});
