import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

const meetings = (text: string, published = '2025-03-20') =>
  [...extractMeetings(makeTestDoc(text, { published }))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: press conferences', () => {
  it('reads a held press conference whose name holds a quoted term, without the quotes', () => {
    expect(meetings('3月12日上午,市政府新闻办在市政府新闻发布厅举行“健康江城”建设新闻发布会。')).toEqual([
      ['健康江城建设新闻发布会', '2025-03-12'],
    ]);
  });

  it('reads a bare 新闻发布会 and a 发布会 with a topic', () => {
    expect(meetings('5月8日,县卫健局召开新闻发布会。', '2025-05-09')).toEqual([['新闻发布会', '2025-05-08']]);
    expect(meetings('4月2日,省疾控局举行春季传染病防控发布会。', '2025-04-03')).toEqual([
      ['春季传染病防控发布会', '2025-04-02'],
    ]);
  });

  it('does not read a quoted slogan before a sentence break as part of a name', () => {
    expect(meetings('要坚持“两个维护”,2月3日召开全市医保工作会议。')).toEqual([['全市医保工作会议', '2025-02-03']]);
  });
});

describe('extractMeetings: bracketed qualifiers and dated relays', () => {
  it('keeps a bracketed qualifier inside the name (党组(扩大)会议)', () => {
    expect(meetings('1月8日,市卫生健康委召开党组(扩大)会议,传达学习有关精神。', '2025-01-09')).toEqual([
      ['党组(扩大)会议', '2025-01-08'],
    ]);
    expect(meetings('2月2日,县医保局召开党组(扩大)会议。', '2025-02-03')).toEqual([['党组(扩大)会议', '2025-02-02']]);
  });

  it('reads a relayed meeting when the text says on which day it met (传达了M月D日召开的X会议精神)', () => {
    expect(meetings('会议还传达了1月9日召开的全市安全生产工作视频会议精神。', '2025-01-21')).toEqual([
      ['全市安全生产工作视频会议', '2025-01-09'],
    ]);
  });

  it('reads a relayed meeting with its day written right before its name (传达学习了M月D日X会议精神)', () => {
    expect(meetings('会议传达学习了1月9日全市安全生产工作视频会议精神。', '2025-01-21')).toEqual([
      ['全市安全生产工作视频会议', '2025-01-09'],
    ]);
  });

  it('still skips a relayed meeting with no day (传达了X会议精神)', () => {
    expect(meetings('会议传达了全国卫生健康工作会议精神。')).toEqual([]);
  });
});

describe('extractMeetings: a meeting that passed the document', () => {
  it('reads 已经<date>X常务会议审议通过 with its date and without the date in its name', () => {
    expect(meetings('《方案》已经2025年2月27日市政府第十五次常务会议审议通过,现印发给你们。')).toEqual([
      ['市政府第十五次常务会议', '2025-02-27'],
    ]);
  });

  it('leaves 已经 out of a name dated by the month (已经省政府3月第N次常务会议审议通过)', () => {
    expect(meetings('《办法》已经3月10日省政府第12次常务会议审议通过,现予印发。')).toEqual([
      ['省政府第12次常务会议', '2025-03-10'],
    ]);
  });

  it('reads 经X会议研究同意', () => {
    expect(meetings('经3月3日县委常委会议研究同意,现将方案印发。')).toEqual([['县委常委会议', '2025-03-03']]);
  });

  it('reads no meeting that is only asked to deliberate (提请X会议审议)', () => {
    expect(meetings('方案将提请市政府常务会议审议。')).toEqual([]);
  });
});

