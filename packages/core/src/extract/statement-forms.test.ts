import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { attributionStart, quoteBefore, speechForm } from './statement-forms.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-09-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('quoteBefore', () => {
  it('finds a quote that opens its sentence and ends right before the speaker', () => {
    expect(quoteBefore('“要抓落实。”他说。', 7)).toEqual([1, 6]);
    expect(quoteBefore('会议召开。“要抓落实”,他说。', 12)).toEqual([6, 10]);
    // A nested quote is skipped.
    expect(quoteBefore('“不是“拼盘”而是融合。”他说。', 13)).toEqual([1, 12]);
  });

  it('finds none after a colon, inside a sentence, or for a short quoted word', () => {
    expect(quoteBefore('院长说:“要抓落实。”他说。', 11)).toBeUndefined();
    expect(quoteBefore('要落实“早发现”他说。', 8)).toBeUndefined();
    expect(quoteBefore('会上。“好”他说。', 6)).toBeUndefined();
  });
});

describe('speechForm', () => {
  it('reads 在X看来 as 认为 and set phrases as the verb they stand for', () => {
    expect(speechForm('在他看来,要补短板。', 2, 1)).toEqual({ verb: '认为', vEnd: 4 });
    expect(speechForm('他给记者算了一笔账:', 1, 0)).toEqual({ verb: '算账', vEnd: 9 });
    expect(speechForm('他打了个比方:', 1, 0)).toEqual({ verb: '打比方', vEnd: 6 });
    expect(speechForm('他举了一个例子:', 1, 0)).toEqual({ verb: '举例', vEnd: 7 });
    expect(speechForm('他告诉本报记者,', 1, 0)).toEqual({ verb: '告诉', vEnd: 7 });
  });

  it('ends a verb with its addressee at the colon (寄语X:), and reads no form in plain words', () => {
    expect(speechForm('他寄语青年医生:“要扎根基层。”', 1, 0)).toEqual({ verb: '寄语', vEnd: 7 });
    expect(speechForm('他看来很累。', 1, 0)).toBeUndefined();
    expect(speechForm('他算了算时间,', 1, 0)).toBeUndefined();
  });
});

describe('attributionStart', () => {
  it('starts an act attributed with 据 or 在…看来 at that word', () => {
    expect(attributionStart('。据他介绍,', { start: 2, end: 3 })).toBe(1);
    expect(attributionStart('。在他看来,', { start: 2, end: 3 })).toBe(1);
    expect(attributionStart('现在他说,', { start: 2, end: 3 })).toBe(2);
  });
});

describe('extractStatements: a quote before its speaker', () => {
  it('gives the quote to the speaker after it, with the verb when it ends the sentence', () => {
    expect(st('县人民医院院长何静出席会议。“今年要把家门口的服务做实。”何静笑着说。')).toEqual([
      ['何静', '说', '今年要把家门口的服务做实。'],
    ]);
    expect(st('县卫生健康局局长何静出席活动。“不能只看床位数。”她坦言。')).toEqual([
      ['何静', '坦言', '不能只看床位数。'],
    ]);
  });

  it('reads both the quote (说) and the words after the verb (他说,…; 她认为,…)', () => {
    expect(st('县卫生健康局局长何静出席活动。“医共体要真融合。”她说,全县已组建医共体3个。')).toEqual([
      ['何静', '说', '医共体要真融合。'],
      ['何静', '说', '全县已组建医共体3个。'],
    ]);
    expect(st('副县长宋志坚出席活动。“村医是守门人。”她认为,要提高村医待遇。')).toEqual([
      ['宋志坚', '说', '村医是守门人。'],
      ['宋志坚', '认为', '要提高村医待遇。'],
    ]);
  });

  it('ends an earlier speech where the quote opens', () => {
    expect(st('院长何静表示,今年门诊量增长了一成。“服务还要再提速。”她说。')).toEqual([
      ['何静', '表示', '今年门诊量增长了一成。'],
      ['何静', '说', '服务还要再提速。'],
    ]);
  });

  it('gives no quote after a colon to the next speaker', () => {
    expect(st('院长何静说:“门诊量增长了一成。”副院长韩立平表示,要再接再厉。')).toEqual([
      ['何静', '说', '门诊量增长了一成。'],
      ['韩立平', '表示', '要再接再厉。'],
    ]);
  });
});

