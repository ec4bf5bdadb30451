import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-03-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements: topic-only speeches', () => {
  it('reads 就X作了专题发言 with X as the topic', () => {
    expect(st('省中医药局局长王丽君就中医药强省建设作了专题发言。')).toEqual([['王丽君', '发言', '中医药强省建设']]);
    expect(st('市医保局局长张立群围绕医保基金监管作交流发言。')).toEqual([['张立群', '发言', '医保基金监管']]);
  });

  it('splits 分别就A、B作了发言 over officials named again without their titles', () => {
    const text = '省医保局副局长赵明辉、省疾控局局长钱学军出席会议。\n赵明辉、钱学军分别就药品集采、疫苗接种作了发言。';
    expect(st(text)).toEqual([
      ['赵明辉', '发言', '药品集采'],
      ['钱学军', '发言', '疫苗接种'],
    ]);
  });

  it('reads 出席会议,并就X提出要求 with X as the topic', () => {
    expect(st('市纪委监委驻市卫生健康委纪检监察组组长孙海涛出席会议,并就节前廉洁自律提出要求。')).toEqual([
      ['孙海涛', '提出要求', '节前廉洁自律'],
    ]);
  });
});

describe('extractStatements: activity clauses before the verb', () => {
  it('skips an occasion and an activity clause (在X上听取Y汇报时强调)', () => {
    expect(st('市委书记刘建国在市委常委会上听取卫生健康工作汇报时强调,要守牢安全底线。')).toEqual([
      ['刘建国', '强调', '要守牢安全底线。'],
    ]);
  });

  it('skips an activity clause alone (调研X时指出, 看望医务人员时表示)', () => {
    expect(st('副省长陈志远调研基层医疗机构建设时指出,要补齐短板。')).toEqual([['陈志远', '指出', '要补齐短板。']]);
    expect(st('县长马文斌看望一线医务人员时表示,全县将加大投入。')).toEqual([['马文斌', '表示', '全县将加大投入。']]);
  });

  it('skips an occasion with the speech in it (在X大会上讲话时强调), but keeps 在X上讲话 as the act', () => {
    expect(st('市委书记张建华在全市卫生健康大会上讲话时强调,要办好民生实事。')).toEqual([
      ['张建华', '强调', '要办好民生实事。'],
    ]);
    expect(st('市委书记张建华在全市卫生健康大会上讲话。')).toEqual([['张建华', '讲话', null]]);
  });

  it('does not skip a clause that ends with neither 时 nor 后 + a speech verb (听取汇报后,前往…)', () => {
    expect(st('市委书记刘建国听取汇报后,前往项目现场。')).toEqual([]);
  });
});

describe('extractStatements: who a partial or a meeting subject stands for', () => {
  it('gives a partial (韩书记) the full name of the one official with that surname and title', () => {
    const text = '委党组书记、主任许振华主持会议并讲话。\n许书记在讲话中强调,要狠抓落实。';
    expect(st(text).at(-1)).toEqual(['许振华', '强调', '要狠抓落实。']);
  });

  it('keeps the partial as written when no named official holds that title, or two do', () => {
    expect(st('副主任许振华出席会议。许书记强调,要狠抓落实。').at(-1)?.[0]).toBe('许书记');
    const two = '县委书记许振华、市委书记许明亮出席会议。许书记强调,要狠抓落实。';
    expect(st(two).at(-1)?.[0]).toBe('许书记');
  });

  it('does not make a meeting held by a body the subject of a headline verb (X召开党组(扩大)会议 传达学习…)', () => {
    expect(st('省医保局召开党组(扩大)会议传达学习全国医疗保障工作会议精神')).toEqual([]);
    expect(st('市卫健委召开“清廉医院”建设推进会议强调抓好整改')).toEqual([]);
  });

  it('still reads 会议 as the subject after a comma or a full stop', () => {
    expect(st('1月6日,市卫健委召开党组会议。会议传达学习了全国医疗保障工作会议精神。')).toEqual([
      ['会议', '传达学习', '全国医疗保障工作会议精神。'],
    ]);
  });
});

