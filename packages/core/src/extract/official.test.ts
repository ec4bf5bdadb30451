import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

const PROVINCE = { jurisdiction: { level: 'province' as const, name: '云岭省' } };
const names = (text: string, opts: TestDocOptions = PROVINCE) =>
  [...extractOfficials(makeTestDoc(text, opts))].filter((o) => !o.partial).map((o) => o.name);

describe('extractOfficials', () => {
  it('reads title + name with the institution of the title expanded to the document province', () => {
    const [o] = [...extractOfficials(makeTestDoc('省卫生健康委主任柯明远出席会议并讲话。', PROVINCE))];
    expect(o?.name).toBe('柯明远');
    expect(o?.titles).toEqual(['省卫生健康委主任']);
    expect(o?.org).toBe('云岭省卫生健康委员会');
  });

  it('keeps chained titles as written (党组书记、主任 + name)', () => {
    const [o] = [...extractOfficials(makeTestDoc('国家卫生健康委党组书记、主任钱文海出席会议。'))];
    expect(o?.name).toBe('钱文海');
    expect(o?.titles).toEqual(['国家卫生健康委党组书记', '主任']);
    expect(o?.org).toBe('中华人民共和国国家卫生健康委员会');
  });

  it('shares one title over a list of names', () => {
    expect(names('副主任罗静、宋志坚、欧阳春分别作了发言。')).toEqual(['罗静', '宋志坚', '欧阳春']);
  });

  it('reads name + title (x书记, x省长) and a title implying the government', () => {
    const found = [
      ...extractOfficials(
        makeTestDoc('会议传达了省委书记、省长韩立平的批示。与会人员表示将落实韩立平省长的要求。', PROVINCE),
      ),
    ];
    expect(found.map((o) => o.name)).toEqual(['韩立平', '韩立平']);
    expect(found[1]?.rule).toBe('official/name-title');
    expect(found[0]?.otherOrgs).toEqual(['云岭省人民政府']);
  });

  it('ends a two-character name at a following verb (何伟审定 style)', () => {
    expect(names('副省长魏东审定了工作报告。')).toEqual(['魏东']);
  });

  it('keeps a surname + title apart as a partial official', () => {
    const found = [...extractOfficials(makeTestDoc('稍后,冯县长还要作重要指示。'))];
    expect(found).toHaveLength(1);
    expect(found[0]?.partial).toBe(true);
    expect(found[0]?.name).toBe('冯');
  });

  it('rejects placeholders (杨x, xx同志)', () => {
    expect(names('主任杨x出席会议,书记xx同志讲话。')).toEqual([]);
  });

  it('reads given names holding 一 (李一鸣, 孔令一), also in a shared-title list', () => {
    expect(names('副省长李一鸣出席会议并讲话。')).toEqual(['李一鸣']);
    expect(names('省卫生健康委主任孔令一作工作报告。')).toEqual(['孔令一']);
    expect(names('副局长夏明华、郑一鸣出席会议。')).toEqual(['夏明华', '郑一鸣']);
    expect(names('曾一凡书记强调,要抓好落实。')).toEqual(['曾一凡']);
  });

  it('does not read 一行, 一再, 一同 after a name as part of it', () => {
    expect(names('省委书记赵明一行到医院调研。')).toEqual(['赵明']);
    expect(names('副省长钱红一再强调安全生产。')).toEqual(['钱红']);
    expect(names('市长孙立平一同出席。')).toEqual(['孙立平']);
    expect(names('副市长王一再强调,要抓好落实。')).toEqual([]);
  });

  it('rejects non-names after titles (主任委员会, 书记处, 院长负责制)', () => {
    expect(names('省医学会主任委员会召开会议,书记处研究,落实党委领导下的院长负责制。')).toEqual([]);
  });
});

describe('extractOfficials: comrades and dictionary words', () => {
  it('reads a full name + 同志 as a named person without a title', () => {
    const found = [...extractOfficials(makeTestDoc('会议号召向郑春来同志学习。'))];
    expect(found.map((o) => [o.name, o.titles])).toEqual([['郑春来', []]]);
  });

  it('does not read a dictionary word after a title as a name (总书记全面总结, 主任强调)', () => {
    expect(names('习总书记全面总结了经验。最后,张主任强调,要抓落实。')).toEqual([]);
  });
});

describe('extractOfficials: names the tagger knows', () => {
  it('reads a name + title after a verb when jieba tags the name as a person (贯彻李强总理…)', () => {
    const found = [...extractOfficials(makeTestDoc('认真贯彻李强总理重要讲话精神。'))];
    expect(found.map((o) => o.name)).toEqual(['李强']);
  });
});