describe('extractMeetings: the year of an undated speech', () => {
  const undated = (text: string) => [...extractMeetings(makeTestDoc(text))].map((m) => [m.name, m.date ?? null]);

  it('is the year after the one the text sums up while planning 今年', () => {
    const text =
      '刚才,局长对2023年全县卫生健康工作进行了全面总结,并对今年工作进行了安排部署。\n今年1月8日召开的全国基层卫生健康工作电视电话会议明确指出,要强基层。';
    expect(undated(text)).toEqual([['全国基层卫生健康工作电视电话会议', '2024-01-08']]);
  });

  it('stays the latest year named when the text does not sum it up', () => {
    const text =
      '2023年全县卫生健康工作成效明显。\n今年1月8日召开的全国基层卫生健康工作电视电话会议明确指出,要强基层。';
    expect(undated(text)).toEqual([['全国基层卫生健康工作电视电话会议', '2023-01-08']]);
  });

  it('gives the speech’s own meeting (今天我们召开X) that year', () => {
    const text = '今天我们召开全县卫生健康工作会议。\n刚才,局长对2023年工作进行了全面总结,并对今年工作进行了安排部署。';
    expect(undated(text)).toEqual([['全县卫生健康工作会议', '2024']]);
  });
});

describe('extractMeetings: a body’s own standing meeting', () => {
  it('names 市政府召开常务会议 after the body as written', () => {
    expect(meetings('3月10日,市政府召开常务会议,研究医疗卫生服务体系建设。')).toEqual([
      ['市政府常务会议', '2025-03-10'],
    ]);
  });

  it('reads no bare standing meeting without its body (召开常务会议)', () => {
    expect(meetings('3月10日,召开常务会议,研究医疗卫生服务体系建设。')).toEqual([]);
  });
});

describe('extractMeetings: the day the text reports', () => {
  const onDay = (text: string, eventDate?: string) =>
    [...extractMeetings(makeTestDoc(text, { published: '2024-10-18', ...(eventDate ? { eventDate } : {}) }))].map(
      (m) => [m.name, m.date ?? null],
    );

  it('dates a 座谈会 held 当天 during a visit by the day the report opens with', () => {
    const text = '10月17日,副市长周启明到清河县调研基层卫生工作。当天,周启明主持召开基层卫生工作座谈会。';
    expect(onDay(text, '2024-10-17')).toEqual([['基层卫生工作座谈会', '2024-10-17']]);
  });

  it('dates the meeting a speech opens on (今天,我们召开X) by its dateline, not by the year in its name', () => {
    const text = '(2024年3月5日)\n同志们:今天,我们召开2024年医院行风建设工作会议,部署今年任务。';
    expect(onDay(text, '2024-03-05')).toEqual([['2024年医院行风建设工作会议', '2024-03-05']]);
  });

  it('leaves a 当天 meeting undated when the text reports no day, and ignores a dateline of another year', () => {
    expect(onDay('当天,周启明主持召开基层卫生工作座谈会。')).toEqual([['基层卫生工作座谈会', null]]);
    expect(onDay('今天,我们召开2024年医院行风建设工作会议。', '2023-12-30')).toEqual([
      ['2024年医院行风建设工作会议', null],
    ]);
  });
});

describe('extractMeetings: a speech under a main title and a subtitle', () => {
  const titled = (text: string) =>
    [...extractMeetings(makeTestDoc(text, { title: true, eventDate: '2024-03-05' }))].map((m) => [
      m.name,
      m.date ?? null,
    ]);

  it('reads the meeting the subtitle names (——在X会议上的讲话) when the body does not name it', () => {
    const text =
      '守初心强作风\n——在市妇幼保健院2024年行风建设工作会议上的讲话\n(2024年3月5日)\n同志们:今天召开这次会议,部署今年任务。';
    expect(titled(text)).toEqual([['市妇幼保健院2024年行风建设工作会议', '2024-03-05']]);
  });

  it('reads no meeting from a second line that is no subtitle', () => {
    const text = '守初心强作风\n在市妇幼保健院2024年行风建设工作会议上的讲话中,院长作了部署。';
    expect(titled(text)).toEqual([]);
  });
});

