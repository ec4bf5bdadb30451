import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-04-02' }))].map((s) => [
    s.speaker,
    s.verb,
    (s.contentText ?? '').slice(0, 12) || null,
  ]);

const LEAD =
  '4月1日,市政府新闻办举行新闻发布会。副市长周明远,市卫生健康委主任吴佳宁出席发布会。市政府新闻办主任邹红主持发布会。';

describe('extractStatements: transcript turns', () => {
  it('reads each official’s labelled turn as an act with the turn’s words, greeting included', () => {
    const text = `${LEAD}\n【主持人】邹红:\n大家好!首先,请周明远副市长介绍有关情况。\n【发布人】周明远:\n各位媒体朋友,大家好!今年以来,全市卫生健康工作稳步推进。`;
    expect(st(text)).toEqual([
      ['邹红', '主持', null],
      ['周明远', '介绍', '各位媒体朋友,大家好!今'],
    ]);
  });

  it('takes the verb the host invited (请X主任通报…) and 回答 for an answer turn', () => {
    const text = `${LEAD}\n【主持人】邹红:\n下面请吴佳宁主任通报一季度主要数据。\n【发布人】吴佳宁:\n好的。一季度全市诊疗人次平稳增长。\n【记者问】江城晚报记者:\n今年有哪些新举措?\n【答】吴佳宁:\n谢谢提问。今年我们将推开医疗集团建设。`;
    expect(st(text).slice(1)).toEqual([
      ['吴佳宁', '通报', '好的。一季度全市诊疗人次'],
      ['吴佳宁', '回答', '谢谢提问。今年我们将推开'],
    ]);
  });

  it('reads a label with its words on the same line and a title before the name', () => {
    const text = `${LEAD}\n问:医保有什么新变化?\n【答】市卫生健康委主任吴佳宁:今年将扩大门诊统筹范围。\n市卫生健康委主任吴佳宁:我补充一点,家庭医生签约继续扩面。`;
    expect(st(text).slice(1)).toEqual([
      ['吴佳宁', '回答', '今年将扩大门诊统筹范围。'],
      ['吴佳宁', '介绍', '我补充一点,家庭医生签约'],
    ]);
  });

  it('keeps a narrated verb inside a turn as its own act and ends the turn’s content before it', () => {
    const text = `${LEAD}\n【答】周明远:\n今年将新增托位两千个。周明远强调,各部门要抓好落实。`;
    expect(st(text).slice(1)).toEqual([
      ['周明远', '强调', '各部门要抓好落实。'],
      ['周明远', '回答', '今年将新增托位两千个。'],
    ]);
  });

  it('gives no act to the host’s procedural turns, journalists, unknown names or a host’s invitation', () => {
    const text = `${LEAD}\n【主持人】邹红:\n请周明远副市长介绍情况。\n【记者问】江城日报记者:\n请问有何安排?\n【答】李四:\n我们将加强监测。`;
    expect(st(text)).toEqual([['邹红', '主持', null]]);
  });

  it('does not read a speech verb with a colon in a news report as a turn', () => {
    expect(st(`${LEAD}\n周明远强调:要抓好春季传染病防控。`).slice(1)).toEqual([
      ['周明远', '强调', '要抓好春季传染病防控。'],
    ]);
  });

  it('reads a label with a bracketed title after the name, and no act from an invitation naming a title first', () => {
    const text = `${LEAD}\n主持人:下面请市卫生健康委主任吴佳宁介绍情况。\n吴佳宁(市卫生健康委主任):大家好。今年以来全市工作稳步推进。`;
    expect(st(text).slice(1)).toEqual([['吴佳宁', '介绍', '大家好。今年以来全市工作']]);
  });

  it('reads a bracket holding the speaker (【市卫生健康委主任X】), and none from 【主持人X】', () => {
    const text = `${LEAD}\n【主持人邹红】\n请吴佳宁主任发布有关数据。\n【市卫生健康委主任吴佳宁】\n一季度全市诊疗量平稳增长。`;
    expect(st(text).slice(1)).toEqual([['吴佳宁', '发布', '一季度全市诊疗量平稳增长']]);
  });

  const HEADER =
    '时间:2025年4月1日上午\n发布人:市卫生健康委员会主任吴佳宁\n市中心医院院长韦立群\n主持人:市委宣传部副部长、市政府新闻办主任邹红';

  it('reads a header naming the host (主持人:title X) as X’s 主持, once though the lead says so too', () => {
    expect(
      st(`${HEADER}\n主持人:各位记者朋友,大家上午好!请吴佳宁同志介绍情况。\n吴佳宁:全市卫生健康工作稳步推进。`),
    ).toEqual([
      ['邹红', '主持', null],
      ['吴佳宁', '介绍', '全市卫生健康工作稳步推进'],
    ]);
    expect(st(`${LEAD}\n主持人:市政府新闻办主任邹红\n主持人:请周明远副市长介绍情况。`)).toEqual([
      ['邹红', '主持', null],
    ]);
  });

  it('reads a named turn right after a journalist’s question as 回答, and one after the host’s words as 介绍', () => {
    const text = `${HEADER}\n主持人:请吴佳宁同志介绍情况。\n吴佳宁:全市工作稳步推进。\n江城日报记者:医疗集团有何进展?\n韦立群:集团已有成员单位20家。\n吴佳宁:我补充一点。`;
    expect(st(text).map((s) => [s[0], s[1]])).toEqual([
      ['邹红', '主持'],
      ['吴佳宁', '介绍'],
      ['韦立群', '回答'],
      ['吴佳宁', '介绍'],
    ]);
  });

  it('reads no 主持 from a host’s unpunctuated turn calling on someone (主持人:下面有请X)', () => {
    expect(st(`${HEADER}\n主持人:下面有请吴佳宁`)).toEqual([['邹红', '主持', null]]);
  });

  it('gives a bare 答: turn to the one the host’s turn before it invited, by name or by surname and title', () => {
    const byName = `${HEADER}\n江城日报记者:医疗集团有何进展?\n主持人:请韦立群院长回答。\n答:谢谢。集团已有成员单位20家。`;
    expect(st(byName).slice(1)).toEqual([['韦立群', '回答', '谢谢。集团已有成员单位2']]);
    const bySurname = `${HEADER}\n主持人:请韦院长回答。\n答:集团已有成员单位20家。`;
    expect(st(bySurname).slice(1)).toEqual([['韦立群', '回答', '集团已有成员单位20家。']]);
  });

  it('gives a bare 答: turn to nobody after a question alone or an invitation of an unknown name', () => {
    expect(st(`${HEADER}\n记者:医疗集团有何进展?\n答:集团已有成员单位20家。`).slice(1)).toEqual([]);
    expect(st(`${HEADER}\n主持人:请张院长回答。\n答:集团已有成员单位20家。`).slice(1)).toEqual([]);
  });

  describe('turns labelled by surname and title only (call-in and interview transcripts)', () => {
    const INTRO = '本期节目邀请到市卫生健康委员会主任郑晓梅、市医疗保障局副局长钱立新做客直播间。';

    it('gives 郑主任: and 钱副局长: to the one guest with that surname and title, skipping greeting-only turns', () => {
      const text = `${INTRO}\n主持人:两位嘉宾好!\n郑主任:主持人好,听众朋友们好!\n钱副局长:大家好!\n听众(城东李先生):挂号难怎么办?\n郑主任:李先生您好。下月起全市推行分时段预约。\n钱副局长:我补充一点,异地结算将再扩面。`;
      expect(st(text).map((s) => [s[0], s[2]])).toEqual([
        ['郑晓梅', '李先生您好。下月起全市推'],
        ['钱立新', '我补充一点,异地结算将再'],
      ]);
    });

    it('reads no speaker from a label whose surname and title fit nobody, or fit two officials', () => {
      expect(st(`${INTRO}\n王主任:下月起全市推行分时段预约。`)).toEqual([]);
      const two = '市卫生健康委员会主任郑晓梅、市医疗保障局主任郑海出席。';
      expect(st(`${two}\n郑主任:下月起全市推行分时段预约。`).filter((s) => s[2])).toEqual([]);
    });
  });

  describe('a 纪要 header field naming the chair', () => {
    it('reads 主　　持:title X as X’s 主持 when X is an official of the text', () => {
      const text =
        '时　　间:2026年5月8日上午9:00\n主　　持:党委书记、主任　陶文斌\n参加人员:副主任魏小兰、林涛\n\n会议认为,信息化建设十分必要。';
      expect(st(text)).toEqual([
        ['会议', '认为', '信息化建设十分必要。'],
        ['陶文斌', '主持', null],
      ]);
    });

    it('reads no chair from a field naming nobody known or from a running sentence', () => {
      expect(st('主　　持:办公室\n会议认为,要抓好落实。')).toEqual([['会议', '认为', '要抓好落实。']]);
      expect(st('副主任魏小兰主持:会议议程如下。').filter((s) => s[1] === '主持' && s[0] !== '魏小兰')).toEqual([]);
    });
  });
});
