import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { isDeterminerCount } from './indicator-determiner.js';
import { makeTestDoc } from './test-doc.js';

const facts = (text: string) => [...extractIndicators(makeTestDoc(text))].map((i) => [i.value, i.unit]);

describe('counts that determine their noun', () => {
  it('reads 一 after a verb of becoming as the article', () => {
    expect(facts('立志做一名扎根基层的好医生。')).toEqual([]);
    expect(facts('争当一名合格的家庭医生。')).toEqual([]);
    expect(facts('今年新招聘1名全科医生。')).toEqual([[1, '名']]);
  });

  it('reads a small count of bodies opening its clause as the subject', () => {
    expect(facts('三家牵头医院要主动下沉专家。')).toEqual([]);
    expect(facts('年内两家医联体完成信息平台对接。')).toEqual([]);
    expect(facts('来自三家市级医院的40名专家参加义诊。')).toEqual([[40, '名']]);
  });

  it('keeps a count that is the predicate or is built (有两家医院, 新建三家中心)', () => {
    expect(facts('全市有两家医院。')).toEqual([[2, '家']]);
    expect(facts('新建三家社区卫生服务中心。')).toEqual([[3, '家']]);
    expect(facts('全县12家医院参加培训。')).toEqual([[12, '家']]);
  });

  it('reads a numbered set of rules as a name, unless a verb makes it', () => {
    expect(facts('严格执行十八项核心制度。')).toEqual([]);
    expect(facts('今年修订了十五项管理制度。')).toEqual([[15, '项']]);
    expect(
      isDeterminerCount({ text: '落实十条禁令', raw: '十', start: 2, clauseStart: 0, unit: '条', unitEnd: 4 }),
    ).toBe(true);
  });
});
