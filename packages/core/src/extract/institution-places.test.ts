import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

type Level = 'province' | 'prefecture' | 'county';
const inst = (text: string, name?: string, level: Level = 'prefecture') =>
  [...extractInstitutions(makeTestDoc(text, name ? { jurisdiction: { level, name } } : {}))].map((m) => [
    m.alias,
    m.name,
  ]);

describe('extractInstitutions: an autonomous prefecture’s bodies', () => {
  it('expands 州 + body to the 州’s full name, its short form (楚雄州) too', () => {
    expect(
      inst('副州长到会讲话，州卫生健康委作报告，州医疗保障局、州人民医院参会。', '楚雄彝族自治州').map(([, n]) => n),
    ).toEqual(['楚雄彝族自治州卫生健康委员会', '楚雄彝族自治州医疗保障局', '楚雄彝族自治州人民医院']);
    expect(inst('宣读了《楚雄州卫生健康委员会关于表彰的决定》。', '楚雄彝族自治州')).toEqual([
      ['楚雄州卫生健康委员会', '楚雄彝族自治州卫生健康委员会'],
    ]);
  });

  it('reads an autonomous county’s long name before a hospital (峨山彝族自治县人民医院)', () => {
    expect(inst('会上，石林彝族自治县中医医院、峨山彝族自治县人民医院作交流发言。').map(([a]) => a)).toEqual([
      '石林彝族自治县中医医院',
      '峨山彝族自治县人民医院',
    ]);
  });
});

describe('extractInstitutions: a city text about one county', () => {
  it('expands 县医院 and 县中医院 to the county the city’s leader visits', () => {
    const got = inst(
      '市委书记王某深入浦城县调研。县医院院长李某介绍，全县纳入县医院、县中医院两个医共体。浦城县委书记汇报。',
      '南平市',
    );
    expect(got).toContainEqual(['县医院', '浦城县医院']);
    expect(got).toContainEqual(['县中医院', '浦城县中医院']);
  });

  it('still reads 县中医院 as a class in a city text naming no county', () => {
    expect(inst('全市推进县医院、县中医院能力建设。', '南平市')).toEqual([]);
  });
});

describe('extractInstitutions: schools named after a place', () => {
  it('reads a place’s short form + 学院 at a phrase boundary (三明学院, 莆田学院)', () => {
    expect(inst('由三明市人民政府主办，三明市卫生健康委员会、三明学院承办。', '三明市').map(([a]) => a)).toContain(
      '三明学院',
    );
    expect(inst('与莆田学院签署协议。', '莆田市').map(([a]) => a)).toEqual(['莆田学院']);
  });

  it('reads no school from a word that is no place (高等学院, 商学院)', () => {
    expect(inst('加强与高等学院、商学院的合作。', '三明市')).toEqual([]);
  });

  it('gives a school inside a university its university as parent', () => {
    const [school] = [...extractInstitutions(makeTestDoc('东川医科大学护理学院院长张某作主旨演讲。'))];
    expect(school).toMatchObject({ name: '东川医科大学护理学院', parent: '东川医科大学' });
  });
});

describe('extractInstitutions: units of a national commission', () => {
  it('extends 国家卫生健康委 to its unit, named with the commission’s short form', () => {
    expect(inst('国家卫健委卫生发展研究中心研究员张某，国家卫生健康委统计信息中心专家。')).toEqual([
      ['国家卫健委卫生发展研究中心', '国家卫生健康委卫生发展研究中心'],
      ['国家卫生健康委统计信息中心', '国家卫生健康委统计信息中心'],
    ]);
  });

  it('does not extend across a verb (国家卫生健康委支持建设研究中心)', () => {
    expect(inst('国家卫生健康委支持建设研究中心。').map(([a]) => a)).toEqual(['国家卫生健康委']);
  });
});

