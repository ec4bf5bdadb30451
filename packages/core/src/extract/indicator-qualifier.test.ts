import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';

const facts = (text: string) => [...extractIndicators(makeTestDoc(text))].map((i) => [i.value, i.unit]);

describe('extractIndicators: numbers that qualify a value or an event', () => {
  it('reads a streak before a value in its clause as how long the value held', () => {
    expect(facts('全县适龄儿童免疫规划疫苗接种率连续五年稳定在95%以上。')).toEqual([[95, '%']]);
    expect(facts('甲类传染病发病率连续8年保持为零。')).toEqual([[0, '']]);
    expect(facts('基层诊疗量占比连续四年保持在六成左右。')).toEqual([[60, '%']]);
    // A streak alone, or one whose clause ends before the next value, is the fact.
    expect(facts('医院等级评审连续三年获评优秀,门诊量120万人次。')).toEqual([
      [3, '年'],
      [120, '万人次'],
    ]);
  });

  it('names the metric without the streak and its verb', () => {
    const [a] = [...extractIndicators(makeTestDoc('健康档案建档率连续两年保持在92%以上。'))];
    expect(a?.metric).toBe('健康档案建档率');
  });

  it('reads a window of days or hours before a count as no value (近14天, 过去24小时)', () => {
    expect(facts('近14天累计报告发热病例57例。')).toEqual([[57, '例']]);
    expect(facts('过去24小时内新增疑似病例3例。')).toEqual([[3, '例']]);
    // A span that ends its phrase stays a value.
    expect(facts('出院患者平均住院日缩短近1.5天。')).toEqual([[1.5, '天']]);
    expect(facts('平均候诊时间缩短了近3天以上。')).toEqual([[3, '天']]);
  });

  it('reads 为期N天/年 as the length of an event, not a fact', () => {
    expect(facts('培训班为期五天,共培训村医260人。')).toEqual([[260, '人']]);
    expect(facts('开展为期3个月的专项整治。')).toEqual([]);
  });

  it('reads a count inside a 的-phrase before a share as part of the metric (提供8项以上服务的站点占比)', () => {
    expect(facts('能开展8项以上康复服务的社区卫生服务站占比达到75%。')).toEqual([[75, '%']]);
    expect(facts('设有20张以上床位的村卫生室比例超过三成。')).toEqual([[30, '%']]);
    // A count with no share after its 的-phrase stays a value.
    expect(facts('建成10个以上的示范科室。')).toEqual([[10, '个']]);
  });

  it('reads a deadline whose clause holds a value as that value’s period, not as a fact', () => {
    const found = [...extractIndicators(makeTestDoc('两年内为村卫生室招聘乡村医生80名。'))];
    expect(found.map((i) => [i.value, i.unit])).toEqual([[80, '名']]);
    // A deadline alone is still a target.
    expect(facts('五年内要建成区域医疗中心。')).toEqual([[5, '年']]);
  });
});

describe('extractIndicators: counts that point back to named bodies', () => {
  it('reads no count equal to a list of names given earlier in the sentence', () => {
    expect(facts('对甲区人民医院、乙县中医医院予以通报批评,责令两家医院限期整改。')).toEqual([]);
    expect(facts('丙县妇幼保健院、丁县中心卫生院和戊镇卫生院被通报,三家单位须在年底前整改到位。')).toEqual([]);
  });

  it('reads no count after 上述 or 该', () => {
    expect(facts('上述3家医院门诊量合计86.2万人次。')).toEqual([[86.2, '万人次']]);
    expect(facts('责令该2家机构限期整改。')).toEqual([]);
  });

  it('keeps a count closing its own list, or in another sentence', () => {
    expect(facts('甲医院、乙医院等2家医院获评优秀。')).toEqual([[2, '家']]);
    expect(facts('甲医院、乙医院通过评审。全市新增两家医院。')).toEqual([[2, '家']]);
    expect(facts('对甲医院、乙医院进行检查,新增3家医院。')).toEqual([[3, '家']]);
    // 单位 counts bodies only after a list of bodies' names.
    expect(facts('开展义诊和健康讲座,两家单位参与。')).toEqual([[2, '家']]);
  });
});
