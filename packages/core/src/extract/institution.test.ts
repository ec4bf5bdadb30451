import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const inst = (text: string, name: string, level: 'province' | 'prefecture' | 'county') =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level, name } }))].map((m) => [m.alias, m.name]);

describe('extractInstitutions', () => {
  it('expands the document province in short forms', () => {
    expect(inst('在省委、省政府的领导下,省卫健委部署工作。', '云岭省', 'province')).toEqual([
      ['省委', '中国共产党云岭省委员会'],
      ['省政府', '云岭省人民政府'],
      ['省卫健委', '云岭省卫生健康委员会'],
    ]);
  });

  it('expands the document city, numbered and named hospitals included', () => {
    const got = inst('市三医院和市清河医院、市急救中心作交流发言。', '青川市', 'prefecture');
    expect(got).toEqual([
      ['市三医院', '青川市第三人民医院'],
      ['市清河医院', '青川市清河医院'],
      ['市急救中心', '青川市急救中心'],
    ]);
  });

  it('splits a coordinated list into one body per unit', () => {
    const names = [
      ...extractInstitutions(
        makeTestDoc('东溪区、南岭区卫健局作典型发言。', { jurisdiction: { level: 'prefecture', name: '青川市' } }),
      ),
    ].map((m) => m.name);
    expect(names).toEqual(['青川市东溪区卫生健康局', '青川市南岭区卫生健康局']);
  });

  it('reads full names after a boundary and national bodies from the lexicon', () => {
    const got = [...extractInstitutions(makeTestDoc('党中央、国务院高度重视,及平川县人民医院参加。'))].map(
      (m) => m.name,
    );
    expect(got).toEqual(['中国共产党中央委员会', '中华人民共和国国务院', '平川县人民医院']);
  });

  it('does not read collectives (各市州卫生健康委) or generic classes (市公立医院) as bodies', () => {
    expect(inst('各市州卫生健康委负责同志和全市公立医院参加。', '青川市', 'prefecture')).toEqual([]);
  });
});

describe('extractInstitutions: gazetteer', () => {
  it('gives a county-level city in a 委(局) list a bureau and a prefecture-level city a commission', () => {
    const names = [...extractInstitutions(makeTestDoc('酒泉市、玉门市卫生健康委(局)作交流发言。'))].map((m) => m.name);
    expect(names).toEqual(['酒泉市卫生健康委员会', '玉门市卫生健康局']);
  });

  it('does not take a verb phrase before 县 for a place (目前已组建了县医院)', () => {
    const names = [...extractInstitutions(makeTestDoc('目前已组建了县医院牵头的医共体。'))].map((m) => m.alias);
    expect(names).not.toContain('目前已组建了县医院');
  });
});

describe('extractInstitutions: hospitals named after a county-level place, 120 centres', () => {
  it('reads X医院 when X市/X县 is a gazetteer place of the province, after a boundary', () => {
    const got = [
      ...extractInstitutions(
        makeTestDoc('会场设在市卫健委和介休医院。协和医院专家出席。', {
          jurisdiction: { level: 'prefecture', name: '晋中市' },
        }),
      ),
    ].map((m) => m.name);
    expect(got).toContain('介休医院');
    expect(got).not.toContain('协和医院');
  });

  it('expands 市120中心 to the city', () => {
    expect(inst('推进市120中心改扩建。', '青川市', 'prefecture')).toEqual([['市120中心', '青川市120中心']]);
  });
});

describe('extractInstitutions: placeholders (issue 3)', () => {
  it('rejects bodies named with a placeholder place (x县人民医院, xx省卫生健康委)', () => {
    expect(inst('建立以xx县人民医院为龙头的医共体。', '青川县', 'county')).toEqual([]);
    expect(inst('xx省卫生健康委下发通知。', '云岭省', 'province')).toEqual([]);
    expect(inst('市卫健委、xx县卫健局、x区卫健局参加。', '青川市', 'prefecture')).toEqual([
      ['市卫健委', '青川市卫生健康委员会'],
    ]);
  });

  it('keeps the same bodies when the place is written', () => {
    expect(inst('建立以青川县人民医院为龙头的医共体。', '青川县', 'county').map(([, n]) => n)).toEqual([
      '青川县人民医院',
    ]);
  });
});