describe('extractInstitutions: districts and places with a stop character', () => {
  it('names a district’s bodies after its city (区委, 延平区X镇卫生院)', () => {
    expect(inst('区委、区政府高度重视。', '延平区', 'county')).toEqual([
      ['区委', '中国共产党南平市延平区委员会'],
      ['区政府', '南平市延平区人民政府'],
    ]);
    expect(inst('会上，延平区茫荡镇卫生院作发言。', '南平市').map(([, n]) => n)).toEqual(['南平市延平区茫荡镇卫生院']);
  });

  it('reads the 和 of a place (永和县, 太和区) as part of a hospital’s name, not a conjunction', () => {
    expect(
      inst('会上，临汾市永和县人民医院、锦州市太和区精神病医院作发言。', '山西省', 'province').map(([a]) => a),
    ).toEqual(['临汾市永和县人民医院', '锦州市太和区精神病医院']);
  });

  it('reads a district’s comprehensive health law-enforcement brigade', () => {
    expect(inst('区卫生健康综合行政执法大队开展检查。', '延平区', 'county')).toEqual([
      ['区卫生健康综合行政执法大队', '南平市延平区卫生健康综合行政执法大队'],
    ]);
  });
});

describe('extractInstitutions: a municipality’s districts', () => {
  it('names a municipality’s districts after it in a shared-tail list, 州 in the name or not (蓟州区)', () => {
    const names = inst('会上，和平区、蓟州区卫生健康委作交流发言。', '天津市').map(([, n]) => n);
    expect(names).toContain('天津市和平区卫生健康委员会');
    expect(names).toContain('天津市蓟州区卫生健康委员会');
  });

  it('names a district found in two cities after the document’s city only (朝阳区)', () => {
    const beijing = inst('会上，朝阳区、海淀区卫生健康委作交流发言。', '北京市').map(([, n]) => n);
    expect(beijing).toContain('北京市朝阳区卫生健康委员会');
    const changchun = inst('会上，朝阳区、南关区卫生健康局作交流发言。', '长春市').map(([, n]) => n);
    expect(changchun).toContain('长春市朝阳区卫生健康局');
  });
});

describe('extractInstitutions: class and locative readings before a hospital or clinic', () => {
  it('reads 以 before a level as a preposition (以县人民医院为龙头), not a place', () => {
    expect(inst('全县即以县人民医院为龙头组建医共体。', '宁远县', 'county').map(([, n]) => n)).toEqual([
      '宁远县人民医院',
    ]);
    expect(inst('今年以市中医院为牵头单位。', '赣州市').map(([, n]) => n)).toEqual(['赣州市中医院']);
  });

  it('reads no hospital in 市里一家医院 or 县里两所医院 (locative, numeral + classifier)', () => {
    expect(inst('我们去市里一家医院看急诊。', '赣州市')).toEqual([]);
    expect(inst('县里两所医院都满了。', '宁远县', 'county')).toEqual([]);
  });

  it('reads no village clinic in a quantifier + 村卫生室 (部分村卫生室, 多数村卫生室)', () => {
    expect(inst('他认为，部分村卫生室有房无人，多数村卫生室缺医生。', '宁远县', 'county')).toEqual([]);
    expect(inst('会上，部分村卫生室作交流发言。', '宁远县', 'county')).toEqual([]);
    expect(inst('会上，大坪村卫生室作交流发言。', '宁远县', 'county').map(([, n]) => n)).toEqual([
      '宁远县大坪村卫生室',
    ]);
  });
});

describe('extractInstitutions: town health centres after a left stop or a county’s body', () => {
  it('reads a town health centre after 在 at a sentence start (。在X镇中心卫生院)', () => {
    expect(inst('调研组走访。在石门镇中心卫生院，院长介绍。', '宁远县', 'county').map(([, n]) => n)).toEqual([
      '宁远县石门镇中心卫生院',
    ]);
  });

  it('gives a town’s body the county of the body it is joined to (X县人民医院和Y乡卫生院)', () => {
    const names = inst('调研组先后走访曲水县人民医院和白马乡卫生院，又到林周县。', '拉萨市').map(([, n]) => n);
    expect(names).toContain('曲水县白马乡卫生院');
    const apart = inst('调研组走访曲水县人民医院，次日到林周县白马乡卫生院。', '拉萨市').map(([, n]) => n);
    expect(apart).not.toContain('曲水县白马乡卫生院');
  });

  it('expands 数据资源局 and 妇女儿童医院 after a level (市数据资源局, 市妇女儿童医院)', () => {
    expect(inst('会同市数据资源局推进。在市妇女儿童医院工地。', '阜阳市').map(([, n]) => n)).toEqual([
      '阜阳市数据资源管理局',
      '阜阳市妇女儿童医院',
    ]);
  });
});

