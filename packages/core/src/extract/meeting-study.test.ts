import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

const meetings = (text: string, published = '2024-11-08') =>
  [...extractMeetings(makeTestDoc(text, { published }))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: a study group’s numbered session', () => {
  it('reads X中心组举行YYYY年第N次集中学习, named after the group and dated by its clause', () => {
    expect(meetings('11月5日上午,县医疗保障局党组理论学习中心组举行2024年第9次集中学习,传达学习有关精神。')).toEqual([
      ['县医疗保障局党组理论学习中心组2024年第9次集中学习', '2024-11-05'],
    ]);
  });

  it('reads a session with a day between the group and its verb, and one without a year', () => {
    expect(meetings('州卫生健康委党委理论学习中心组10月30日开展第十二次专题学习。')).toEqual([
      ['州卫生健康委党委理论学习中心组第十二次专题学习', '2024-10-30'],
    ]);
  });

  it('merges the headline with the body, keeping the body’s day', () => {
    const text =
      '区疾控局党组理论学习中心组开展2024年第3次集中学习\n4月9日,区疾控局党组理论学习中心组举行2024年第3次集中学习。';
    expect(meetings(text)).toEqual([['区疾控局党组理论学习中心组2024年第3次集中学习', '2024-04-09']]);
  });

  it('reads a session without its ordinal only when its clause dates it', () => {
    expect(meetings('10月30日,州卫生健康委党委理论学习中心组举行集中学习,传达学习有关精神。')).toEqual([
      ['州卫生健康委党委理论学习中心组集中学习', '2024-10-30'],
    ]);
    expect(meetings('州卫生健康委党委理论学习中心组定期举行集中学习。')).toEqual([]);
  });

  it('leaves a session written as a meeting (集中学习(扩大)会议) to the meeting noun, as one meeting', () => {
    expect(meetings('11月5日,县医保局党组理论学习中心组召开2024年第9次集中学习(扩大)会议。')).toEqual([
      ['2024年第9次集中学习(扩大)会议', '2024-11-05'],
    ]);
  });

  it('reads a session followed by a clause on a meeting (…集中学习,传达会议精神)', () => {
    expect(meetings('11月5日,县医保局党组理论学习中心组举行第9次集中学习,传达会议精神。')).toEqual([
      ['县医保局党组理论学习中心组第9次集中学习', '2024-11-05'],
    ]);
  });

  it('reads no count of sessions, no plan of them, and no session without its group', () => {
    expect(meetings('今年以来,局党组开展中心组集中学习5次。')).toEqual([]);
    expect(meetings('中心组每月至少开展1次集中学习。')).toEqual([]);
    expect(meetings('6月3日,全体干部职工进行第二次集中学习。')).toEqual([]);
  });
});
