import { describe, expect, it } from 'vitest';
import { placeContext } from './place-context.js';
import { makeTestDoc } from './test-doc.js';

describe('placeContext', () => {
  it('takes the province a local text names most often', () => {
    const doc = makeTestDoc('全市上下要推进健康陕西建设。陕西省卫健委部署了工作,市委、市政府高度重视。');
    expect(placeContext(doc).province).toBe('陕西省');
  });

  it('does not count the places of a leader’s inspection visit (在福建三明市考察时指出)', () => {
    const doc = makeTestDoc(
      '2021年3月,总书记在福建三明市考察时指出,健康是幸福生活的基础。总书记在福建调研时强调医改。全市推进健康陕西建设。',
    );
    expect(placeContext(doc).province).toBe('陕西省');
  });
});

describe('placeContext: the place as the text writes it', () => {
  it('expands 县 to the form the text writes (峨山县), not the official name (峨山彝族自治县)', () => {
    const doc = makeTestDoc('中共峨山县委召开会议,县政府部署工作。', {
      jurisdiction: { level: 'county', name: '峨山彝族自治县', code: '530426' },
    });
    expect(placeContext(doc).county).toBe('峨山县');
  });
});

describe('placeContext: a county text’s prefecture', () => {
  it('takes the prefecture of the county from the gazetteer when the text names none', () => {
    const doc = makeTestDoc('全县卫生健康工作会议召开,县委、县政府高度重视。', {
      jurisdiction: { level: 'county', name: '青川县' },
    });
    expect(placeContext(doc).city).toBe('广元市');
  });
});

describe('placeContext: a metadata city the text never writes with its level', () => {
  it('yields to the municipality whose bodies the text names in full (行动”中卫生 holds no 中卫市)', () => {
    const doc = makeTestDoc('重庆市卫生健康委召开会议，全市推进“五大行动”中卫生健康领域工作，市委、市政府高度重视。', {
      jurisdiction: { level: 'prefecture', name: '中卫市', code: '640500' },
    });
    expect(placeContext(doc).city).toBe('重庆市');
  });

  it('keeps the metadata city when the text writes it with its level (中卫市)', () => {
    const doc = makeTestDoc('中卫市召开会议，重庆市卫生健康委介绍经验，全市推进卫生健康工作。', {
      jurisdiction: { level: 'prefecture', name: '中卫市', code: '640500' },
    });
    expect(placeContext(doc).city).toBe('中卫市');
  });
});

describe('placeContext: an autonomous prefecture’s text', () => {
  it('takes the 州 of the metadata as the text’s prefecture, not a county-level city it names', () => {
    const doc = makeTestDoc('全州卫生健康工作会议在楚雄市召开，州委、州政府高度重视。', {
      jurisdiction: { level: 'prefecture', name: '楚雄彝族自治州', code: '532300' },
    });
    expect(placeContext(doc).city).toBe('楚雄彝族自治州');
  });

  it('reads the 州 from its short form before a body when no metadata names it (红河州卫生健康委)', () => {
    const doc = makeTestDoc('红河州卫生健康委召开会议，州委、州政府部署全州卫生健康工作。');
    expect(placeContext(doc)).toMatchObject({ level: 'prefecture', city: '红河哈尼族彝族自治州' });
  });

  it('takes no 州 from a city whose name ends in 州 (广州召开)', () => {
    const doc = makeTestDoc('全省会议在广州召开，省委、省政府部署工作。');
    expect(placeContext(doc).city).toBeUndefined();
  });
});

describe('placeContext: the one county a city’s text is about', () => {
  it('takes the only county of the city the text names, named twice (a visit), as its 县', () => {
    const doc = makeTestDoc('市委书记王某深入浦城县调研。座谈会上，浦城县委书记汇报，县医院院长介绍。', {
      jurisdiction: { level: 'prefecture', name: '南平市' },
    });
    expect(placeContext(doc).county).toBe('浦城县');
  });

  it('takes none when the text names two counties, or one only once', () => {
    const two = makeTestDoc('浦城县、顺昌县设分会场，浦城县、顺昌县卫健局参会。', {
      jurisdiction: { level: 'prefecture', name: '南平市' },
    });
    expect(placeContext(two).county).toBeUndefined();
    const once = makeTestDoc('市委书记王某到浦城县调研，要求全市县医院提升能力。', {
      jurisdiction: { level: 'prefecture', name: '南平市' },
    });
    expect(placeContext(once).county).toBeUndefined();
  });
});

describe('placeContext: a county text that names its county only in a place brand', () => {
  it('takes the county of 建设诚信X / 健康X when nothing else names one', () => {
    const doc = makeTestDoc('县委、县政府召开全县卫生工作会议，要求建设诚信浦城年，推进健康浦城。', {
      jurisdiction: { level: 'county' },
    });
    expect(placeContext(doc).county).toBe('浦城县');
  });

  it('takes none from a brand that names no county (健康中国) or two of them', () => {
    const none = makeTestDoc('县委、县政府部署全县工作，推进健康中国建设。', { jurisdiction: { level: 'county' } });
    expect(placeContext(none).county).toBeUndefined();
    const two = makeTestDoc('县委要求学习平安浦城、健康顺昌的经验，全县推广。', { jurisdiction: { level: 'county' } });
    expect(placeContext(two).county).toBeUndefined();
  });
});