describe('extractStatements: speeches relayed or studied are objects', () => {
  it('reads no act from 传达学习X总书记重要讲话重要指示精神', () => {
    expect(st('会议传达学习习近平总书记重要讲话重要指示精神。').filter((s) => s[0] !== '会议')).toEqual([]);
    expect(st('要认真学习领会习近平总书记重要讲话精神。')).toEqual([]);
  });

  it('still reads the act of a speaker outside such a clause', () => {
    expect(st('会议传达学习了上级精神。副市长郑国华作重要讲话。').at(-1)).toEqual(['郑国华', '讲话', null]);
  });
});

describe('extractStatements: reports and appraisals', () => {
  it('reads X汇报了Y情况 as a topic act ending with its sentence', () => {
    expect(st('市疾控中心主任林海峰汇报了全市传染病监测工作情况。副市长周立伟讲话。')[0]).toEqual([
      '林海峰',
      '汇报',
      '全市传染病监测工作情况。',
    ]);
  });

  it('reads no act of the one reported to (向X汇报)', () => {
    expect(st('各地要及时向省委书记王建军汇报工作进展。')).toEqual([]);
  });

  it('reads the act after an appraisal clause (充分肯定了X的工作,要求Y)', () => {
    expect(st('副省长林志刚充分肯定了省疾控中心的工作,要求进一步完善监测机制。')).toEqual([
      ['林志刚', '要求', '进一步完善监测机制。'],
    ]);
    expect(st('市长赵永平对全市医务人员表示感谢,并强调要守牢安全底线。')).toEqual([
      ['赵永平', '强调', '要守牢安全底线。'],
    ]);
  });
});

describe('extractStatements: the verb of a speech act', () => {
  it('gives a qualified 讲话 or 致辞 its head (作了总结讲话, 发表重要讲话 → 讲话), as 出席会议并讲话', () => {
    expect(st('副市长魏东作了总结讲话。')).toEqual([['魏东', '讲话', null]]);
    expect(st('县长钟明远发表热情洋溢的致辞。')).toEqual([['钟明远', '致辞', null]]);
  });

  it('keeps the kind of a 发言 as written without 了 (作了表态发言 → 作表态发言)', () => {
    expect(st('县卫生健康局局长何静作了表态发言。')).toEqual([['何静', '作表态发言', null]]);
  });

  it('gives a described speech its head (作了十分重要的讲话 → 讲话)', () => {
    expect(st('刚才,县委书记李光明作了十分重要的讲话。')).toEqual([['李光明', '讲话', null]]);
  });
});

describe('extractStatements: reports a meeting heard', () => {
  it('reads 听取了X关于Y的汇报 as X’s 汇报 on Y', () => {
    const text = '市卫生健康委主任林文涛出席会议。会议听取了林文涛关于全市医疗服务体系建设情况的汇报。';
    expect(st(text)).toEqual([['林文涛', '汇报', '关于全市医疗服务体系建设情况']]);
  });

  it('reads 听取了X作的关于Y的报告 as X’s 作报告 on Y, for each 听取 of the sentence', () => {
    const text =
      '会议听取了县人大常委会副主任、执法检查组组长吴红梅作的关于检查《中华人民共和国传染病防治法》实施情况的报告,听取了县卫生健康局局长马冬同志关于全县医疗机构运行情况的汇报。';
    expect(st(text)).toEqual([
      ['吴红梅', '作报告', '关于检查《中华人民共和国传染病防治法》实施情况'],
      ['马冬', '汇报', '关于全县医疗机构运行情况'],
    ]);
  });

  it('reads a mandate written before the reporter (听取了受X委托,Y作的关于Z的专项工作报告) and keeps the kind', () => {
    const text = '会议还听取了受县人民政府委托,县医疗保障局局长程立新作的关于全县医保基金监管情况的专项工作报告。';
    expect(st(text)).toEqual([['程立新', '作专项工作报告', '关于全县医保基金监管情况']]);
  });

  it('keeps a topic holding 的 whole (关于A的B的报告) and reads no act from 听取了X的报告', () => {
    const text = '会议听取了副市长韩静作的关于市本级的预算执行情况的报告。会议听取了韩静的报告。';
    expect(st(text)).toEqual([['韩静', '作报告', '关于市本级的预算执行情况']]);
  });

  it('reads one act when the next sentence gives the heard report with its words (…的汇报。X汇报,…)', () => {
    const text =
      '市卫生健康委主任林文涛出席会议。会议听取了林文涛关于全市医疗服务体系建设情况的汇报。林文涛汇报,全市已建成医联体42个。';
    expect(st(text)).toEqual([['林文涛', '汇报', '全市已建成医联体42个。']]);
    const apart =
      '市卫生健康委主任林文涛出席会议。会议听取了林文涛关于全市医疗服务体系建设情况的汇报。会议认为,成效明显。林文涛汇报,全市已建成医联体42个。';
    expect(st(apart).map((s) => s[2])).toEqual([
      '成效明显。',
      '全市已建成医联体42个。',
      '关于全市医疗服务体系建设情况',
    ]);
  });

  it('reads none without a named reporter (听取了关于Y的汇报, 听取了市卫生健康委的汇报)', () => {
    expect(st('会议听取了关于全市医疗服务体系建设情况的汇报。')).toEqual([]);
    expect(st('会议听取了市卫生健康委关于医疗服务体系建设情况的汇报。')).toEqual([]);
  });
});

