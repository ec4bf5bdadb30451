import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { isPerCapitaBase, rateOverBaseAt } from './indicator-per-capita.js';
import { makeTestDoc } from './test-doc.js';

const facts = (text: string) => [...extractIndicators(makeTestDoc(text))].map((i) => [i.value, i.unit]);

describe('per-capita bases', () => {
  it('reads the size of a base (每2万人口, 每千名居民) as no value', () => {
    expect(facts('全县每2万人口急救车数为0.9辆。')).toEqual([[0.9, '辆']]);
    expect(facts('每千名居民拥有社会体育指导员3.1名。')).toEqual([[3.1, '名']]);
    expect(isPerCapitaBase('每5万常住人口', 1)).toBe(true);
    expect(isPerCapitaBase('每百户家庭', 1)).toBe(true);
  });

  it('keeps a count after 每 that is no base (每3个月, 每2年一次)', () => {
    expect(isPerCapitaBase('每3个月随访一次', 1)).toBe(false);
    expect(isPerCapitaBase('共有5万人', 2)).toBe(false);
  });

  it('reads a rate written over 10万 people in /10万, with or without 例 after it', () => {
    expect(facts('全区手足口病报告发病率为每10万人86.3例。')).toEqual([[86.3, '/10万']]);
    expect(facts('梅毒报告发病率下降到每十万人口15.2。')).toEqual([[15.2, '/10万']]);
    expect(facts('孕产妇死亡率为每10万活产儿9.6。')).toEqual([[9.6, '/10万']]);
    expect(rateOverBaseAt('死亡率控制在每万人4.2', 9, 12)).toEqual({ unit: '/万', baseStart: 6, countWord: 0 });
  });

  it('reads 由每10万人A降至每10万人B as one rate with its from/to, and no base in the metric', () => {
    const [a, ...rest] = [...extractIndicators(makeTestDoc('手足口病发病率由每10万人95.2下降到每10万人80.4。'))];
    expect(rest).toEqual([]);
    expect([a?.value, a?.unit, a?.change]).toEqual([
      80.4,
      '/10万',
      { kind: 'from_to', from: 95.2, to: 80.4, unit: '/10万' },
    ]);
    const [b] = [...extractIndicators(makeTestDoc('全区梅毒报告发病率为每10万人口21.7例。'))];
    expect(b?.metric).not.toContain('每10万');
  });

  it('leaves a count over a base that is no rate in its own unit', () => {
    expect(facts('每10万人口拥有康复医师6.2人。')).toEqual([[6.2, '人']]);
    expect(rateOverBaseAt('每10万人口拥有康复医师6.2人', 11, 14)).toBeUndefined();
  });
});

describe('numerals and units of the genre', () => {
  it('reads a Chinese numeral right after 点 (a 站点 or 服务点) without the 点', () => {
    expect(facts('全县建成健康服务点三百余个。')).toEqual([[300, '个']]);
  });

  it('reads 个半天 (half-day sessions) and DDDs as units', () => {
    expect(facts('医联体专家每月到乡镇坐诊不少于4个半天。')).toEqual([[4, '个半天']]);
    expect(facts('门诊抗菌药物使用强度降至28.5DDDs。')).toEqual([[28.5, 'DDDs']]);
  });
});