describe('extractStatements: interview forms', () => {
  it('reads 在他看来 (认为) and 据他介绍 (介绍), each ending the one before', () => {
    expect(st('市疾控中心主任林海峰出席会议。在他看来,监测网络还要织密。据他介绍,全市已设哨点医院20家。')).toEqual([
      ['林海峰', '认为', '监测网络还要织密。'],
      ['林海峰', '介绍', '全市已设哨点医院20家。'],
    ]);
    expect(st('市疾控中心主任林海峰出席会议。根据他的安排,会议推迟。')).toEqual([]);
  });

  it('reads 算了一笔账, 打了个比方 and 举了个例子 with the content after the colon', () => {
    expect(st('县人民医院院长何静出席会议。她给记者算了一笔账:全县村医平均年龄56岁。')).toEqual([
      ['何静', '算账', '全县村医平均年龄56岁。'],
    ]);
    expect(st('县人民医院院长何静出席会议。何静打了个比方:医联体就像一家人。')).toEqual([
      ['何静', '打比方', '医联体就像一家人。'],
    ]);
    expect(st('县人民医院院长何静出席会议。他举了个例子:去年一名患者在镇上就做了透析。')).toEqual([
      ['何静', '举例', '去年一名患者在镇上就做了透析。'],
    ]);
    expect(st('县人民医院院长何静出席会议。何静算了算时间,决定连夜出发。')).toEqual([]);
  });

  it('reads 告诉记者, 对记者说 and a manner adverbial before 说', () => {
    expect(st('县人民医院院长何静出席会议。何静告诉记者,门诊量增长了一成。')).toEqual([
      ['何静', '告诉', '门诊量增长了一成。'],
    ]);
    expect(st('市中心医院副院长梁文涛对记者说,儿科医生缺口大。')).toEqual([['梁文涛', '说', '儿科医生缺口大。']]);
    expect(st('县人民医院院长何静出席会议。何静深有感触地说,基层留人难。')).toEqual([['何静', '说', '基层留人难。']]);
  });

  it('reads 寄语/叮嘱 an addressee with the words after the colon, and 呼吁/直言', () => {
    expect(st('副市长方云海出席会议。方云海寄语青年医生:“要扎根基层。”')).toEqual([['方云海', '寄语', '要扎根基层。']]);
    expect(st('副市长方云海叮嘱大家:要守牢安全底线。')).toEqual([['方云海', '叮嘱', '要守牢安全底线。']]);
    expect(st('全国政协委员、市中心医院副院长梁文涛呼吁,加快儿科医生培养。')).toEqual([
      ['梁文涛', '呼吁', '加快儿科医生培养。'],
    ]);
    expect(st('市中心医院副院长梁文涛出席会议。他直言,儿科医生缺口大。')).toEqual([
      ['梁文涛', '直言', '儿科医生缺口大。'],
    ]);
  });
});

describe('extractStatements: acts named by a title or after a studied topic', () => {
  it('reads 作《X的报告》 as 作报告 and 作了《X的说明》 as 作说明, the title their topic', () => {
    expect(st('副院长何静作《关于全年财务预算执行情况的报告》。')).toEqual([
      ['何静', '作报告', '关于全年财务预算执行情况的报告'],
    ]);
    expect(st('副局长何静作了《关于调整收费标准的说明》。')).toEqual([['何静', '作说明', '关于调整收费标准的说明']]);
  });

  it('reads the act after what a meeting studied or passed (会议研究了X,强调Y), and none without one', () => {
    expect(st('会议研究了防汛工作,强调要压实责任。')).toEqual([['会议', '强调', '要压实责任。']]);
    expect(st('会议审议通过《全市医疗废物管理办法》,要求各地抓好落实。')).toEqual([['会议', '要求', '各地抓好落实。']]);
    expect(st('会议研究了防汛工作。')).toEqual([]);
  });
});

describe('extractStatements: a meeting’s decisions (会议纪要 items, 常务会议 reports)', () => {
  it('reads 会议同意 / 原则通过 / 决定 / 明确 as the meeting’s acts, with or without a comma after the verb', () => {
    const text =
      '一、关于检验设备更新\n会议同意更新全自动血球分析仪2台,所需经费由单位自筹。\n二、关于考核办法\n会议原则通过《中心2026年度考核办法》。会议决定,成立考核工作专班。\n三、关于家庭医生签约\n会议明确,各科室6月底前完成签约任务分解。';
    expect(st(text).map((s) => [s[0], s[1], String(s[2]).slice(0, 8)])).toEqual([
      ['会议', '同意', '更新全自动血球分'],
      ['会议', '原则通过', '《中心2026年'],
      ['会议', '决定', '成立考核工作专班'],
      ['会议', '明确', '各科室6月底前完'],
    ]);
  });

  it('keeps 明确指出 a 指出, and reads no decision of a person or of a meeting named as an object', () => {
    expect(st('会议明确指出,要压实属地责任。')).toEqual([['会议', '指出', '要压实属地责任。']]);
    expect(st('局长孙立平同意了这一方案。')).toEqual([]);
    expect(st('按照会议决定,各单位抓好落实。')).toEqual([]);
  });
});

describe('extractStatements: a venue between the speaker and the act', () => {
  it('skips a long venue ending with its head noun (在X楼第三会议室主持召开), as a short place', () => {
    expect(st('5月6日,副县长蒋思远在县政府四楼第二会议室主持召开专题会议。')).toEqual([['蒋思远', '主持', null]]);
    expect(st('5月6日,副县长蒋思远在县医院主持召开专题会议。')).toEqual([['蒋思远', '主持', null]]);
  });

  it('reads no act after a long place without a venue head noun', () => {
    expect(st('副县长蒋思远在全县各乡镇卫生院和村卫生室主持召开现场会。')).toEqual([]);
  });

  it('reads a content on through a hard line wrap inside its sentence (关系↵千家万户), not into a new block', () => {
    const wrapped = '副县长周立新出席会议。周立新指出,卫生健康事业关系\n千家万户,要抓好落实。';
    expect(st(wrapped).at(-1)?.[2]).toBe('卫生健康事业关系\n千家万户,要抓好落实。');
    expect(st('副县长周立新指出,要抓好三项工作\n一是加强领导。').at(-1)?.[2]).toBe('要抓好三项工作');
    expect(st('副县长周立新指出,要抓好落实。\n全县各乡镇参加会议。').at(-1)?.[2]).toBe('要抓好落实。');
  });
});
