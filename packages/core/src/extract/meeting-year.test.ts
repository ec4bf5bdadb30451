import { describe, expect, it } from 'vitest';
import { turnOfYear, yearNamed } from './meeting-year.js';

describe('yearNamed: the year a text is written in, from the years it names', () => {
  it('takes the latest plain year, and a target year only when no other is written', () => {
    expect(yearNamed('2024年全县门诊量增长5%,力争到2027年实现全覆盖。')).toBe(2024);
    expect(yearNamed('力争到2030年基本建成体系。')).toBe(2030);
  });

  it('reads a comparison base (比/较 X年, 与X年相比) as a year gone by, not the text year', () => {
    expect(yearNamed('今年全区住院量比2021年提高了3个百分点。')).toBe(2022);
    expect(yearNamed('截至今年9月底,签约率较2020年增长12%。')).toBe(2021);
    expect(yearNamed('与2019年相比,今年床位数增加200张。')).toBe(2020);
  });

  it('puts a text comparing with a base and planning a near target in the year before the target', () => {
    expect(yearNamed('诊疗量占比比2021年提高了5个百分点;力争到2025年底实现村卫生室全覆盖。')).toBe(2024);
    // A far target says nothing of the year: the one after the base.
    expect(yearNamed('就诊率较2020年提高4个百分点,到2035年建成健康城市。')).toBe(2021);
  });

  it('keeps a plain year later than the base (2025年…较2023年提高)', () => {
    expect(yearNamed('2025年全市县域内就诊率为84.3%,较2023年提高6.1个百分点。')).toBe(2025);
  });
});

describe('turnOfYear: a text reviewing one year and planning the next', () => {
  it('gives the year reviewed when the latest year is only planned (2026年要, 部署2026年工作)', () => {
    expect(turnOfYear('2025年全市诊疗量增长5%。2026年要持续推进医共体建设。')).toBe(2025);
    expect(turnOfYear('会议总结2024年工作,部署2025年工作。')).toBe(2024);
  });

  it('gives none when the latest year is also written plainly, or no year before it is', () => {
    expect(turnOfYear('2026年1月,全市召开会议。2026年要抓好落实。2025年诊疗量增长5%。')).toBeUndefined();
    expect(turnOfYear('2026年要持续推进医共体建设。')).toBeUndefined();
  });
});
