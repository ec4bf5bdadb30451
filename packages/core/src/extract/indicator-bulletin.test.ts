import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { countUnitOfMetric } from './indicator-multiplier-unit.js';
import { makeTestDoc } from './test-doc.js';

const ind = (text: string) => [...extractIndicators(makeTestDoc(text))];
const facts = (text: string) => ind(text).map((i) => [i.value, i.unit]);

describe('extractIndicators: a bare 万 after a metric that names a count', () => {
  it('reads 万人次 when the metric is a number of visits', () => {
    expect(facts('全年全县医疗机构门急诊人次达256.3万,同比增长4.1%。')).toEqual([[256.3, '万人次']]);
    expect(facts('社区卫生服务中心诊疗人次98.7万。')).toEqual([[98.7, '万人次']]);
  });

  it('reads 万人次 after an amount of visits and 亿元/万元 after an amount of money', () => {
    expect(facts('全区门急诊量达到312.6万,同比增长3.4%。')).toEqual([[312.6, '万人次']]);
    expect(facts('全年卫生健康财政投入12.6亿,医保基金支出共45.2亿。')).toEqual([
      [12.6, '亿元'],
      [45.2, '亿元'],
    ]);
  });

  it('reads 万人 when the metric is a population or a number of people', () => {
    expect(facts('全县户籍人口约68万,其中农业人口41万。')).toEqual([
      [68, '万人'],
      [41, '万人'],
    ]);
    expect(facts('年末参保人数已突破500万。')).toEqual([[500, '万人']]);
    expect(facts('全县65岁以上老人4.2万,高血压患者3.1万。')).toEqual([
      [4.2, '万人'],
      [3.1, '万人'],
    ]);
  });

  it('keeps the bare multiplier after any other metric or a written unit', () => {
    expect(facts('全县床位达1.2万,覆盖面积3.2万。')).toEqual([
      [1.2, '万'],
      [3.2, '万'],
    ]);
    expect(facts('门急诊人次达256.3万人次。')).toEqual([[256.3, '万人次']]);
    expect(countUnitOfMetric('全市常住人口已超过')).toBe('人');
    expect(countUnitOfMetric('人次数据显示')).toBeUndefined();
  });
});

describe('extractIndicators: bulletin units', () => {
  it('reads bed-days as one unit (床日), not beds', () => {
    expect(facts('医师日均担负诊疗8.1人次和住院1.9床日。')).toEqual([
      [8.1, '人次'],
      [1.9, '床日'],
    ]);
    expect(facts('新增床位120床。')).toEqual([[120, '床']]);
  });

  it('reads a change in points per 100,000 as the change of a rate per 100,000', () => {
    const [a, ...rest] = ind('全县孕产妇死亡率为10.4/10万,比上年下降3.6个十万分点。');
    expect(rest).toEqual([]);
    expect([a?.value, a?.unit]).toEqual([10.4, '/10万']);
    expect(a?.change).toMatchObject({ value: 3.6, unit: '个十万分点', direction: 'down' });
  });
});

describe('extractIndicators: a change against the end of last year', () => {
  it('attaches 较去年底增加 / 比上年末下降 to the level before it', () => {
    const [a, ...rest] = ind('每千人口托位数达到3.4个,较去年底增加0.5个。');
    expect(rest).toEqual([]);
    expect(a?.change).toMatchObject({ value: 0.5, unit: '个', direction: 'up' });
    expect(ind('贫困人口患病率为2.1%,比上年末下降0.3个百分点。')[0]?.change).toMatchObject({ value: 0.3 });
  });
});

describe('extractIndicators: a small count written after the bodies it counts', () => {
  it('reads 科室五个 and 医共体两个 at the end of a clause, and 建好两个次中心', () => {
    expect(facts('县中医院新开设科室五个,新建医共体两个。')).toEqual([
      [5, '个'],
      [2, '个'],
    ]);
    expect(facts('今年要建好两个县域医疗卫生次中心。')).toEqual([[2, '个']]);
  });

  it('reads no count when a noun follows (科室五个方面) or no body precedes (抓好三个)', () => {
    expect(facts('重点抓好三个,做到两个。')).toEqual([]);
    expect(facts('科室五个方面的工作。')).toEqual([]);
  });
});

describe('extractIndicators: tenths with a bound before a noun', () => {
  it('reads 八成以上乡镇卫生院 as 80% or more, glued to a verb too', () => {
    expect(ind('确保八成以上乡镇卫生院能开展一级手术。').map((i) => [i.value, i.unit, i.approx])).toEqual([
      [80, '%', true],
    ]);
    expect(facts('力争九成左右村卫生室实现医保结算。')).toEqual([[90, '%']]);
  });

  it('reads no share in 成 words without a bound (一成不变, 三成员)', () => {
    expect(facts('制度一成不变,三成员单位参加。')).toEqual([]);
  });
});

describe('extractIndicators: counts and ages that state no fact', () => {
  it('reads no value in a bound count after a share of bodies', () => {
    expect(facts('96.2%的社区卫生服务中心能够提供8类以上中医药技术方法。')).toEqual([[96.2, '%']]);
    expect(facts('90%以上的村卫生室可以提供4类以上适宜技术。')).toEqual([[90, '%']]);
    // Without a share before it, or without 以上, the count is a value.
    expect(facts('全县乡镇卫生院能够提供8类以上中医药技术方法。')).toEqual([[8, '类']]);
    expect(facts('95%的村卫生室配备了3台设备。')).toEqual([
      [95, '%'],
      [3, '台'],
    ]);
  });

  it('reads no value in a limited count after a share written as a fraction (三分之一的X只有1名)', () => {
    expect(facts('全县仍有约四分之一的卫生室只有1名医生。').filter(([, u]) => u === '名')).toEqual([]);
    expect(facts('全县卫生室只有1名医生的有36个。')).toContainEqual([1, '名']);
  });

  it('reads no value in the definition of a quoted numbered formula', () => {
    expect(facts('“两个一”即每个村配齐一名村医、每户签约一个团队。')).toEqual([]);
    expect(facts('“1”即县医院,“N”即县妇幼保健院和12家乡镇卫生院。')).toEqual([]);
    // The sentence after the definition states facts again.
    expect(facts('“两个一”即每村一名村医。目前已配齐村医126名。')).toEqual([[126, '名']]);
  });

  it('reads no new value in a sample named again by its participle (抽查的460份病历中)', () => {
    expect(facts('共查阅病历320份。抽查的320份病历中,甲级病历率为93.5%。')).toEqual([
      [320, '份'],
      [93.5, '%'],
    ]);
    // A sample not counted before is a fact of its own.
    expect(facts('抽查的1320份病历中,甲级病历率为93.5%。')).toEqual([
      [1320, '份'],
      [93.5, '%'],
    ]);
    expect(facts('共查阅病历1320份。抽查的320份病历中,甲级病历率为93.5%。')).toContainEqual([320, '份']);
  });

  it('reads no value in the age a recommendation starts at', () => {
    expect(facts('有高危因素的女性应从35岁开始定期筛查。')).toEqual([]);
    expect(facts('建议40岁起每年检查一次眼底。')).toEqual([]);
    expect(facts('全市人均预期寿命达到79.8岁。')).toEqual([[79.8, '岁']]);
  });
});
