import { describe, expect, it } from 'vitest';
import { extractIndicators } from './indicator.js';
import { makeTestDoc } from './test-doc.js';

const facts = (text: string) => [...extractIndicators(makeTestDoc(text))].map((i) => [i.value, i.unit]);

describe('extractIndicators: Chinese numerals glued to the word before them', () => {
  it('reads a compound numeral before a unit (服务站一百三十七个, 护士不少于四十名)', () => {
    expect(facts('全区现有社区卫生服务站一百三十七个。')).toEqual([[137, '个']]);
    expect(facts('年内新招聘护士不少于四十名。')).toEqual([[40, '名']]);
    expect(facts('远程心电覆盖全部十四个乡镇。')).toEqual([[14, '个']]);
  });

  it('reads a digit from 二 to 九 before a unit that is no enumeration (其中政府办三家)', () => {
    expect(facts('其中政府办三家,社会办九所。')).toEqual([
      [3, '家'],
      [9, '所'],
    ]);
  });

  it('reads tenths after a bound word, also before 的 (超过三成, 近八成的乡镇)', () => {
    expect(facts('签约率超过三成。')).toEqual([[30, '%']]);
    expect(facts('服务覆盖近八成的乡镇。')).toEqual([[80, '%']]);
  });

  it("reads tenths after a value and a change phrase as that value's change (比上年下降三成左右)", () => {
    const got = [...extractIndicators(makeTestDoc('全年发生医疗纠纷42件，比上年下降三成左右。'))];
    expect(got.map((i) => [i.value, i.unit, i.change?.kind])).toEqual([[42, '件', 'yoy']]);
    expect(facts('全年发生医疗纠纷42件，调解成功率超过三成。')).toEqual([
      [42, '件'],
      [30, '%'],
    ]);
  });

  it('reads a small count of bodies after a building verb (组建三个城市医疗集团)', () => {
    expect(facts('今年组建三个城市医疗集团。')).toEqual([[3, '个']]);
    expect(facts('新建两家社区医院。')).toEqual([[2, '家']]);
  });

  it('keeps numerals inside words and enumerations out', () => {
    expect(facts('推进一体化管理,做好三个方面工作。')).toEqual([]);
    expect(facts('建立两个机制,落实一人一档。')).toEqual([]);
    expect(facts('建立一套制度、建设一个特色专科、培养一批骨干。')).toEqual([]);
    expect(facts('学习贯彻党的十九大精神。')).toEqual([]);
  });
});

describe('extractIndicators: a Chinese numeral ending in 万/亿', () => {
  it('reads the trailing 万/亿 as the multiplier of the unit', () => {
    expect(facts('全年门诊量达二百零五万人次。')).toEqual([[205, '万人次']]);
    expect(facts('县财政投入资金三点五亿元。')).toEqual([[3.5, '亿元']]);
  });

  it('keeps a numeral with 万 inside it as one number (两万三千名)', () => {
    expect(facts('为两万三千余名老年人体检。')).toEqual([[23000, '名']]);
  });
});

describe('extractIndicators: more Chinese-numeral forms', () => {
  it('reads 近千/近万 as approximate round values', () => {
    const [a] = [...extractIndicators(makeTestDoc('受益群众近万人。'))];
    expect([a?.value, a?.unit, a?.approx]).toEqual([10000, '人', true]);
    expect(facts('服务近千人次。')).toEqual([[1000, '人次']]);
  });

  it('reads a Chinese decimal before a unit that also counts enumerations (六点五张)', () => {
    expect(facts('每千人口床位数达到六点五张。')).toEqual([[6.5, '张']]);
    expect(facts('发放两张卡。')).toEqual([]);
  });

  it('gives each Chinese-numeral value of a 、 list its own metric', () => {
    const found = [...extractIndicators(makeTestDoc('全县共有卫生院十八所、村卫生室二百零六个。'))];
    expect(found.map((i) => i.metric)).toEqual(['卫生院', '村卫生室']);
  });
});

describe('extractIndicators: a bare 万 after a placeholder', () => {
  it('reads no value in xx7万多名 (the number is a placeholder)', () => {
    expect(facts('全市xx7万多名卫生健康工作者参加。')).toEqual([]);
    expect(facts('全市7万多名卫生健康工作者参加。')).toEqual([[7, '万名']]);
  });
});
