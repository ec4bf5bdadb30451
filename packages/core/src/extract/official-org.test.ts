import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { makeTestDoc } from './test-doc.js';

const PROVINCE = { jurisdiction: { level: 'province' as const, name: '云岭省' } };
const officials = (text: string) => [...extractOfficials(makeTestDoc(text, PROVINCE))].filter((o) => !o.partial);

describe('orgs of titles led by a bare body character', () => {
  it('gives 委党组书记 the commission named before it', () => {
    const found = officials(
      '省卫生健康委召开党组扩大会议。委党组书记、主任柯明远主持会议,委党组成员、副主任秦岚传达了会议精神。',
    );
    expect(found.map((o) => [o.name, o.org])).toEqual([
      ['柯明远', '云岭省卫生健康委员会'],
      ['秦岚', '云岭省卫生健康委员会'],
    ]);
  });

  it('gives 局党组成员 the bureau named before it', () => {
    const [o] = officials('省医疗保障局召开会议。局党组成员、副局长蒋文斌出席。');
    expect(o?.org).toBe('云岭省医疗保障局');
  });

  it('does not give a bare 委 title a Party committee', () => {
    expect(officials('省委召开常委会议。委党组成员宋立平出席。')[0]?.org).toBeUndefined();
  });
});

describe('orgs of bare titles of a kind outside their sentence', () => {
  it("gives a bare 副局长 the document's bureau named most often before it", () => {
    const found = officials(
      '省医疗保障局召开年度工作会议。省医疗保障局党组书记、局长蒋文斌作报告。省财政厅介绍了经验。会议要求抓好落实。副局长贺晓宁、程立出席。',
    );
    expect(found.map((o) => [o.name, o.org])).toEqual([
      ['蒋文斌', '云岭省医疗保障局'],
      ['贺晓宁', '云岭省医疗保障局'],
      ['程立', '云岭省医疗保障局'],
    ]);
  });

  it('gives a bare title of no kind (书记) no body from another sentence', () => {
    expect(officials('省医疗保障局召开会议。会议要求抓好落实。书记蒋文斌出席。')[0]?.org).toBeUndefined();
  });
});

describe('orgs implied by a jurisdiction title', () => {
  const REGION = { jurisdiction: { level: 'province' as const, name: '新疆维吾尔自治区' } };
  const PREFECTURE = { jurisdiction: { level: 'prefecture' as const, name: '大理白族自治州' } };
  const first = (text: string, opts: Parameters<typeof makeTestDoc>[1]) =>
    [...extractOfficials(makeTestDoc(text, opts))].find((o) => !o.partial);

  it("gives an autonomous region's 主席/副主席 the region's people's government", () => {
    expect(first('自治区副主席艾尔肯·吐尼亚孜出席会议。', REGION)?.org).toBe('新疆维吾尔自治区人民政府');
    expect(first('自治区主席努尔兰·阿不都热合曼讲话。', REGION)?.org).toBe('新疆维吾尔自治区人民政府');
  });

  it("gives a 副主席 of the region's 政协 the 政协, not the government", () => {
    expect(first('自治区政协副主席王明出席。', REGION)?.org).not.toBe('新疆维吾尔自治区人民政府');
  });

  it("gives an autonomous prefecture's 副州长 the prefecture's people's government", () => {
    expect(first('副州长段立军到会讲话。', PREFECTURE)?.org).toBe('大理白族自治州人民政府');
  });
});

describe('orgs of titles in a school of a university', () => {
  it('gives a dean the university, the school being an internal unit', () => {
    expect(officials('江城医科大学护理学院院长方启明作报告。')[0]?.org).toBe('江城医科大学');
  });
});

describe('orgs of a chain whose first title names no body', () => {
  const CITY = { jurisdiction: { level: 'prefecture' as const, name: '昌吉回族自治州' } };
  it('takes the body of the first title that names one (援疆医疗队领队、州人民医院副院长)', () => {
    const [o] = [...extractOfficials(makeTestDoc('援昌医疗队领队、州人民医院副院长（挂职）邵明川作表态发言。', CITY))];
    expect(o?.titles).toEqual(['援昌医疗队领队', '州人民医院副院长']);
    expect(o?.org).toBe('昌吉回族自治州人民医院');
  });
});