describe('extractInstitutions: more level bodies and shared prefixes (after the blind gold)', () => {
  it('reads 县医院, 县纠风办 and a list item sharing the level (县纠风办、监察局)', () => {
    expect(inst('由县纠风办、监察局牵头,县医院配合。', '青川县', 'county')).toEqual([
      ['县纠风办', '青川县纠正行业不正之风办公室'],
      ['监察局', '青川县监察局'],
      ['县医院', '青川县医院'],
    ]);
  });

  it('reads a national list item sharing 国家 (国家卫健委、中医药管理局)', () => {
    const got = [...extractInstitutions(makeTestDoc('国家卫健委、中医药管理局联合发文。'))].map((m) => m.name);
    expect(got).toEqual(['中华人民共和国国家卫生健康委员会', '国家中医药管理局']);
  });

  it('reads no 县医院 inside a word or after a list of levels (社区医院, 市、县医院)', () => {
    expect(inst('建成社区医院10家,对35家市、县医院开展监测。', '青川市', 'prefecture')).toEqual([]);
  });
});

describe('extractInstitutions: government departments, courts and offices (probe2 failure classes)', () => {
  it('reads the standard departments after a level prefix, short forms expanded (省工信厅, 市住建局)', () => {
    expect(inst('由省自然资源厅牵头,省工信厅、省农业农村厅配合。', '云岭省', 'province')).toEqual([
      ['省自然资源厅', '云岭省自然资源厅'],
      ['省工信厅', '云岭省工业和信息化厅'],
      ['省农业农村厅', '云岭省农业农村厅'],
    ]);
    expect(inst('市统计局、市住建局和市应急局联合检查。', '青川市', 'prefecture')).toEqual([
      ['市统计局', '青川市统计局'],
      ['市住建局', '青川市住房和城乡建设局'],
      ['市应急局', '青川市应急管理局'],
    ]);
  });

  it('names a court by its level (省法院 高级, 市法院 中级, 县法院) and a procuratorate', () => {
    expect(inst('抄送:省法院,省检察院,省委编办。', '云岭省', 'province')).toEqual([
      ['省法院', '云岭省高级人民法院'],
      ['省检察院', '云岭省人民检察院'],
      ['省委编办', '中共云岭省委机构编制委员会办公室'],
    ]);
    expect(inst('市法院与县法院会商。', '青川市', 'prefecture').map(([, n]) => n)).toEqual(['青川市中级人民法院']);
    expect(inst('县法院与县检察院会商。', '青川县', 'county').map(([, n]) => n)).toEqual([
      '青川县人民法院',
      '青川县人民检察院',
    ]);
  });

  it('extends a top organ to its general office or press office (省政府办公厅, 市政府新闻办), never a department to its internal 办公室', () => {
    expect(inst('抄送:省人大常委会办公厅,省政协办公厅。省政府办公厅印发。', '云岭省', 'province')).toEqual([
      ['省人大常委会办公厅', '云岭省人民代表大会常务委员会办公厅'],
      ['省政协办公厅', '中国人民政治协商会议云岭省委员会办公厅'],
      ['省政府办公厅', '云岭省人民政府办公厅'],
    ]);
    expect(inst('市政府新闻办举行发布会。', '青川市', 'prefecture')).toEqual([
      ['市政府新闻办', '青川市人民政府新闻办公室'],
    ]);
    expect(inst('来源:省卫生健康委办公室', '云岭省', 'province')).toEqual([['省卫生健康委', '云岭省卫生健康委员会']]);
  });

  it('reads a department written after its full gazetteer place (青海省农业农村厅, 西宁市统计局)', () => {
    const got = [...extractInstitutions(makeTestDoc('青海省农业农村厅、西宁市统计局参加。'))].map((m) => m.name);
    expect(got).toEqual(['青海省农业农村厅', '西宁市统计局']);
  });

  it('reads a two-character place (城区, 郊区) before a body only at a phrase start', () => {
    expect(inst('全市城区卫生健康局要加强监管。', '青川市', 'prefecture')).toEqual([]);
    expect(inst('会上,郊区卫生健康局作交流发言。', '青川市', 'prefecture').map(([a]) => a)).toEqual(['郊区卫生健康局']);
  });

  it('does not read a conjunction plus 县 as a county (疾控中心和县人民医院)', () => {
    expect(inst('县疾控中心和县人民医院要加强协作。', '青川县', 'county').map(([, n]) => n)).toEqual([
      '青川县疾病预防控制中心',
      '青川县人民医院',
    ]);
  });
});