describe('extractOfficials: the body of a bare title', () => {
  it('takes the party body named before a bare 书记 in the sentence', () => {
    const found = [
      ...extractOfficials(
        makeTestDoc('市委、市政府高度重视,书记韩立平多次调研。', {
          jurisdiction: { level: 'prefecture', name: '青川市' },
        }),
      ),
    ];
    expect(found.map((o) => [o.name, o.org])).toEqual([['韩立平', '中国共产党青川市委员会']]);
  });

  it('does not give a 副省长 the body of the official before him', () => {
    const found = [...extractOfficials(makeTestDoc('省委常委、秘书长姚建新,副省长范丽娟参加调研。'))];
    expect(found.map((o) => o.org)).toEqual(['省委', undefined]);
  });
});

describe('extractOfficials: genre org rules', () => {
  const CITY = { jurisdiction: { level: 'prefecture' as const, name: '临川市' } };
  const one = (text: string, opts: Parameters<typeof makeTestDoc>[1] = CITY) =>
    [...extractOfficials(makeTestDoc(text, opts))].find((o) => !o.partial);

  it('gives 总书记 the Party Central Committee as org', () => {
    expect(one('要深入学习贯彻习近平总书记重要讲话精神。')?.org).toBe('中国共产党中央委员会');
  });

  it('ends a name before 应邀/受邀 (主任X应邀参加会议)', () => {
    const o = one('市纪委监委第三监督检查室主任蒋海燕应邀参加会议。');
    expect(o?.name).toBe('蒋海燕');
    expect(o?.org).toBe('中国共产党临川市纪律检查委员会');
    expect(one('副主任周立受邀出席。')?.name).toBe('周立');
  });

  it('attributes a stationed 纪检监察组 to the 纪委 of its level, not the host body', () => {
    const o = one('驻市卫健委纪检监察组组长韦志强出席会议。');
    expect(o?.name).toBe('韦志强');
    expect(o?.org).toBe('中国共产党临川市纪律检查委员会');
    // A plain official of the host body keeps the host body.
    expect(one('市卫健委副主任韦志强出席会议。')?.org).toBe('临川市卫生健康委员会');
  });
});

describe('extractOfficials: title phrase boundaries and bare titles in city texts', () => {
  const CITY = { jurisdiction: { level: 'prefecture' as const, name: '临川市' } };
  it('cuts a title phrase after an introducer inside it (此次会议由X主持)', () => {
    const [o] = [...extractOfficials(makeTestDoc('此次会议由市政府副秘书长严海波主持。', CITY))];
    expect(o?.titles).toEqual(['市政府副秘书长']);
    expect(o?.org).toBe('临川市人民政府');
  });
  it('gives a bare 书记 after 市委、市政府 the Party committee, and 市长 the government', () => {
    const os = [
      ...extractOfficials(
        makeTestDoc('市委、市政府高度重视卫生健康工作,书记罗振东多次调研;市长何立平亲自部署。', CITY),
      ),
    ];
    expect(os.map((o) => [o.name, o.org])).toEqual([
      ['罗振东', '中国共产党临川市委员会'],
      ['何立平', '临川市人民政府'],
    ]);
  });
});

describe('extractOfficials: a body written in a title without its level', () => {
  it('links 卫健委党组副书记 to the 县卫健委 named before, not the nearest 县政府', () => {
    const doc = makeTestDoc('县卫健委召开会议。县政府副县长苏明出席,卫健委党组副书记莫建军主持。', {
      jurisdiction: { level: 'county', name: '青石县' },
    });
    const o = [...extractOfficials(doc)].find((x) => x.name === '莫建军');
    expect(o?.org).toBe('青石县卫生健康委员会');
  });
});

describe('extractOfficials: placeholders (issue 3)', () => {
  const COUNTY = { jurisdiction: { level: 'county' as const, name: '青川县' } };
  it('rejects placeholder names in every order (王xx局长, 副县长施xx, 杨x主任)', () => {
    expect(names('王xx局长讲话,副县长施xx出席,杨x主任主持。', COUNTY)).toEqual([]);
    expect([...extractOfficials(makeTestDoc('王xx局长讲话。', COUNTY))]).toEqual([]);
  });

  it('gives no org from a placeholder body (xx县卫生健康局局长张三)', () => {
    const [o] = [...extractOfficials(makeTestDoc('xx县卫生健康局局长张明远作报告。', COUNTY))];
    expect(o?.name).toBe('张明远');
    expect(o?.org).toBeUndefined();
  });
});