describe('extractInstitutions: county medical groups and national coordinating bodies', () => {
  it('reads a county’s 医疗健康总院 after its place, and no 总院 without one', () => {
    expect(inst('城口县医疗健康总院党委书记张某介绍。', '城口县', 'county')).toEqual([
      ['城口县医疗健康总院', '城口县医疗健康总院'],
    ]);
    expect(inst('推进医共体总院建设。', '城口县', 'county')).toEqual([]);
  });

  it('reads 健康中国行动推进委员会 and its office as national bodies', () => {
    expect(inst('会同健康中国行动推进委员会办公室印发通知，推进委员会各成员单位参加。').map(([, n]) => n)).toEqual([
      '健康中国行动推进委员会办公室',
    ]);
  });
});

describe('extractInstitutions: towns of a county-level city, community health centres', () => {
  it('names a town health centre after the county-level city the text speaks for', () => {
    expect(inst('会上，仙人渡镇中心卫生院作发言。', '老河口市', 'county')).toEqual([
      ['仙人渡镇中心卫生院', '老河口市仙人渡镇中心卫生院'],
    ]);
  });

  it('reads a community health centre written after its place and street', () => {
    expect(inst('检查组来到福泉市马场坪街道社区卫生服务中心。', '黔南布依族苗族自治州').map(([a]) => a)).toEqual([
      '福泉市马场坪街道社区卫生服务中心',
    ]);
  });
});

describe('extractInstitutions: posting verbs before a level prefix', () => {
  it('reads 现任县卫生健康局 and 历任县委 as the county’s bodies, not as places 现任县, 历任县', () => {
    expect(inst('王某，现任县卫生健康局副局长，历任县人民医院院长。', '余庆县', 'county')).toEqual([
      ['县卫生健康局', '余庆县卫生健康局'],
      ['县人民医院', '余庆县人民医院'],
    ]);
  });

  it('starts no name inside 同志 (王某同志协管县中医医院, 同志赴县人民医院)', () => {
    expect(inst('经研究，李某同志协管县中医医院，张某同志赴县人民医院挂职。', '凤冈县', 'county')).toEqual([
      ['县中医医院', '凤冈县中医医院'],
      ['县人民医院', '凤冈县人民医院'],
    ]);
    // With no place of the text, the level's body stays as written.
    expect(inst('王某同志协管县中医医院工作。')).toEqual([['县中医医院', '县中医医院']]);
    // A full place name after 同志 is still read.
    expect(inst('王某同志任绥阳县人民医院院长。', '遵义市').map(([, n]) => n)).toEqual(['绥阳县人民医院']);
  });
});

describe('extractInstitutions: 和 inside a hospital’s own name', () => {
  it('reads 太和医院 and 仁和医院 after their place whole, and still splits at the conjunction 和', () => {
    expect(inst('会上，十堰市太和医院、荆门市仁和医院作发言。', '湖北省', 'province').map(([a]) => a)).toEqual([
      '十堰市太和医院',
      '荆门市仁和医院',
    ]);
    expect(inst('省卫生健康委和宜昌市中心医院参加。', '湖北省', 'province').map(([a]) => a)).toEqual([
      '省卫生健康委',
      '宜昌市中心医院',
    ]);
  });
});