describe('extractMeetings: a day named earlier in a report', () => {
  it('dates a 当天 meeting by the last 月日 written before it, not by the report day', () => {
    const text =
      '10月16日,副市长周启明到清河县调研。10月17日,周启明来到河口镇。当天,周启明主持召开基层卫生工作座谈会。';
    expect(
      [...extractMeetings(makeTestDoc(text, { published: '2024-10-18', eventDate: '2024-10-16' }))].map((m) => m.date),
    ).toEqual(['2024-10-17']);
  });

  it('dates a 座谈会 held 调研期间 by the day the visit began', () => {
    const text = '5月10日,省卫生健康委副主任韦志成一行到清源市人民医院调研。调研期间,韦志成主持召开基层卫生座谈会。';
    expect([...extractMeetings(makeTestDoc(text, { published: '2024-06-05' }))].map((m) => m.date)).toEqual([
      '2024-05-10',
    ]);
  });
});

describe('extractMeetings: an event spoken at', () => {
  const held = (text: string) =>
    [...extractMeetings(makeTestDoc(text, { published: '2024-06-05' }))].map((m) => [m.name, m.date ?? null]);

  it('reads a visit 座谈会 that a speaker spoke at (座谈会上,X强调), dated by the visit', () => {
    const text = '5月10日,省卫生健康委副主任韦志成到清源市调研。在基层卫生座谈会上,韦志成强调,要补短板。';
    expect(held(text)).toEqual([['基层卫生座谈会', '2024-05-10']]);
  });

  it('reads no event from a leader quoted at a past 座谈会 or from a speech at one named as a noun', () => {
    expect(held('习近平总书记在基层卫生座谈会上强调,要补短板。')).toEqual([]);
    expect(held('要学习基层卫生座谈会上的讲话精神。')).toEqual([]);
  });
});

describe('extractMeetings: days a narrative leaves to the reader', () => {
  const dates = (text: string, published = '2025-06-12') =>
    [...extractMeetings(makeTestDoc(text, { published }))].map((m) => [m.name, m.date ?? null]);

  it('dates a meeting held 当晚 or 随后 by the day written before it', () => {
    expect(dates('6月3日16时,县防指启动防汛Ⅲ级响应。当晚,县防指在县应急局召开防汛调度会。')).toEqual([
      ['防汛调度会', '2025-06-03'],
    ]);
    expect(dates('6月5日,副县长林海到城关镇卫生院调研。在随后召开的座谈会上,林海指出,要补短板。')).toEqual([
      ['座谈会', '2025-06-05'],
    ]);
  });

  it('dates a bare day opening a clause by the month written before it, in a text without a dateline', () => {
    expect(dates('5月20日至21日,县人大常委会组织代表开展专题视察。21日下午,视察组召开座谈会,听取汇报。')).toEqual([
      ['座谈会', '2025-05-21'],
    ]);
  });

  it('reads no bare day before the day written before it, nor long after it', () => {
    expect(dates('5月20日,代表开展专题视察。12日下午,视察组召开座谈会,听取汇报。')).toEqual([['座谈会', null]]);
    expect(dates('5月2日,代表开展专题视察。28日下午,视察组召开座谈会,听取汇报。')).toEqual([['座谈会', null]]);
  });

  it('dates a meeting held 日前 by the month of a text dated late in it, and leaves it undated early in one', () => {
    expect(dates('日前,市卫生健康委召开全市卫生健康系统警示教育大会。', '2025-03-28')).toEqual([
      ['全市卫生健康系统警示教育大会', '2025-03'],
    ]);
    expect(dates('近日,市卫生健康委召开全市卫生健康系统警示教育大会。', '2025-03-04')).toEqual([
      ['全市卫生健康系统警示教育大会', null],
    ]);
  });
});

