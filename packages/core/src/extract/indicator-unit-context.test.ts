import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { unitFitsContext } from './indicator-unit-context.js';
import { makeTestDoc } from './test-doc.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];
const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);

describe('extractIndicators: scores in 分', () => {
  it('reads scores after Arabic digits, a list of them and one in brackets', () => {
    expect(facts('甲县、乙县年度考核得分分别为96.5分和90.1分。')).toEqual([
      [96.5, '分'],
      [90.1, '分'],
    ]);
    expect(facts('其中市妇幼保健院(93.6分)位居第二。')).toEqual([[93.6, '分']]);
    expect(facts('对未按期整改的单位扣除年度考核得分5分。')).toEqual([[5, '分']]);
  });

  it('gives a score its change in 分 (平均得分88.7分,比上年提高2.3分)', () => {
    const [a, ...rest] = ind('各县(市、区)平均得分88.7分,比上年提高2.3分。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.unit, a?.change]).toEqual([
      88.7,
      '分',
      { kind: 'yoy', value: 2.3, unit: '分', direction: 'up' },
    ]);
  });

  it('reads a score before a word only in a clause about scores', () => {
    expect(facts('群众满意度测评得分94.2分位居全省前列。')).toEqual([[94.2, '分']]);
    expect(facts('建议使用1280分辨率浏览本站。')).toEqual([]);
  });

  it('reads no score in a time of day, in a Chinese numeral or in a fraction', () => {
    expect(facts('会议于上午9时30分开幕。')).toEqual([]);
    expect(facts('定于4月8日上午8:30分召开考核工作推进会。')).toEqual([]);
    expect(facts('这项工作十分重要,要三分部署、七分落实。')).toEqual([]);
    expect(facts('约占总量的3分之1。')).toEqual([]);
  });
});

describe('extractIndicators: pairs and operations', () => {
  it('reads 对 (pairs) at the end of a phrase, not 1对1', () => {
    expect(facts('组织城乡医院结对帮扶56对,开展1对1带教。')).toEqual([[56, '对']]);
  });

  it('reads 台次 and 万台次 as one unit', () => {
    expect(facts('全年开展日间手术2.46万台次,介入手术860台次。')).toEqual([
      [2.46, '万台次'],
      [860, '台次'],
    ]);
  });
});

describe('unitFitsContext', () => {
  it('lets every other unit fit', () => {
    expect(unitFitsContext({ text: '十个', clauseStart: 0, start: 0, unit: '个', unitEnd: 2, arabic: false })).toBe(
      true,
    );
  });
});