describe('extractStatements: 分别作交流发言 by a comma list', () => {
  it('gives each titled person of a comma list the act as written (作交流发言)', () => {
    expect(st('会上,临夏市副市长赵明德,广河县县长孙立平,积石山县人民医院院长何静分别作交流发言。')).toEqual([
      ['赵明德', '作交流发言', null],
      ['孙立平', '作交流发言', null],
      ['何静', '作交流发言', null],
    ]);
  });

  it('keeps the bare noun for 分别发言 and joins no one whose own clause ends before the comma', () => {
    expect(st('副主任罗静、宋志坚分别作了发言。').map((s) => [s[0], s[1]])).toEqual([
      ['罗静', '发言'],
      ['宋志坚', '发言'],
    ]);
    const acts = st('县长孙立平主持会议,院长何静分别作交流发言。').filter((s) => s[1] === '作交流发言');
    expect(acts.map((s) => s[0])).toEqual(['何静']);
  });
});

describe('extractStatements: accounts, pledges, replies and led study', () => {
  it('reads 坦言, 谈到, 承诺 and 回应说 with their content', () => {
    expect(st('冯志远副局长坦言,基层人才短缺问题依然突出。')).toEqual([
      ['冯志远', '坦言', '基层人才短缺问题依然突出。'],
    ]);
    expect(st('王丽君院长谈到,全院已完成章程修订。')).toEqual([['王丽君', '谈到', '全院已完成章程修订。']]);
    expect(st('王丽君院长承诺,每年派驻专家不少于5名。')).toEqual([['王丽君', '承诺', '每年派驻专家不少于5名。']]);
    expect(st('冯志远司长回应说,热线已覆盖全部地市。')).toEqual([['冯志远', '回应', '热线已覆盖全部地市。']]);
  });

  it('reads 领学了X as a topic act, and no act from 在谈到X时 before the speaker', () => {
    expect(st('会上,王丽君副主任领学了党章有关内容。')).toEqual([['王丽君', '领学', '党章有关内容。']]);
    expect(st('在谈到下一步工作时,司长冯志远指出,要抓好落实。').map((s) => [s[0], s[1]])).toEqual([['冯志远', '指出']]);
  });

  it('splits 分别结合X,围绕A、B作了交流发言 over the list', () => {
    expect(st('副主任罗静、宋志坚分别结合分管工作,围绕医保基金监管、公立医院改革作了交流发言。')).toEqual([
      ['罗静', '交流', '医保基金监管'],
      ['宋志坚', '交流', '公立医院改革'],
    ]);
  });
});

