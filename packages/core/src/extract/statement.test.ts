import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2024-02-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements', () => {
  it('reads speaker + verb + content to the end of the paragraph', () => {
    expect(st('省卫健委主任柯明远出席会议。\n柯明远指出,全年工作成效明显。\n柯明远强调,要抓好落实。')).toEqual([
      ['柯明远', '指出', '全年工作成效明显。'],
      ['柯明远', '强调', '要抓好落实。'],
    ]);
  });

  it('makes the meeting the speaker of 会议强调', () => {
    expect(st('会议强调,要坚持稳中求进。')).toEqual([['会议', '强调', '要坚持稳中求进。']]);
  });

  it('resolves 他/她 to the nearest named speaker', () => {
    expect(st('副市长宋志坚出席会议并讲话。她指出,要补短板。').map((s) => s[0])).toEqual(['宋志坚', '宋志坚']);
  });

  it('reads content-free acts (主持, 作工作报告)', () => {
    expect(st('会议由副主任罗静主持。主任韩立平作工作报告。')).toEqual([
      ['罗静', '主持', null],
      ['韩立平', '作工作报告', null],
    ]);
  });

  it('splits distributive 分别 topics over the speakers', () => {
    expect(st('副主任罗静、宋志坚分别就医保支付、疾病预防进行了通报。')).toEqual([
      ['罗静', '通报', '医保支付'],
      ['宋志坚', '通报', '疾病预防'],
    ]);
  });

  it('gives each signer of a joint instruction a statement', () => {
    expect(
      st('省委书记韩立平,省长魏东对卫生工作作出批示,充分肯定了成绩。')
        .map((s) => s[0])
        .sort(),
    ).toEqual(['韩立平', '魏东']);
  });

  it('does not read nouns (部署要求的) as speech acts', () => {
    expect(st('全面落实党中央的部署要求的精神。')).toEqual([]);
  });
});

describe('extractStatements: more genre forms', () => {
  it('skips an occasion adverbial (在…上) between speaker and verb', () => {
    expect(st('副县长赵海燕在全县卫生健康工作会议上强调,要抓好落实。')).toEqual([['赵海燕', '强调', '要抓好落实。']]);
  });

  it('reads a report made on behalf of a body (代表局党组作工作报告) as the act 作工作报告', () => {
    expect(st('局长孙立军代表局党组作工作报告。')).toEqual([['孙立军', '作工作报告', null]]);
  });

  it('ends a topic act (会议通报) with its sentence', () => {
    expect(st('会议还通报了年度考核结果。三家单位作交流发言。')).toEqual([['会议', '通报', '年度考核结果。']]);
  });
});

describe('extractStatements: named meetings as speakers', () => {
  it('makes 会议 the speaker when a named meeting is the subject, and names the meeting', () => {
    const found = [...extractStatements(makeTestDoc('3月2日,全省妇幼健康工作会议要求,要守牢母婴安全底线。'))];
    expect(found.map((s) => [s.speaker, s.verb, s.meeting])).toEqual([['会议', '要求', '全省妇幼健康工作会议']]);
  });

  it('does not read 按照会议要求 as a statement', () => {
    expect(st('各地要按照会议要求,抓好落实。')).toEqual([]);
  });
});

describe('extractStatements: speeches without content', () => {
  it('reads 作总结讲话 and 主持会议并讲话 as acts', () => {
    expect(st('市长韩立平主持会议并讲话。副市长魏东作总结讲话。')).toEqual([
      ['韩立平', '主持', null],
      ['韩立平', '讲话', null],
      ['魏东', '讲话', null],
    ]);
  });
});

describe('extractStatements: distributive acts without topics', () => {
  it('gives each official of a list its own 分别发言, titles written per person', () => {
    expect(st('省医保局局长冯志远、省中医药局局长褚永康分别发言。').map((s) => [s[0], s[1]])).toEqual([
      ['冯志远', '发言'],
      ['褚永康', '发言'],
    ]);
  });
});

describe('extractStatements: partial speakers and chained acts', () => {
  it('reads a given-name partial (振邦书记) speaking, and the 要求 after 并作重要讲话', () => {
    expect(st('会上,振邦书记出席会议并作重要讲话,要求全省上下抓好落实。')).toEqual([
      ['振邦书记', '讲话', null],
      ['振邦书记', '要求', '全省上下抓好落实。'],
    ]);
  });
});