describe('extractInstitutions: hospitals and health centres (probe2 failure classes)', () => {
  it('keeps a written ordinal after a level prefix (县第三人民医院, 市第二医院)', () => {
    // 青川县 lies in 广元市 (gazetteer), so the county text's 市 is 广元市.
    expect(inst('县第三人民医院和市第二医院开展协作。', '青川县', 'county').map(([, n]) => n)).toEqual([
      '青川县第三人民医院',
      '广元市第二医院',
    ]);
  });

  it('reads an affiliated hospital after a long school name (中医药大学, 医学院)', () => {
    const got = [
      ...extractInstitutions(makeTestDoc('会上,东川中医药大学附属第二医院和西岭医学院第一附属医院作发言。')),
    ];
    expect(got.map((m) => m.name)).toEqual(['东川中医药大学附属第二医院', '西岭医学院第一附属医院']);
  });

  it('reads town health centres, single or in a list, with the county in front, and no class of centres (乡镇卫生院)', () => {
    expect(inst('石门镇中心卫生院作发言,北山乡、南湖镇卫生院获表彰。', '青川县', 'county')).toEqual([
      ['石门镇中心卫生院', '青川县石门镇中心卫生院'],
      ['', '青川县北山乡卫生院'],
      ['', '青川县南湖镇卫生院'],
    ]);
    expect(inst('全县12个乡镇卫生院、各乡镇卫生院和每个乡镇卫生院;推进石门镇卫生院建设。', '青川县', 'county')).toEqual(
      [],
    );
  });

  it('reads no 县医院 where it names the class in a programme (县医院综合能力提升)', () => {
    expect(inst('对照“千县工程”县医院综合能力提升标准。', '青川县', 'county')).toEqual([]);
    expect(inst('县医院牵头组建医共体。', '青川县', 'county')).toEqual([['县医院', '青川县医院']]);
  });
});

describe('extractInstitutions: zone management committees (probe2 failure class)', () => {
  it('reads a zone committee in a 主送 or 责任单位 list, kept as written', () => {
    const got = inst('各市人民政府,梅岭山管委会,高新区管委会:', '云岭省', 'province').map(([a]) => a);
    expect(got).toEqual(['梅岭山管委会', '高新区管委会']);
    expect(inst('各开发区管委会要加强指导。要指导高新区管委会落实。', '云岭省', 'province')).toEqual([]);
  });
});

describe('extractInstitutions: levels the text does not name (probe failure classes)', () => {
  it('expands a county text’s 省、市 pair to the county’s province and prefecture (gazetteer)', () => {
    expect(inst('省、市卫生健康委领导莅临指导。', '青川县', 'county')).toEqual([
      ['', '四川省卫生健康委员会'],
      ['市卫生健康委', '广元市卫生健康委员会'],
    ]);
  });

  it('reads a level below the text’s own, with no place of its own, as a class (市、县中医院, 县卫健局)', () => {
    expect(inst('实施市、县中医院强院工程,县卫健局要配合。', '青川市', 'prefecture')).toEqual([['', '青川市中医院']]);
  });

  it('names a county in a coordinated list on its own and a district after its city', () => {
    const names = [
      ...extractInstitutions(
        makeTestDoc('东溪区、瑞金市、于都县卫生健康委作交流发言。', {
          jurisdiction: { level: 'prefecture', name: '青川市' },
        }),
      ),
    ].map((m) => m.name);
    expect(names).toEqual(['青川市东溪区卫生健康委员会', '瑞金市卫生健康委员会', '于都县卫生健康委员会']);
  });

  it('does not run a name on past a hospital it contains (X市人民医院创成三甲综合医院), nor read 市直医院', () => {
    const got = [...extractInstitutions(makeTestDoc('义乌市人民医院创成三甲综合医院;统筹市直医院人才建设。'))];
    expect(got.map((m) => m.alias)).toEqual(['义乌市人民医院']);
  });
});

