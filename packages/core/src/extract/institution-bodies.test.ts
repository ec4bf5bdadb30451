import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { afterGluedVerb } from './institution-glued.js';
import { makeTestDoc } from './test-doc.js';

type Level = 'province' | 'prefecture' | 'county';
const names = (text: string, name?: string, level: Level = 'prefecture') =>
  [...extractInstitutions(makeTestDoc(text, name ? { jurisdiction: { level, name } } : {}))].map((m) => m.name);

describe('extractInstitutions: a verb glued before a school’s hospital', () => {
  it('starts the name after the verb (依托X医学院附属医院, 支持X医科大学附属医院)', () => {
    expect(names('依托遵义医学院附属医院建设区域医疗中心。')).toEqual(['遵义医学院附属医院']);
    expect(names('支持南京医科大学第二附属医院开展远程会诊。')).toEqual(['南京医科大学第二附属医院']);
  });

  it('keeps a name whose first word the tagger may read as a verb (遵义医科大学, 承德医学院)', () => {
    expect(names('遵义医科大学附属医院派出专家。')).toEqual(['遵义医科大学附属医院']);
    expect(afterGluedVerb('承德医学院附属医院', 0, 9)).toBe(0);
    expect(afterGluedVerb('推动桂林医学院附属医院', 0, 11)).toBe(2);
  });
});

describe('extractInstitutions: a college’s affiliated hospital', () => {
  it('reads X学院附属医院 whole, but no hospital after a college in other words', () => {
    expect(names('赣南学院附属医院派出专家团队。')).toContain('赣南学院附属医院');
    expect(names('党校学院路医院开诊。')).not.toContain('党校学院路医院');
  });
});

describe('extractInstitutions: an ordinal hospital sharing the place of the item before it', () => {
  it('names 第三人民医院 after 某市第一人民医院、 with that city', () => {
    const got = [...extractInstitutions(makeTestDoc('南平市第一医院、第三人民医院和南平市中医院参加。'))];
    expect(got.map((m) => [m.alias, m.name])).toContainEqual(['第三人民医院', '南平市第三人民医院']);
  });

  it('reads no ordinal item after a hospital without a place', () => {
    expect(names('协和医院、第三人民医院参加。')).not.toContain('第三人民医院');
  });
});

describe('extractInstitutions: a district’s body after a glued verb', () => {
  it('names the district after its city, as a full name would be (协调临桂区人民医院)', () => {
    expect(names('协调临桂区人民医院与市中医医院组建医联体。', '桂林市')).toContain('桂林市临桂区人民医院');
    expect(names('临桂区人民医院牵头。', '桂林市')).toEqual(['桂林市临桂区人民医院']);
    // A county keeps its own name.
    expect(names('协调灵川县人民医院牵头。', '桂林市')).toEqual(['灵川县人民医院']);
  });
});

describe('extractInstitutions: a town whose stem ends in 县 (an old county seat)', () => {
  it('reads 旧县镇中心卫生院 as a town’s centre, but no class of levels (区县镇)', () => {
    expect(names('旧县镇中心卫生院建成次中心。', '青川县', 'county')).toEqual(['青川县旧县镇中心卫生院']);
    expect(names('全市区县镇卫生院均已达标。', '某某市')).toEqual([]);
    expect(names('城区镇卫生院开诊。', '某某县', 'county')).toEqual([]);
  });
});

describe('extractInstitutions: a street’s community health centre', () => {
  it('reads a street the tagger takes for a verbal noun (通惠街道), after 了 too', () => {
    expect(names('通惠街道社区卫生服务中心开展义诊。')).toEqual(['通惠街道社区卫生服务中心']);
    expect(names('与会人员观摩了新华街道社区卫生服务中心。')).toEqual(['新华街道社区卫生服务中心']);
  });

  it('reads no street in 所在/相关/周边街道社区卫生服务中心', () => {
    expect(
      names('居民可到所在街道社区卫生服务中心就诊,相关街道社区卫生服务中心、周边街道社区卫生服务中心要配合。'),
    ).toEqual([]);
  });
});

describe('extractInstitutions: a county medical group', () => {
  it('reads X县医疗健康集团 as one body, but no class of groups (城市医疗集团)', () => {
    expect(names('以县人民医院为龙头组建的平远县医疗健康集团挂牌。', '梅州市')).toContain('平远县医疗健康集团');
    expect(names('西夏区共组建城市医疗集团3个。', '银川市')).toEqual([]);
  });
});

describe('extractInstitutions: coordinated county hospitals', () => {
  it('splits a list that ends with an autonomous county (A县、B县、C族自治县人民医院)', () => {
    expect(names('支持灵川县、龙胜各族自治县人民医院建设胸痛中心。', '桂林市')).toEqual([
      '灵川县人民医院',
      '龙胜各族自治县人民医院',
    ]);
    expect(names('红河哈尼族彝族自治州、文山壮族苗族自治州卫生健康委作交流发言。')).toEqual([
      '红河哈尼族彝族自治州卫生健康委员会',
      '文山壮族苗族自治州卫生健康委员会',
    ]);
  });
});

describe('extractInstitutions: an alliance is no league (联盟)', () => {
  it('reads no 盟 + hospital in 联盟由X医院牵头', () => {
    expect(names('该医联体联盟由省人民医院牵头组建。', '某某省', 'province')).toEqual(['某某省人民医院']);
    expect(names('专科联盟由市中心医院牵头。', '某某市')).toEqual(['某某市中心医院']);
    // Nor a level followed by a preposition (该县由中医院牵头, 市由第一医院负责).
    expect(names('该县由中医院牵头,市由第一医院负责。', '某某市')).toEqual([]);
  });
});

describe('extractInstitutions: the patriotic health campaign committee (爱卫会)', () => {
  it('expands 县爱卫会 and keeps its office (爱卫办) apart', () => {
    expect(names('县爱卫会各成员单位要各司其职,县爱卫办负责督查。', '某某县', 'county')).toEqual([
      '某某县爱国卫生运动委员会',
      '某某县爱国卫生运动委员会办公室',
    ]);
    expect(names('由市爱国卫生运动委员会办公室主办。', '某某市')).toEqual(['某某市爱国卫生运动委员会办公室']);
  });
});

describe('extractInstitutions: a county bureau in a city text about one county', () => {
  it('takes the county its paragraph named (X县将…县卫生健康局)', () => {
    expect(names('浦城县将整改作为重要任务。县卫生健康局已约谈有关负责人。', '南平市')).toContain('浦城县卫生健康局');
  });

  it('reads the bureaus of all counties as a class when no county is named', () => {
    expect(names('市卫生健康委要指导县卫生健康局抓好整改。', '南平市')).toEqual(['南平市卫生健康委员会']);
  });
});
