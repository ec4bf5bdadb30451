import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

const CITY: TestDocOptions = { jurisdiction: { level: 'prefecture', name: '青川市' } };
const PROVINCE: TestDocOptions = { jurisdiction: { level: 'province', name: '云岭省' } };
const officials = (text: string, opts: TestDocOptions = CITY) =>
  [...extractOfficials(makeTestDoc(text, opts))].filter((o) => !o.partial);

describe('title chains across bodies', () => {
  it('chains titles of two bodies joined by a comma, each led by its body', () => {
    const [o] = officials('市卫生健康委党组成员,市中医药管理局党组书记、局长潘志远作交流发言。');
    expect(o?.name).toBe('潘志远');
    expect(o?.titles).toEqual(['市卫生健康委党组成员', '市中医药管理局党组书记', '局长']);
    expect(o?.org).toBe('青川市卫生健康委员会');
    expect(o?.otherOrgs).toEqual(['青川市中医药管理局']);
  });

  it('does not chain over a comma when the part before names no body', () => {
    const [o] = officials('他曾是委员,市卫生健康委主任何志明出席会议。');
    expect(o?.titles).toEqual(['市卫生健康委主任']);
  });

  it('does not chain over a comma after a name', () => {
    expect(officials('副市长陈立新,市卫生健康委主任黎光远出席会议。').map((o) => [o.name, o.titles])).toEqual([
      ['陈立新', ['副市长']],
      ['黎光远', ['市卫生健康委主任']],
    ]);
  });
});

describe('long title phrases', () => {
  it('keeps the whole prefix of a stationed discipline group (two bodies, over 16 characters)', () => {
    const [o] = officials('省纪委监委驻省卫生健康委纪检监察组组长黎明达出席会议。', PROVINCE);
    expect(o?.titles).toEqual(['省纪委监委驻省卫生健康委纪检监察组组长']);
    expect(o?.org).toBe('中国共产党云岭省纪律检查委员会');
  });
});

describe('title phrases next to other officials', () => {
  it('starts a title phrase after the official named before it (党委书记X和主任Y)', () => {
    const found = officials('市疾控中心党委书记黄晓峰和主任郭敏出席会议。');
    expect(found.map((o) => [o.name, o.titles])).toEqual([
      ['黄晓峰', ['市疾控中心党委书记']],
      ['郭敏', ['主任']],
    ]);
  });

  it('chains over a comma a run that is itself chained with 、 (党组成员、副主任,…)', () => {
    const [o] = officials('国家卫生健康委党组成员、副主任,国家中医药局党组书记、局长余红艳出席。');
    expect(o?.titles).toEqual(['国家卫生健康委党组成员', '副主任', '国家中医药局党组书记', '局长']);
  });

  it('chains a bare title of the same body after a comma (党组书记,主任)', () => {
    expect(officials('市卫生健康委党组书记,主任杜峰讲话。')[0]?.titles).toEqual(['市卫生健康委党组书记', '主任']);
  });

  it('reads names after a rank note and a list ending in 和', () => {
    expect(officials('市卫健委副主任(正处级)金鹏出席。').map((o) => o.name)).toEqual(['金鹏']);
    expect(officials('副主任王芳、李明和张华出席会议。').map((o) => o.name)).toEqual(['王芳', '李明', '张华']);
    expect(officials('副市长李明和全体干部合影。').map((o) => o.name)).toEqual(['李明']);
  });
});

describe('title phrases after a clause (了, 的, verbs of relaying)', () => {
  it('starts no title with the particle or verb before it (听取了, 传达学习了, 会见了)', () => {
    expect(
      officials('会议听取了市人大常委会副主任、执法检查组组长吴红梅作的关于全市医疗机构执法检查情况的报告。')[0]
        ?.titles,
    ).toEqual(['市人大常委会副主任', '执法检查组组长']);
    expect(officials('会议传达学习了副省长孙立平的批示精神。', PROVINCE)[0]?.titles).toEqual(['副省长']);
    expect(officials('市委书记会见了省卫生健康委主任林永安一行。')[0]?.titles).toEqual(['省卫生健康委主任']);
  });

  it('leaves a 分管 descriptor out of the title (分管教育工作的副市长)', () => {
    const [o] = officials('分管教育工作的副市长钱国栋出席。');
    expect(o?.titles).toEqual(['副市长']);
    expect(o?.org).toBe('青川市人民政府');
  });

  it('keeps 学习 inside a body name (党史学习教育领导小组办公室主任)', () => {
    expect(officials('市委党史学习教育领导小组办公室主任何冬梅出席。')[0]?.titles).toEqual([
      '市委党史学习教育领导小组办公室主任',
    ]);
  });

  it('starts a title at its body after 和 joining words that name none (先进集体和|市人民医院…护士长)', () => {
    const [o] = officials('表彰了5个先进集体和市人民医院护理部护士长邓丽娟等20名先进个人。');
    expect(o?.titles).toEqual(['市人民医院护理部护士长']);
    expect(o?.org).toBe('青川市人民医院');
  });

  it('reads no title in 全省长江, 全市长期', () => {
    expect(officials('全省长江流域的治理,全市长期坚持。', PROVINCE)).toEqual([]);
  });
});

describe('title phrases after a demonstrative body', () => {
  it('starts the title at the title word after 该院/该中心 (责成X对该院院长Y)', () => {
    expect(officials('市第三人民医院瞒报数据,责成市卫生健康委对该院院长龚志宏进行约谈。')[0]?.titles).toEqual(['院长']);
    expect(officials('市急救中心调度超时,市卫生健康委约谈该中心主任龙晓燕。')[0]?.titles).toEqual(['主任']);
  });
});

describe('title words of teams, assistants and supervisors', () => {
  it('reads 医疗队队长, 院长助理 and a chained 博士生导师', () => {
    expect(officials('援滇医疗队队长詹志明表示,要带好队伍。')[0]?.titles).toEqual(['援滇医疗队队长']);
    expect(officials('市人民医院院长助理柯晓东介绍情况。')[0]?.titles).toEqual(['市人民医院院长助理']);
    expect(officials('市人民医院副院长、博士生导师彭海涛表示。')[0]?.titles).toEqual([
      '市人民医院副院长',
      '博士生导师',
    ]);
  });
});

describe('长 opening a word after a title word', () => {
  it('reads no 市长/县长 where 长 opens 长效/长远/长久 (卫生城市长效管理, 县城市长远规划)', () => {
    expect(officials('各地以国家卫生城市长效管理为抓手,巩固创建成果。')).toEqual([]);
    expect(officials('统筹推进文明城市长远建设和健康城市长久发展。')).toEqual([]);
  });

  it('still reads a 市长 followed by other words (市长周立新, 院长期间 of a named person)', () => {
    expect(officials('副市长周立新出席会议。')[0]?.name).toBe('周立新');
    expect(officials('市人民医院院长方文表示,要长效推进。')[0]?.titles).toEqual(['市人民医院院长']);
  });
});