describe('extractInstitutions: party working committees, supervision bodies, institutes', () => {
  it('reads a county committee’s health working committee (中共县委卫生健康工委)', () => {
    expect(inst('中共县委卫生健康工委召开会议。', '青川县', 'county')).toEqual([
      ['县委卫生健康工委', '中共青川县委卫生健康工作委员会'],
    ]);
  });

  it('reads a health supervision bureau after a level prefix', () => {
    expect(inst('省卫生健康综合监督执法局开展检查。', '云岭省', 'province')).toEqual([
      ['省卫生健康综合监督执法局', '云岭省卫生健康综合监督执法局'],
    ]);
  });

  it('extends a CDC or an academy to its named institute, and a hospital after an academy', () => {
    const got = [...extractInstitutions(makeTestDoc('中国疾控中心寄生虫病预防控制所专家;中国医学科学院北岭医院。'))];
    expect(got.map((m) => m.alias)).toEqual(['中国疾控中心寄生虫病预防控制所', '中国医学科学院北岭医院']);
    const verb = [...extractInstitutions(makeTestDoc('中国疾控中心发布研究所名单。'))];
    expect(verb.map((m) => m.alias)).toEqual(['中国疾控中心']);
  });
});

describe('extractInstitutions: a county hospital written with the county stem only', () => {
  it('names 新昌人民医院 after its county in full, only for a county of the text’s province', () => {
    const zhejiang = { jurisdiction: { level: 'prefecture' as const, name: '绍兴市' } };
    const got = [...extractInstitutions(makeTestDoc('市人民医院托管新昌人民医院。', zhejiang))].map((m) => m.name);
    expect(got).toContain('新昌县人民医院');
    const gansu = { jurisdiction: { level: 'prefecture' as const, name: '白银市' } };
    const other = [...extractInstitutions(makeTestDoc('市人民医院托管新昌人民医院。', gansu))].map((m) => m.name);
    expect(other).not.toContain('新昌县人民医院');
  });
});

describe('extractInstitutions: more bodies of the genre', () => {
  it('reads a street’s community health centre and standing offices (县医改办, 县老龄办, 县精神卫生中心)', () => {
    expect(inst('城关街道社区卫生服务中心、县医改办、县老龄办和县精神卫生中心参加。', '青川县', 'county')).toEqual([
      ['城关街道社区卫生服务中心', '青川县城关街道社区卫生服务中心'],
      ['县医改办', '青川县深化医药卫生体制改革领导小组办公室'],
      ['县老龄办', '青川县老龄工作委员会办公室'],
      ['县精神卫生中心', '青川县精神卫生中心'],
    ]);
  });
});

describe('extractInstitutions: sector departments and general offices', () => {
  it('reads no ministry inside 部门 (卫生部门, 财政部门, 民政部门)', () => {
    expect(inst('在卫生部门、财政部门和民政部门的支持下。', '云岭省', 'province')).toEqual([]);
    expect(inst('卫生部印发通知。', '云岭省', 'province').map(([a]) => a)).toEqual(['卫生部']);
  });

  it('reads 县委办 and 县政府办 as general offices, not the committee and the government', () => {
    expect(inst('县委办、县政府办联合发文。', '青川县', 'county')).toEqual([
      ['县委办', '中国共产党青川县委员会办公室'],
      ['县政府办', '青川县人民政府办公室'],
    ]);
  });

  it('extends 国务院 to its press office (国务院新闻办公室)', () => {
    const got = [...extractInstitutions(makeTestDoc('国务院新闻办公室举行发布会。'))].map((m) => m.name);
    expect(got).toEqual(['中华人民共和国国务院新闻办公室']);
  });
});

describe('extractInstitutions: an autonomous region’s own level prefix', () => {
  it('expands 自治区 + body to the region, as 省 + body elsewhere', () => {
    const got = inst(
      '自治区党委、自治区人民政府高度重视,自治区卫生健康委、自治区中医药局联合印发。',
      '广西壮族自治区',
      'province',
    );
    expect(got).toEqual([
      ['自治区党委', '中国共产党广西壮族自治区委员会'],
      ['自治区人民政府', '广西壮族自治区人民政府'],
      ['自治区卫生健康委', '广西壮族自治区卫生健康委员会'],
      ['自治区中医药局', '广西壮族自治区中医药管理局'],
    ]);
    expect(inst('自治区卫生健康委来调研。', '云岭省', 'province')).toEqual([]);
  });
});

describe('extractInstitutions: 和 inside a hospital name', () => {
  it('reads 北京协和医院 whole, and still splits a list at the conjunction 和', () => {
    const got = [...extractInstitutions(makeTestDoc('与北京协和医院合作;甘肃省卫生健康委和兰州大学第二医院。'))].map(
      (m) => m.alias,
    );
    expect(got).toEqual(['北京协和医院', '甘肃省卫生健康委', '兰州大学第二医院']);
  });
});