describe('orgs of titles after a demonstrative body (该院院长)', () => {
  it('gives 该院院长 the hospital named before it, and leaves 该院 out of the title', () => {
    const [o] = officials('云岭省第二人民医院整改不力,由省卫生健康委约谈该院院长韦振华。');
    expect(o?.titles).toEqual(['院长']);
    expect(o?.org).toBe('云岭省第二人民医院');
  });

  it('gives 该局局长 the bureau named before it', () => {
    expect(officials('省医疗保障局排名靠后,省政府约谈该局局长范志诚。')[0]?.org).toBe('云岭省医疗保障局');
  });
});

describe('orgs of posts inside a hospital', () => {
  const HOSPITAL_NEWS = { title: true, jurisdiction: { level: 'national' as const } };
  const news = (text: string) =>
    [...extractOfficials(makeTestDoc(text, HOSPITAL_NEWS))].filter((o) => !o.partial).map((o) => [o.name, o.org]);

  it("gives bare posts in a hospital's own news (its headline names it) that hospital", () => {
    expect(
      news(
        '德州市中心医院召开第五届职工代表大会\n大会由党委副书记、工会主席宁晓东主持。总会计师庞丽娜作财务工作报告。',
      ),
    ).toEqual([
      ['宁晓东', '德州市中心医院'],
      ['庞丽娜', '德州市中心医院'],
    ]);
  });

  it('finds the hospital post anywhere in the chain (党委委员、副院长)', () => {
    expect(news('德州市人民医院召开年度工作会议\n会议由党委委员、副院长韦立新主持。')).toEqual([
      ['韦立新', '德州市人民医院'],
    ]);
  });

  it("gives a clinical department's post the hospital, not a commission named before", () => {
    expect(
      news(
        '德州市人民医院举行义诊活动\n市卫生健康委副主任柴文斌出席。儿科主任、主任医师段雪梅,骨科护士长姜宁介绍了经验。',
      ),
    ).toEqual([
      ['柴文斌', '德州市卫生健康委员会'],
      ['段雪梅', '德州市人民医院'],
      ['姜宁', '德州市人民医院'],
    ]);
  });

  it("gives no hospital to a bare Party post in a commission's news", () => {
    const found = [
      ...extractOfficials(
        makeTestDoc('市卫生健康委召开党风廉政建设会议\n会议由党委副书记冷志斌主持。市第二人民医院作交流发言。', {
          title: true,
          jurisdiction: { level: 'prefecture', name: '德州市' },
        }),
      ),
    ];
    expect(found.map((o) => o.name)).toContain('冷志斌');
    expect(found.find((o) => o.name === '冷志斌')?.org ?? '').not.toMatch(/医院$/u);
  });
});

describe('orgs of deputies to a people’s congress', () => {
  it('reads 全国人大代表 as the first title, the congress as the org and the employer after it', () => {
    const [o] = officials('全国人大代表、云岭省肿瘤医院院长蒲志新带来了一份建议。');
    expect(o?.name).toBe('蒲志新');
    expect(o?.titles).toEqual(['全国人大代表', '云岭省肿瘤医院院长']);
    expect(o?.org).toMatch(/全国人民代表大会$/u);
    expect(o?.otherOrgs).toEqual(['云岭省肿瘤医院']);
  });

  it('reads 省人大代表 as a title of the province’s congress', () => {
    const [o] = officials('记者采访了省人大代表、云岭省妇幼保健院院长易春华。');
    expect(o?.titles).toEqual(['省人大代表', '云岭省妇幼保健院院长']);
    expect(o?.org).toBe('云岭省人民代表大会');
  });
});

describe('orgs of a partner-aid command’s officers', () => {
  it('keeps the whole command in the title, past the usual prefix reach', () => {
    const [o] = officials('广东省对口支援西藏林芝市前方指挥部党委书记、总指挥岑立军出席会议并讲话。');
    expect(o?.name).toBe('岑立军');
    expect(o?.titles).toEqual(['广东省对口支援西藏林芝市前方指挥部党委书记', '总指挥']);
    expect(o?.org).toBe('广东省对口支援西藏林芝市前方指挥部');
  });
});

describe('orgs of jurisdiction titles written with their place', () => {
  it("gives 韶山市副市长 the written city's government, not the text's", () => {
    const found = officials('湘潭市副市长钟立群、韶山市副市长易晓峰,花垣县县长石光明出席。');
    expect(found.map((o) => o.org)).toEqual(['湘潭市人民政府', '韶山市人民政府', '花垣县人民政府']);
  });

  it('gives a 州长 written with the 州’s short form the 州’s full name', () => {
    expect(officials('楚雄州副州长杨丽华讲话。')[0]?.org).toBe('楚雄彝族自治州人民政府');
  });
});