describe('extractInstitutions: hospitals of a coordinated list', () => {
  it('splits counties sharing one hospital tail (A县、B县人民医院), the first item without its verb', () => {
    expect(inst('支持房县、竹山县、竹溪县人民医院创建三级医院。', '十堰市')).toEqual([
      ['', '房县人民医院'],
      ['', '竹山县人民医院'],
      ['', '竹溪县人民医院'],
    ]);
    expect(inst('推动秭归县、兴山县卫生健康局完成改革。', '宜昌市').map(([, n]) => n)).toEqual([
      '秭归县卫生健康局',
      '兴山县卫生健康局',
    ]);
  });

  it('reads an item ending in 医院 after a known hospital as a hospital, named as written', () => {
    expect(inst('由市中心医院、武钢总医院和市中医医院共同承办。', '武汉市').map(([, n]) => n)).toEqual([
      '武汉市中心医院',
      '武钢总医院',
      '武汉市中医医院',
    ]);
  });

  it('reads the last item of such a list before its verb (南京鼓楼医院对口支援)', () => {
    expect(inst('江苏省人民医院、南京鼓楼医院对口支援。', '江苏省', 'province').map(([, n]) => n)).toEqual([
      '江苏省人民医院',
      '南京鼓楼医院',
    ]);
  });

  it('reads no class, role or kind of hospitals after a known one (二级医院, 附属医院, 肿瘤医院)', () => {
    expect(inst('市人民医院、二级医院和县级医院均参加。', '武汉市')).toEqual([['市人民医院', '武汉市人民医院']]);
    expect(inst('市人民医院和附属医院、上级医院对接。', '武汉市')).toEqual([['市人民医院', '武汉市人民医院']]);
    expect(inst('市人民医院、肿瘤医院和传染病医院。', '武汉市')).toEqual([['市人民医院', '武汉市人民医院']]);
    expect(inst('市人民医院与受援医院、所在医院签订协议。', '武汉市')).toEqual([['市人民医院', '武汉市人民医院']]);
  });
});

describe('extractInstitutions: fire and rescue corps', () => {
  it('reads the province’s 总队 and a city’s 支队 after their level', () => {
    expect(inst('省应急管理厅、省消防救援总队有关负责同志参会。', '贵州省', 'province')).toEqual([
      ['省应急管理厅', '贵州省应急管理厅'],
      ['省消防救援总队', '贵州省消防救援总队'],
    ]);
    expect(inst('市消防救援支队开展演练。', '遵义市')).toEqual([['市消防救援支队', '遵义市消防救援支队']]);
  });
});

describe('extractInstitutions: Inner Mongolia’s 盟 and 旗 as level prefixes', () => {
  it('expands 旗委, 旗卫生健康委, 旗人民医院 to the banner, and 盟 bodies to the league', () => {
    expect(
      inst('旗委、旗政府高度重视,旗卫生健康委、旗中医医院参加。', '阿鲁科尔沁旗', 'county').map(([, n]) => n),
    ).toEqual([
      '中国共产党阿鲁科尔沁旗委员会',
      '阿鲁科尔沁旗人民政府',
      '阿鲁科尔沁旗卫生健康委员会',
      '阿鲁科尔沁旗中医医院',
    ]);
    expect(inst('盟委部署,盟卫生健康委、盟医保局联合印发。', '阿拉善盟').map(([, n]) => n)).toEqual([
      '中国共产党阿拉善盟委员会',
      '阿拉善盟卫生健康委员会',
      '阿拉善盟医疗保障局',
    ]);
  });

  it('reads no body in words with 旗 (红旗, 旗帜, 红旗委员会)', () => {
    expect(inst('高举红旗,旗帜鲜明,五星红旗委员会开会。', '潍坊市')).toEqual([]);
  });
});

describe('extractInstitutions: counties named by one character', () => {
  it('reads 沛县 and 丰县 in lists, full names and after a verb', () => {
    const names = inst(
      '丰县、沛县、睢宁县卫生健康局考核为优秀。沛县第二人民医院扣减3分,责成沛县卫生健康局督促整改。',
      '徐州市',
    ).map(([, n]) => n);
    expect(names).toEqual([
      '丰县卫生健康局',
      '沛县卫生健康局',
      '睢宁县卫生健康局',
      '沛县第二人民医院',
      '沛县卫生健康局',
    ]);
  });
});

describe('extractInstitutions: words that are no place before a body', () => {
  it('reads no body in a count of levels (3个区县卫生健康局)', () => {
    expect(inst('对考核优秀的3个区县卫生健康局予以表扬。', '徐州市')).toEqual([]);
  });

  it('reads no hospital in a report title whose level character starts a word (区域, 县域)', () => {
    expect(inst('院长作了题为《聚力区域医疗中心建设全面推动医院发展》的报告。', '徐州市')).toEqual([]);
    expect(inst('作《扎根县域医疗共同体建设推动医院转型》报告。', '徐州市')).toEqual([]);
  });
});