describe('extractOfficials: the org of a levelless title only where the text supports it (issue 3)', () => {
  const COUNTY = { jurisdiction: { level: 'county' as const, name: '青川县' } };
  const orgs = (text: string, opts: TestDocOptions = COUNTY) =>
    [...extractOfficials(makeTestDoc(text, opts))].filter((o) => !o.partial).map((o) => [o.name, o.org]);

  it('takes the body of the title just before in the same sentence (党组书记, 副主任 after 省卫生健康委主任)', () => {
    expect(orgs('省卫生健康委主任柯明远出席会议;党组书记杨文山主持会议;副主任陈明、张浩作通报。', PROVINCE)).toEqual([
      ['柯明远', '云岭省卫生健康委员会'],
      ['杨文山', '云岭省卫生健康委员会'],
      ['陈明', '云岭省卫生健康委员会'],
      ['张浩', '云岭省卫生健康委员会'],
    ]);
  });

  it('takes the party body named before 书记 in the sentence', () => {
    expect(orgs('会议指出,县委、县政府高度重视,书记孙大伟多次调研。')).toEqual([['孙大伟', '中国共产党青川县委员会']]);
  });

  it('leaves the org empty when the body before is of another kind (局长 after 县政府)', () => {
    expect(orgs('县政府副县长施艳芳讲话,局长杨明作报告。')).toEqual([
      ['施艳芳', '青川县人民政府'],
      ['杨明', undefined],
    ]);
  });

  it('does not carry a body over a sentence end', () => {
    expect(orgs('县卫健局局长杨明作报告。主任李华强调,要抓落实。')).toEqual([
      ['杨明', '青川县卫生健康局'],
      ['李华', undefined],
    ]);
  });
});

describe('extractOfficials: names before appointment and report verbs', () => {
  it('ends a name at 任 + a role or title (邹明远任总指挥, 战文涛任副总指挥)', () => {
    expect(names('由副市长邹明远任总指挥,市卫生健康委主任战文涛任副总指挥。')).toEqual(['邹明远', '战文涛']);
    expect(names('副主任胡启航任组长。')).toEqual(['胡启航']);
  });

  it('does not end a name at 任 of another word (任务)', () => {
    expect(names('主任王建新任务繁重。')).toEqual([]);
  });

  it('reads a two-character name with a weak surname before 作工作报告 (向晖)', () => {
    expect(names('副县长向晖作工作报告。')).toEqual(['向晖']);
  });
});

describe('extractOfficials: named persons heading a counted group', () => {
  it('reads a name before 等 + a count of persons (王文东等300名个人)', () => {
    expect(names('中国疾控中心等120个集体、王文东等300名个人受到通报表扬。')).toEqual(['王文东']);
    expect(names('会议表彰了李华等三位同志。')).toEqual(['李华']);
  });

  it('reads no name before 等 + a count of places or bodies', () => {
    expect(names('张家港等5个城市参加。')).toEqual([]);
    expect(names('医生等300名参加。')).toEqual([]);
  });
});

describe('extractOfficials: title words before words that are no names', () => {
  it('reads no name in 县长任期内 or 书记宣讲团, but keeps 副主任任志强', () => {
    expect(names('县长任期内完成目标。')).toEqual([]);
    expect(names('书记宣讲团深入基层。')).toEqual([]);
    expect(names('副主任任志强出席。')).toEqual(['任志强']);
  });
});