describe("orgs of a bare 委 title in a commission's own text", () => {
  it('gives 委党组书记 the commission the headline names, before another one named nearer', () => {
    const doc = makeTestDoc(
      '商丘市卫生健康委员会2025年工作总结\n在省卫生健康委的指导下,全市推进医改。委党组书记、主任贺振东作部署。',
      { title: true, jurisdiction: { level: 'prefecture', name: '商丘市' } },
    );
    expect([...extractOfficials(doc)].find((o) => o.name === '贺振东')?.org).toBe('商丘市卫生健康委员会');
  });
});

describe('orgs of hospital posts in a speech titled by its theme', () => {
  it('gives 医院党委书记 the only hospital the text names', () => {
    const doc = makeTestDoc(
      '守正创新 实干笃行\n——在咸阳市中心医院2026年工作会议上的讲话\n医院党委书记　范志华\n同志们:今天我们召开会议。',
      { title: true },
    );
    expect([...extractOfficials(doc)].find((o) => o.name === '范志华')?.org).toBe('咸阳市中心医院');
  });
});

describe('orgs of a national commission’s departments', () => {
  it('gives a bare 司长 and a spokesperson chained with one the commission', () => {
    const found = officials(
      '国家卫生健康委举行新闻发布会。国家卫生健康委新闻发言人、宣传司副司长范文轩主持。医政司司长郝建军介绍情况。',
    );
    expect(found.map((o) => [o.name, o.titles])).toEqual([
      ['范文轩', ['国家卫生健康委新闻发言人', '宣传司副司长']],
      ['郝建军', ['医政司司长']],
    ]);
    expect(new Set(found.map((o) => o.org)).size).toBe(1);
    expect(found[1]?.org).toMatch(/国家卫生健康委员会$/u);
  });
});

describe('orgs of a bare civil-service rank', () => {
  it('gives 一级巡视员 the body the headline names', () => {
    const doc = makeTestDoc('市卫生健康委召开党委会议\n会上，一级巡视员邝振华传达了会议精神。', {
      title: true,
      jurisdiction: { level: 'prefecture', name: '商丘市' },
    });
    expect([...extractOfficials(doc)].find((o) => o.name === '邝振华')?.org).toBe('商丘市卫生健康委员会');
  });

  it('gives none when the headline names no body', () => {
    const doc = makeTestDoc('全市卫生健康工作会议召开\n会上，二级巡视员邝振华传达了会议精神。', {
      title: true,
      jurisdiction: { level: 'prefecture', name: '商丘市' },
    });
    expect([...extractOfficials(doc)].find((o) => o.name === '邝振华')?.org).toBeUndefined();
  });
});

describe('orgs of a bare 委员 after a name', () => {
  it('gives X委员 the one CPPCC committee the text names', () => {
    const doc = makeTestDoc(
      '县政协召开协商会。县政协主席邝振华主持会议，县政协办公室承办。来自教育界的贺丽娟委员认为，要加强师资。',
      {
        jurisdiction: { level: 'county', name: '宁远县' },
      },
    );
    expect([...extractOfficials(doc)].find((o) => o.name === '贺丽娟')?.org).toBe('中国人民政治协商会议宁远县委员会');
  });

  it('gives none when the text names no CPPCC committee', () => {
    const doc = makeTestDoc('县卫生健康委召开会议。贺丽娟委员认为，要加强师资。', {
      jurisdiction: { level: 'county', name: '宁远县' },
    });
    expect([...extractOfficials(doc)].find((o) => o.name === '贺丽娟')?.org).toBeUndefined();
  });
});

describe('civil-service ranks', () => {
  it('reads a leveled 主任科员 rank before a name, with the body written before it', () => {
    const found = officials('省卫生健康委一级主任科员龚丽华出席会议。');
    expect(found.map((o) => [o.name, o.titles, o.org])).toEqual([
      ['龚丽华', ['省卫生健康委一级主任科员'], '云岭省卫生健康委员会'],
    ]);
  });

  it('reads no name after a bare 主任科员 in running text', () => {
    expect(officials('做好主任科员职级晋升工作。')).toEqual([]);
  });
});
