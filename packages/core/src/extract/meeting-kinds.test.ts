import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

const meetings = (text: string, published = '2025-09-20') =>
  [...extractMeetings(makeTestDoc(text, { published }))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: an inspection’s and a visit’s own meetings', () => {
  it('reads an inspection team’s feedback meeting named after the team (X督导组督导情况反馈会在Y召开)', () => {
    expect(meetings('9月3日,省医保局基金监管专项检查第二检查组检查情况反馈会在安川市召开。')).toEqual([
      ['省医保局基金监管专项检查第二检查组检查情况反馈会', '2025-09-03'],
    ]);
  });

  it('reads a 巡察情况通报会 and an 经济运行分析会 that were held', () => {
    expect(meetings('8月5日,县委第三巡察组召开巡察县卫生健康局党组情况通报会。')).toEqual([
      ['巡察县卫生健康局党组情况通报会', '2025-08-05'],
    ]);
    expect(meetings('7月9日,市卫生健康委举行上半年医疗卫生经济运行分析会。')).toEqual([
      ['上半年医疗卫生经济运行分析会', '2025-07-09'],
    ]);
  });

  it('reads no such meeting that is only planned or only a noun in a sentence', () => {
    expect(meetings('各督导组将适时召开督导情况反馈会。')).toEqual([]);
    expect(meetings('反馈会上指出的问题要逐项整改。')).toEqual([]);
  });
});

describe('extractMeetings: a visit’s days carried to its 座谈会', () => {
  const para = '在县人民医院,县长介绍了医共体建设情况,全县乡镇卫生院全部纳入统一管理,基层诊疗量占比逐年提高。';

  it('dates a 座谈会 on a bare day paragraphs after the span of days the visit opened with', () => {
    const text = `7月14日至15日,副省长林远一行到安平市调研卫生健康工作。\n${para.repeat(8)}\n15日下午,林远在安平主持召开座谈会,听取工作汇报。`;
    expect(meetings(text)).toEqual([['座谈会', '2025-07-15']]);
  });

  it('leaves it undated when the day far back was a single day, or the bare day lies outside the span', () => {
    const one = `7月14日,副省长林远一行到安平市调研。\n${para.repeat(8)}\n15日下午,林远主持召开座谈会。`;
    expect(meetings(one)).toEqual([['座谈会', null]]);
    const outside = `7月14日至15日,副省长林远一行到安平市调研。\n${para.repeat(8)}\n18日下午,林远主持召开座谈会。`;
    expect(meetings(outside)).toEqual([['座谈会', null]]);
  });
});