describe('extractStatements: one chair per meeting, and who 他 stands for', () => {
  it('reads a headline 主持召开 and the lead 主持召开 of one meeting as one act', () => {
    const text =
      '王丽君主持召开县政府第五次常务会议\n3月4日,县长王丽君主持召开县政府第五次常务会议。会议听取了有关汇报。';
    expect(st(text).filter((s) => s[1] === '主持')).toEqual([['王丽君', '主持', null]]);
  });

  it('keeps one 主持 per meeting when a chair holds two', () => {
    const text = '3月4日,县长王丽君主持召开县政府第五次常务会议。\n3月9日,县长王丽君主持召开全县医改推进会。';
    expect(st(text).filter((s) => s[1] === '主持')).toHaveLength(2);
  });

  it('does not take a leader named as what is studied as the antecedent of 他', () => {
    const text = '王丽君院长强调,要把学习贯彻习近平新时代中国特色社会主义思想作为首要任务。他要求,要加强作风建设。';
    expect(st(text).map((s) => [s[0], s[1]])).toEqual([
      ['王丽君', '强调'],
      ['王丽君', '要求'],
    ]);
  });
});

describe('extractStatements: an act after a deployment clause', () => {
  it('reads 会议还对X进行了安排部署,要求Y as the meeting’s 要求', () => {
    expect(st('会议还对汛期医疗保障工作进行了安排部署,要求各单位落实值班制度。')).toEqual([
      ['会议', '要求', '各单位落实值班制度。'],
    ]);
  });

  it('reads no act from a deployment clause with no act after it', () => {
    expect(st('会议还对汛期医疗保障工作进行了安排部署。')).toEqual([]);
  });
});

describe('extractStatements: a presser’s shared 介绍有关情况', () => {
  it('gives each speaker listed before 出席发布会,介绍有关情况 a 介绍 without content', () => {
    expect(st('省卫生健康委副主任冯志远,省医保局副局长王丽君出席发布会,介绍有关情况。')).toEqual([
      ['冯志远', '介绍', null],
      ['王丽君', '介绍', null],
    ]);
  });

  it('reads no content-less 介绍 when the attendance has no 有关情况', () => {
    expect(st('省医保局副局长王丽君出席发布会,介绍了全省医保改革进展。').filter((s) => s[2] === null)).toEqual([]);
  });
});

describe('extractStatements: a topic act and a speech in one phrase', () => {
  it('reads X通报Y并讲话 as a 通报 of Y and a content-less 讲话', () => {
    const text = '局党组书记方立群出席会议并讲话,纪检组组长卫东明通报违纪案例并讲话,副局长刘敏主持会议。';
    expect(st(text).filter((s) => s[0] === '卫东明')).toEqual([
      ['卫东明', '通报', '违纪案例'],
      ['卫东明', '讲话', null],
    ]);
  });

  it('keeps a 讲话 inside the topic (通报了X讲话精神) part of it', () => {
    expect(st('副局长卫东明通报了省委书记重要讲话精神。')).toEqual([['卫东明', '通报', '省委书记重要讲话精神。']]);
  });
});

describe('extractStatements: counted opinions and a companion’s words', () => {
  it('reads 就X提出四点意见:一是… with the opinions as content, and no act from a bare 提出意见', () => {
    const text = '区卫生健康委主任严志诚出席会议。他就做好冬季工作提出三点意见:一是抓好疫苗接种;二是保障药品供应。';
    expect(st(text)).toEqual([['严志诚', '提出三点意见', '一是抓好疫苗接种;二是保障药品供应。']]);
    expect(st('区卫生健康委主任严志诚出席会议。群众对此提出意见。')).toEqual([]);
  });

  it('reads 陪同调研并表示 as the companion’s 表示', () => {
    expect(st('市卫生健康委主任洪启明陪同调研并表示,将抓紧整改。')).toEqual([['洪启明', '表示', '将抓紧整改。']]);
  });
});

describe('extractStatements: 他/她 after hearing a report', () => {
  it('gives 她 in 听完X的汇报,她强调 to the one X reported to, not to X', () => {
    const text =
      '副县长白玉兰到乡镇督导。卫生院院长洛桑平措向白玉兰汇报,全镇筛查已完成九成。听完洛桑院长的汇报,她强调,要做到应筛尽筛。';
    expect(st(text).map((s) => [s[0], s[1]])).toEqual([
      ['洛桑平措', '汇报'],
      ['白玉兰', '强调'],
    ]);
  });

  it('reads no act from such a 她 when the listener is not named', () => {
    const text = '卫生院院长洛桑平措出席会议。听完洛桑院长的汇报,她强调,要做到应筛尽筛。';
    expect(st(text)).toEqual([]);
  });
});