describe('placeContext: a county-level city’s own text', () => {
  it('takes the county-level city as the text’s 市 when its prefecture is never written', () => {
    const doc = makeTestDoc(
      '老河口市卫生健康工作会议召开。市委书记讲话，全市推进健康老河口建设，老河口市卫健局作报告。',
      {
        jurisdiction: { level: 'prefecture', name: '襄阳市' },
      },
    );
    expect(placeContext(doc).city).toBe('老河口市');
  });

  it('keeps the prefecture when the text writes it (襄阳市委书记 visits 老河口市)', () => {
    const doc = makeTestDoc('襄阳市委书记到老河口市调研。全市要推广老河口市的经验。', {
      jurisdiction: { level: 'prefecture', name: '襄阳市' },
    });
    expect(placeContext(doc).city).toBe('襄阳市');
  });

  it('takes a county-level city whose brand the text builds (健康X) as its 市, though it writes the prefecture', () => {
    const doc = makeTestDoc(
      '宜城市人民政府副市长 某某\n全市要推进健康宜城建设。襄阳市副市长来我市调研，市委、市政府高度重视，市第一人民医院与襄阳市中心医院共建专科。',
      { jurisdiction: { level: 'prefecture', name: '襄阳市' } },
    );
    expect(placeContext(doc)).toMatchObject({ city: '宜城市', province: '湖北省' });
  });

  it('keeps the prefecture when it brands itself too, or the brand names no city of it', () => {
    const both = makeTestDoc('全市推进健康襄阳建设，学习健康宜城的经验，市委部署。', {
      jurisdiction: { level: 'prefecture', name: '襄阳市' },
    });
    expect(placeContext(both).city).toBe('襄阳市');
    const other = makeTestDoc('全市学习健康枝江的经验，市委、市政府部署。', {
      jurisdiction: { level: 'prefecture', name: '襄阳市' },
    });
    expect(placeContext(other).city).toBe('襄阳市');
  });
});

describe('placeContext: a league’s or a banner’s own text', () => {
  it('takes the banner a 全旗 text names before a body as its 县, and its league as its 市', () => {
    const doc = makeTestDoc('全旗卫生健康工作会议召开,旗委书记讲话。扎赉特旗卫生健康委员会主任作报告。');
    expect(placeContext(doc)).toMatchObject({ level: 'county', county: '扎赉特旗', city: '兴安盟' });
  });
});

describe('placeContext: a hospital’s own news that quotes one national ranking', () => {
  it('takes the city whose hospital the text names, not the country, from a single 全国', () => {
    const doc = makeTestDoc('淄博市第一医院召开职代会。医院在全国三级公立医院绩效考核中获A级,市卫生健康委领导出席。', {
      jurisdiction: { level: 'national' },
    });
    expect(placeContext(doc)).toMatchObject({ level: 'prefecture', city: '淄博市', province: '山东省' });
  });

  it('stays national where the text writes 全国 more than once', () => {
    const doc = makeTestDoc('全国卫生健康工作会议召开。淄博市第一医院在全国作交流。', {
      jurisdiction: { level: 'national' },
    });
    expect(placeContext(doc).level).toBe('national');
  });
});

describe('placeContext: a Xinjiang prefecture’s own text', () => {
  it('reads 州党委, 州人民政府 and 州直 as the prefecture’s words, and the page’s source line as its place', () => {
    const doc = makeTestDoc('培训班在阜康市召开。副州长代表州党委、州人民政府致辞,州直各县市卫生健康局参会。');
    doc.meta.source = '昌吉州卫生健康委';
    expect(placeContext(doc)).toMatchObject({
      level: 'prefecture',
      city: '昌吉回族自治州',
      province: '新疆维吾尔自治区',
    });
  });
});

describe('placeContext: a hospital’s text with no scope word', () => {
  it('takes the city of the hospital it names (X市中心医院) as its 市', () => {
    const doc = makeTestDoc('——在咸阳市中心医院2026年工作会议上的讲话\n医院党委要落实市卫生健康委的部署。');
    expect(placeContext(doc)).toMatchObject({ level: 'prefecture', city: '咸阳市', province: '陕西省' });
  });
});

describe('placeContext: a city page about the county its headline names', () => {
  const opts = { title: true, jurisdiction: { level: 'prefecture' as const, name: '毕节市' } };

  it('takes the county of the title when the body writes its bodies by the level alone', () => {
    const doc = makeTestDoc('赫章县开展健康义诊活动\n活动由县卫生健康局主办、县人民医院承办。', opts);
    expect(placeContext(doc).county).toBe('赫章县');
  });

  it('takes none when the title names two counties or the body no county body', () => {
    const two = makeTestDoc('赫章县、纳雍县联合开展义诊\n活动由县卫生健康局主办。', opts);
    expect(placeContext(two).county).toBeUndefined();
    const none = makeTestDoc('赫章县开展健康义诊活动\n市卫生健康局派出专家。', opts);
    expect(placeContext(none).county).toBeUndefined();
  });
});

describe('placeContext: a text with no scope word', () => {
  it('is a county’s when it names only a county’s bodies in full', () => {
    const doc = makeTestDoc('会宁县卫生健康局召开会议,县人民医院负责人参加。');
    expect(placeContext(doc)).toMatchObject({ level: 'county', county: '会宁县' });
  });

  it('stays a city’s when it names a city’s body in full too', () => {
    const doc = makeTestDoc('白银市卫生健康委召开会议,会宁县卫生健康局负责人参加。');
    expect(placeContext(doc).level).toBe('prefecture');
  });
});