describe('extractStatements: topic acts of a report', () => {
  it('reads 出席会议,全面总结X and 主持会议,安排部署Y as topic acts ending with their clause', () => {
    expect(st('局长孙立军出席会议,全面总结全年工作;副局长钱红梅主持会议,安排部署党建工作;其他同志参会。')).toEqual([
      ['孙立军', '总结', '全年工作;'],
      ['钱红梅', '主持', null],
      ['钱红梅', '安排部署', '党建工作;'],
    ]);
  });
});

describe('extractStatements: demands on a topic', () => {
  it('reads 应邀参加会议,并对X提出了明确要求 with X as the topic', () => {
    expect(st('市纪委监委第二监督检查室主任韩志林应邀参加会议,并对医保系统作风建设提出了明确要求。')).toEqual([
      ['韩志林', '提出了明确要求', '医保系统作风建设'],
    ]);
  });
  it('does not read a demand without 对 (提出要求的文件) as one', () => {
    expect(st('副局长韩志林参加会议。文件提出了明确要求。').map((s) => s[1])).not.toContain('提出了明确要求');
  });
});

describe('extractStatements: reports, topic acts and numbered demands', () => {
  it('keeps the report act without 代表X or 题为《》的 (the title is its topic)', () => {
    expect(st('省卫生健康委主任冉立新代表委党组作工作报告。')).toEqual([['冉立新', '作工作报告', null]]);
    expect(st('局长冉立新作了题为《奋楫笃行》的工作报告。')).toEqual([['冉立新', '作工作报告', '奋楫笃行']]);
    expect(st('局长冉立新作了工作报告。')).toEqual([['冉立新', '作工作报告', null]]);
  });
  it('reads 就X作了安排部署 with X as the topic', () => {
    expect(st('副局长韦晓华同志就安全生产工作作了安排部署。')).toEqual([['韦晓华', '安排部署', '安全生产工作']]);
  });
  it('reads 对X提出三点要求: with the demands as content', () => {
    expect(st('局长冉立新对下一步工作提出三点要求:一是抓学习。')).toEqual([['冉立新', '提出三点要求', '一是抓学习。']]);
  });
  it('reads 主持会议并作总结讲话 as two acts', () => {
    expect(st('局长冉立新主持会议并作总结讲话。')).toEqual([
      ['冉立新', '主持', null],
      ['冉立新', '讲话', null],
    ]);
  });
});

describe('extractStatements: the meeting and date of a statement come from its own text (issue 3)', () => {
  const st = (text: string, opts: TestDocOptions = {}) =>
    [...extractStatements(makeTestDoc(text, opts))].map((s) => [s.speaker, s.meeting, s.date]);

  it('keeps the meeting of the lead for statements after past events the report mentions', () => {
    const text =
      '4月18日,市卫健委召开2023年全市卫生健康工作会议。\n去年召开全市纪念爱国卫生运动70周年大会。\n会议强调,要抓好落实。';
    expect(st(text, { published: '2023-04-19' })).toEqual([['会议', '2023年全市卫生健康工作会议', '2023-04-18']]);
  });

  it('takes a meeting held earlier in the paragraph, or before a paragraph opening 会上', () => {
    const text =
      '今天召开全县卫生工作会议。\n今年3月,省委召开了全省卫生与健康大会,张明远书记出席会议并讲话。\n会上,县卫健局局长李红梅传达了文件精神。';
    expect(st(text, { published: '2023-11-19', inCollection: true })).toEqual([
      ['张明远', '全省卫生与健康大会', '--03'],
      ['李红梅', '全省卫生与健康大会', '--03'],
    ]);
  });

  it('gives no meeting to statements of a text that introduces none before them', () => {
    const text = '会上,县卫健局局长李红梅传达了文件精神。\n2月23日,县卫健局召开全县党风廉政建设工作会议。';
    expect(st(text, { published: '2023-11-19', inCollection: true })).toEqual([['李红梅', undefined, undefined]]);
  });

  it('dates a statement by a year-dated sentence of its own, with no meeting', () => {
    const text = '今天召开全市卫生工作会议。\n2014年12月,习近平总书记在江苏调研时指出,没有全民健康就没有全面小康。';
    expect(st(text, { published: '2023-11-19', inCollection: true })).toEqual([['习近平', undefined, '2014-12']]);
  });
});

