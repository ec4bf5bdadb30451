import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];

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
