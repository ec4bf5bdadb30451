import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

type Level = 'province' | 'prefecture' | 'county';
const names = (text: string, name: string, level: Level = 'county') =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level, name } }))].map((m) => m.name);

describe('extractInstitutions: departments by their usual short forms', () => {
  it('reads 人力社保局 as the human resources and social security bureau', () => {
    expect(names('牵头单位:区人力社保局;配合单位:区财政局。', '清新区')).toContain('清远市清新区人力资源和社会保障局');
    expect(names('市人力社保局负责核定绩效工资总量。', '韶关市', 'prefecture')).toEqual(['韶关市人力资源和社会保障局']);
  });

  it('reads a municipality district’s commissions (区教委, 区农业农村委) as 委员会', () => {
    expect(names('区教委、区农业农村委按职责分工负责。', '大兴区')).toEqual([
      '北京市大兴区教育委员会',
      '北京市大兴区农业农村委员会',
    ]);
  });

  it('reads a data bureau written with its remit (区大数据发展局) as written', () => {
    expect(names('责任单位:区大数据发展局。', '大兴区')).toEqual(['北京市大兴区大数据发展局']);
  });

  it('reads a level’s media centre and emergency dispatch centre (旗融媒体中心, 市120急救指挥中心)', () => {
    expect(names('旗融媒体中心开设健康专栏。', '杭锦旗')).toEqual(['杭锦旗融媒体中心']);
    expect(names('去年,市120急救指挥中心共受理呼救电话3万次。', '通辽市', 'prefecture')).toEqual([
      '通辽市120急救指挥中心',
    ]);
  });

  it('reads no body from a department word without its level (融媒体中心, 农业农村委员会 alone)', () => {
    expect(names('融媒体中心开设健康专栏。', '杭锦旗')).toEqual([]);
    expect(names('学习农业农村委员会的经验做法。', '杭锦旗')).toEqual([]);
  });
});

describe('extractInstitutions: county bureaus named for merged remits', () => {
  it('expands 区发改局, 区教体局, 区文广旅局 to their full names', () => {
    expect(names('区发改局、区教体局、区文广旅局按职责抓好落实。', '清新区')).toEqual([
      '清远市清新区发展和改革局',
      '清远市清新区教育和体育局',
      '清远市清新区文化广电和旅游局',
    ]);
  });

  it('keeps a full name with 和规划 whole (市自然资源和规划局), not the 自然资源 bureau', () => {
    expect(names('市自然资源和规划局负责用地保障。', '韶关市', 'prefecture')).toEqual(['韶关市自然资源和规划局']);
  });
});