describe('extractOfficials: transliterated names with a dot', () => {
  const XJ = { jurisdiction: { level: 'province' as const, name: '新疆维吾尔自治区' } };

  it('reads title + name whole, with the dot written ·', () => {
    expect(names('自治区副主席努尔兰•阿不都热合曼出席会议并讲话。', XJ)).toEqual(['努尔兰·阿不都热合曼']);
    expect(names('自治区卫生健康委党组书记、主任阿不都热依木・达吾提作工作报告。', XJ)).toEqual([
      '阿不都热依木·达吾提',
    ]);
  });

  it('reads name + title and name + 同志', () => {
    expect(names('会议由古丽娜尔‧吐尔洪副主任主持。', XJ)).toEqual(['古丽娜尔·吐尔洪']);
    expect(names('向格桑·次旦同志学习。', XJ)).toEqual(['格桑·次旦']);
  });

  it('shares one title over a list mixing dotted and Han names', () => {
    expect(names('副主任格桑·次旦、王明和巴特尔·乌日图分别作了发言。', XJ)).toEqual([
      '格桑·次旦',
      '王明',
      '巴特尔·乌日图',
    ]);
  });

  it('reads the first part + title as a partial of the name in the text', () => {
    const found = [
      ...extractOfficials(makeTestDoc('自治区副主席努尔兰·阿不都热合曼出席。努尔兰副主席强调,要抓落实。', XJ)),
    ];
    const partial = found.find((o) => o.partial);
    expect(partial?.name).toBe('努尔兰');
    expect(partial?.text).toBe('努尔兰副主席');
  });

  it('reads a first part shaped like a Han name (艾 is a surname) + title as a partial, no new official', () => {
    const found = [
      ...extractOfficials(
        makeTestDoc('州卫生健康委主任艾力江·吐尔逊主持会议。他说,艾力江主任和各医院给予了大力支持。', XJ),
      ),
    ];
    expect(found.filter((o) => !o.partial).map((o) => o.name)).toEqual(['艾力江·吐尔逊']);
    expect(found.find((o) => o.partial)?.text).toBe('艾力江主任');
  });

  it('reads no official from dotted campaign and brand names (健康中国·X行动, 一带一路·健康丝路, 1·20, 中·英)', () => {
    expect(
      names(
        '会议推进健康中国·陇原行动、一带一路·健康丝路建设和中·英合作,部署1·20专题会,打造红色领航·仁心仁术品牌。省卫生健康委主任柯明远出席。',
      ),
    ).toEqual(['柯明远']);
  });
});

describe('extractOfficials: professional titles of doctors, nurses and researchers', () => {
  const CITY = { jurisdiction: { level: 'prefecture' as const, name: '青川市' } };
  const found = (text: string) =>
    [...extractOfficials(makeTestDoc(text, CITY))].filter((o) => !o.partial).map((o) => [o.name, o.titles, o.org]);

  it('reads a department + rank after a hospital (心内科主任医师, 针灸科医师, 全科医生, 护士长)', () => {
    expect(found('市人民医院心内科主任医师黄志坚、市中医院针灸科医师孟繁星先后发言。')).toEqual([
      ['黄志坚', ['市人民医院心内科主任医师'], '青川市人民医院'],
      ['孟繁星', ['市中医院针灸科医师'], '青川市中医院'],
    ]);
    expect(found('市人民医院急诊科副主任医师苏文静表示,要守护生命线。')[0]?.[1]).toEqual([
      '市人民医院急诊科副主任医师',
    ]);
  });

  it('reads a researcher of an institute (研究中心研究员)', () => {
    expect(found('省卫生健康委卫生发展研究中心研究员范晓晴作主旨演讲。')[0]?.[0]).toBe('范晓晴');
  });

  it('reads no name from the professions in running text (医生向执业医师转化, 医生和护士)', () => {
    expect(found('要推进乡村医生向执业医师转化,医生和护士等要加强培训,让乡村医生干得安心。')).toEqual([]);
  });
});

describe('extractOfficials: counted titles and opening an event', () => {
  it('reads no official after a count of people before the title (8名委员和特邀代表, 三位代表)', () => {
    expect(names('会上，6名委员和特邀代表先后发言。')).toEqual([]);
    expect(names('会上，三位代表和列席人员发言。')).toEqual([]);
    expect(names('会上，省政协委员王立新作了发言。')).toEqual(['王立新']);
  });

  it('ends a Tibetan name before 宣布 (县长X宣布活动启动)', () => {
    expect(names('县委副书记、县长旺堆次仁宣布义诊活动启动。')).toEqual(['旺堆次仁']);
  });
});

describe('extractOfficials: a leader dispatching work', () => {
  it('ends a name before 调度 (副主任X调度通报, 副市长X调度防汛工作)', () => {
    expect(names('委党组成员、副主任邝立峰调度通报了重点工作进展。')).toEqual(['邝立峰']);
    expect(names('副省长柯一鸣调度防汛工作。')).toEqual(['柯一鸣']);
  });
});

describe('extractOfficials: 给 after a name', () => {
  it('ends a name before 给 (院长X给大家算了一笔账)', () => {
    const [o] = [...extractOfficials(makeTestDoc('省政协委员、镇卫生院院长邝立峰给大家算了一笔账。', PROVINCE))].filter(
      (x) => !x.partial,
    );
    expect(o?.name).toBe('邝立峰');
    expect(o?.titles).toEqual(['省政协委员', '镇卫生院院长']);
  });
});
