import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

const held = (text: string, options: TestDocOptions = {}) =>
  [...extractMeetings(makeTestDoc(text, options))].map((m) => [m.name, m.date ?? null, m.location ?? null]);

describe('extractMeetings: a collective body that 召开会议 names its meeting after itself', () => {
  it('reads 县委常委会召开会议 as the 县委常委会会议, dated by its sentence', () => {
    const text = '3月8日,县委常委会召开会议,传达学习全省卫生健康工作会议精神。县委书记陈立新主持会议。';
    expect(held(text, { published: '2024-03-09' })).toEqual([['县委常委会会议', '2024-03-08', null]]);
  });

  it('folds the headline (no date) into the body’s dated meeting', () => {
    const text = '区委常委会召开会议\n6月14日,区委常委会召开会议,研究基层医疗卫生服务能力提升工作。';
    expect(held(text, { published: '2024-06-15' })).toEqual([['区委常委会会议', '2024-06-14', null]]);
  });

  it('reads a 党组 meeting with a day or time written between the body and the verb', () => {
    expect(held('市卫生健康委党组9月2日上午召开会议,专题研究医疗质量安全工作。')).toEqual([
      ['市卫生健康委党组会议', '--09-02', null],
    ]);
    expect(held('今天上午,州医保局党组召开扩大会议,部署基金监管工作。', { eventDate: '2024-05-20' })).toEqual([
      ['州医保局党组扩大会议', '2024-05-20', null],
    ]);
  });

  it('names no meeting after a bare 党委, a body that is not collective, or a planned meeting', () => {
    expect(held('党委召开会议,研究部署相关工作。')).toEqual([]);
    expect(held('5月6日,县卫生健康局召开会议,部署爱国卫生工作。')).toEqual([]);
    expect(held('各级党组要召开会议,认真传达学习。')).toEqual([]);
  });
});

describe('extractMeetings: a day counted from the one named before (此前一天, 次日)', () => {
  it('dates a session opened 此前一天 by the day before the one just named, held 在京', () => {
    const text = '3月5日上午,十四届全国人大三次会议在北京人民大会堂开幕;此前一天,全国政协十四届三次会议已在京开幕。';
    expect(held(text, { published: '2025-03-07' })).toEqual([
      ['十四届全国人大三次会议', '2025-03-05', '北京人民大会堂'],
      ['全国政协十四届三次会议', '2025-03-04', '北京'],
    ]);
  });

  it('dates a meeting held 次日 by the day after, across the month end', () => {
    const text = '4月30日,副省长到滨江市调研。次日,全省基层卫生工作现场会在滨江市召开。';
    expect(held(text, { published: '2024-05-03' })).toEqual([['全省基层卫生工作现场会', '2024-05-01', '滨江市']]);
  });

  it('leaves 此前一天 undated when no day was named before it', () => {
    expect(held('此前一天,全市医改工作推进会已在市行政中心召开。')).toEqual([
      ['全市医改工作推进会', null, '市行政中心'],
    ]);
  });
});

describe('extractMeetings: every place a merged meeting is named', () => {
  it('keeps the title’s and the body’s mentions of one meeting, in text order, beside another one named between', () => {
    const text =
      '全省医院安全工作视频会议召开\n5月9日上午,国家卫生健康委召开全国医院安全工作视频会议。当天下午,我省召开全省医院安全工作视频会议。';
    const found = [...extractMeetings(makeTestDoc(text, { published: '2024-05-10' }))];
    expect(found.map((m) => [m.name, (m.mentions ?? [m.span]).map((s) => s.start)])).toEqual([
      ['全省医院安全工作视频会议', [0, text.lastIndexOf('全省医院安全工作视频会议')]],
      ['全国医院安全工作视频会议', [text.indexOf('全国医院安全工作视频会议')]],
    ]);
  });
});