describe('extractMeetings: a body named only as the one that passed the text', () => {
  it('reads no undated, unnumbered meeting that passed the text (并经X常务会议审议通过)', () => {
    expect(meetings('起草中征求了各区意见,并经区人民政府常务会议审议通过。')).toEqual([]);
    expect(meetings('《细则》经州卫生健康委主任办公会议研究同意,现印发实施。')).toEqual([]);
  });

  it('reads no undated numbered one either (经X政府第8次常务会议审议通过): a reference needs its date', () => {
    expect(meetings('《细则》经州政府第8次常务会议审议通过,现印发实施。')).toEqual([]);
    expect(meetings('《实施方案》已经县政府第二十三次常务会议研究同意,现印发给你们。')).toEqual([]);
  });

  it('still reads one that passed the text when the sentence dates it', () => {
    expect(meetings('该方案于3月6日经区人民政府常务会议审议通过。')).toEqual([['区人民政府常务会议', '2025-03-06']]);
    expect(meetings('《细则》于3月2日经州政府第8次常务会议审议通过。')).toEqual([
      ['州政府第8次常务会议', '2025-03-02'],
    ]);
  });
});

describe('extractMeetings: a joint ceremony a headline names by its first act', () => {
  it('merges X签约仪式 (headline) with the body X签约暨揭牌仪式, keeping the body name and date', () => {
    const text =
      '甲市中心医院与乙县人民医院举行医共体签约仪式\n\n4月8日上午,甲市中心医院—乙县人民医院医共体签约暨揭牌仪式在乙县人民医院举行。';
    expect(meetings(text, '2025-04-09')).toEqual([['乙县人民医院医共体签约暨揭牌仪式', '2025-04-08']]);
  });

  it('keeps two ceremonies of different acts apart (签约仪式, 授牌仪式)', () => {
    const text = '5月6日,县卫健局举行家庭医生签约仪式。5月20日,县卫健局举行示范点授牌仪式。';
    expect(meetings(text, '2025-05-21').length).toBe(2);
  });
});

describe('extractMeetings: a meeting reviewing its 年度, held early in the next year', () => {
  it('dates 1月X日 召开2025年度…总结表彰大会/民主生活会 in 2026, even on a page of that January', () => {
    expect(meetings('1月22日,区卫生健康局召开2025年度卫生健康工作总结表彰大会。', '2026-01-23')).toEqual([
      ['2025年度卫生健康工作总结表彰大会', '2026-01-22'],
    ]);
    expect(meetings('2月10日,县医院党委召开2024年度民主生活会。', '2025-02-12')).toEqual([
      ['2024年度民主生活会', '2025-02-10'],
    ]);
  });

  it('keeps the named year for a 年度 meeting of the year itself (8月 2026年度…推进会, 12月 民主生活会)', () => {
    expect(meetings('8月20日,召开2026年度医疗援疆工作推进会。', '2026-08-21')).toEqual([
      ['2026年度医疗援疆工作推进会', '2026-08-20'],
    ]);
    expect(meetings('12月26日,局党组召开2025年度民主生活会。', '2025-12-28')).toEqual([
      ['2025年度民主生活会', '2025-12-26'],
    ]);
  });
});

describe('extractMeetings: a review meeting named in the headline and dated in the body', () => {
  it('reads one meeting, dated in the year after its 年度', () => {
    const text = '我区召开2025年度卫生健康工作总结表彰大会\n1月22日,区卫生健康局召开2025年度卫生健康工作总结表彰大会。';
    expect(meetings(text, '2026-01-23')).toEqual([['2025年度卫生健康工作总结表彰大会', '2026-01-22']]);
  });
});

describe('extractMeetings: an undated text at the turn of the year', () => {
  const undated = (text: string) =>
    [...extractMeetings(makeTestDoc(text))].map((m) => [m.name, m.date ?? null, m.dateEnd ?? null]);

  it('dates a late-year meeting in the year reviewed, an early-year one in the year planned', () => {
    const review = '会议总结2025年工作。2026年要持续推进县域医共体建设。';
    expect(undated(`11月28日至29日,全省基层卫生工作会议在省城召开。${review}`)).toEqual([
      ['全省基层卫生工作会议', '2025-11-28', '2025-11-29'],
    ]);
    expect(undated(`2月26日,全省基层卫生工作会议在省城召开。${review}`)).toEqual([
      ['全省基层卫生工作会议', '2026-02-26', null],
    ]);
  });
});