describe('extractStatements: subjectless verbs and dated meeting subjects (after the blind gold)', () => {
  const who = (text: string) => [...extractStatements(makeTestDoc(text))].map((s) => [s.speaker, s.verb]);

  it('gives a sentence opening with 要求 to the person who spoke earlier in the paragraph', () => {
    expect(who('县卫生健康局局长杨惠对全年工作作出回顾。要求以加强制度建设为主线,抓好落实。')).toEqual([
      ['杨惠', '要求'],
    ]);
  });

  it('gives it to no one across a paragraph or without a person before it', () => {
    expect(who('县卫生健康局局长杨惠作工作报告。\n要求以加强制度建设为主线。')).toEqual([['杨惠', '作工作报告']]);
    expect(who('全县上下成效明显。要求以加强制度建设为主线。')).toEqual([]);
  });

  it('reads a dated meeting as the subject (…召开的全国基层卫生健康工作电视电话会明确指出)', () => {
    const [st] = [
      ...extractStatements(
        makeTestDoc('今年1月6日至7日召开的全国基层卫生健康工作电视电话会明确指出,要以人民健康为中心。'),
      ),
    ];
    expect([st?.speaker, st?.verb, st?.meeting]).toEqual(['会议', '指出', '全国基层卫生健康工作电视电话会']);
  });
});

describe('extractStatements: round-2 genre forms', () => {
  it('reads a speech named as a thing to carry out (讲话和…, 讲话精神) as no act', () => {
    expect(st('副市长宋志坚出席会议并讲话。会议要求抓好宋志坚副市长讲话和工作报告的落实。').map((s) => s[1])).toEqual([
      '讲话',
      '要求',
    ]);
    expect(st('大家表示,将认真贯彻宋志坚主任讲话精神。').filter((s) => s[1] === '讲话')).toEqual([]);
    // A speech act itself still counts.
    expect(st('副市长宋志坚在会上讲话。')).toEqual([['宋志坚', '讲话', null]]);
  });

  it('splits 分别通报了A、B和C over the speakers in order', () => {
    expect(st('副主任罗静、宋志坚、韦晓华分别通报了医疗质量、疾病预防和中医药工作情况。')).toEqual([
      ['罗静', '通报', '医疗质量'],
      ['宋志坚', '通报', '疾病预防'],
      ['韦晓华', '通报', '中医药工作情况'],
    ]);
  });

  it('splits 分别解读了《A》和《B》 by the titles', () => {
    expect(st('副局长罗静、宋志坚分别解读了《关于加强监测和预警的意见》和《行动方案》。')).toEqual([
      ['罗静', '解读', '关于加强监测和预警的意见'],
      ['宋志坚', '解读', '行动方案'],
    ]);
  });

  it('gives each speaker the whole object when the counts differ', () => {
    expect(st('副主任罗静、宋志坚分别通报了医疗质量、疾病预防和中医药工作。').map((s) => s[2])).toEqual([
      '医疗质量、疾病预防和中医药工作',
      '医疗质量、疾病预防和中医药工作',
    ]);
  });

  it('reads 传达学习了X,传达了Y as two topic acts', () => {
    expect(st('会议传达学习了上级的重要指示精神,传达了全国工作会议精神。')).toEqual([
      ['会议', '传达学习', '上级的重要指示精神'],
      ['会议', '传达', '全国工作会议精神。'],
    ]);
    // One object stays one act.
    expect(st('会议传达了全国工作会议精神。')).toEqual([['会议', '传达', '全国工作会议精神。']]);
  });
});

describe('extractStatements: speakers with transliterated names', () => {
  it('reads attend-and-speak, the work report, a bare repeated name and 他 for dotted names', () => {
    expect(
      st(
        '2025年1月20日,自治区卫生健康工作会议在乌鲁木齐召开。自治区副主席努尔兰·阿不都热合曼出席会议并讲话。自治区卫生健康委党组书记、主任阿不都热依木·达吾提作工作报告。\n努尔兰·阿不都热合曼指出,全区卫生健康事业取得新进展。\n他强调,要深入实施健康行动。',
      ),
    ).toEqual([
      ['努尔兰·阿不都热合曼', '讲话', null],
      ['阿不都热依木·达吾提', '作工作报告', null],
      ['努尔兰·阿不都热合曼', '指出', '全区卫生健康事业取得新进展。'],
      ['努尔兰·阿不都热合曼', '强调', '要深入实施健康行动。'],
    ]);
  });

  it('finds a repeated name written with another separator, and the first part alone', () => {
    expect(st('副主任格桑·次旦出席会议。\n格桑•次旦指出,要抓好落实。\n格桑强调,要守住底线。')).toEqual([
      ['格桑·次旦', '指出', '要抓好落实。'],
      ['格桑·次旦', '强调', '要守住底线。'],
    ]);
    // The first part + title (格桑副主任) speaks under the full name.
    expect(st('副主任格桑·次旦出席会议。\n格桑副主任要求,要补短板。')).toEqual([['格桑·次旦', '要求', '要补短板。']]);
  });
});
