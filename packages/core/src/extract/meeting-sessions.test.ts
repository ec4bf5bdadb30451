import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const held = (text: string) =>
  [...extractMeetings(makeTestDoc(text))].map((m) => [m.name, m.date ?? null, m.location ?? null]);
const acts = (text: string) =>
  [...extractStatements(makeTestDoc(text))].map((s) => [s.speaker, s.verb, s.meeting ?? null]);

describe('extractMeetings: a sitting is part of the session that holds it', () => {
  const congress =
    '2025年8月27日,市十七届人大常委会第二十三次会议举行第二次全体会议,市人大常委会主任周志刚主持会议。会议听取了市政府关于医疗卫生工作情况的报告。';

  it('reads X会议举行第二次全体会议 as the one session X会议', () => {
    expect(held(congress)).toEqual([['市十七届人大常委会第二十三次会议', '2025-08-27', null]]);
  });

  it('gives the sitting’s chair (主持会议) to the session', () => {
    expect(acts(congress)).toEqual([['周志刚', '主持', '市十七届人大常委会第二十三次会议']]);
  });

  it('keeps the place where the session held its sitting (在Y举行第二次全体会议)', () => {
    expect(held('8月27日上午,市十七届人大常委会第二十三次会议在市人大常委会会议厅举行第二次全体会议。')).toEqual([
      ['市十七届人大常委会第二十三次会议', '--08-27', '市人大常委会会议厅'],
    ]);
  });

  it('reads a session whose sitting is written after its name (X会议第二次全体会议在Y举行) as the session', () => {
    expect(held('2025年1月12日,市十七届人大四次会议第二次全体会议在市会展中心举行。')).toEqual([
      ['市十七届人大四次会议', '2025-01-12', '市会展中心'],
    ]);
  });

  it('reads the opening and closing sittings of a 政协 session (开幕会, 闭幕会) as the session', () => {
    const text = '2025年1月12日,市政协十四届四次会议举行开幕会。市政协主席王一鸣主持会议。';
    expect(held(text)).toEqual([['市政协十四届四次会议', '2025-01-12', null]]);
    expect(acts(text)).toEqual([['王一鸣', '主持', '市政协十四届四次会议']]);
    expect(held('2025年1月15日,市政协十四届四次会议闭幕会在市会展中心举行。')).toEqual([
      ['市政协十四届四次会议', '2025-01-15', '市会展中心'],
    ]);
  });

  it('reads the preparatory and plenary sittings of a party congress as the congress (党代会)', () => {
    expect(held('2025年1月10日上午,中国共产党青川市第十三次代表大会举行预备会议。')).toEqual([
      ['中国共产党青川市第十三次代表大会', '2025-01-10', null],
    ]);
    expect(held('2025年1月10日,市第十三次党代会举行第一次全体会议。')).toEqual([
      ['市第十三次党代会', '2025-01-10', null],
    ]);
  });

  it('reads no meeting from a sitting of no named session (大会举行第一次全体会议)', () => {
    expect(held('2025年1月12日上午,大会举行第一次全体会议。')).toEqual([]);
    expect(held('2025年1月12日,市十七届人大四次会议隆重开幕。上午,大会举行第一次全体会议。')).toEqual([
      ['市十七届人大四次会议', '2025-01-12', null],
    ]);
  });

  it('keeps a committee’s plenary (委员会第八次全体会议) whole: it is no sitting of a session', () => {
    expect(held('2025年7月3日,中国共产党青川市第十三届委员会第八次全体会议在青川召开。')).toEqual([
      ['中国共产党青川市第十三届委员会第八次全体会议', '2025-07-03', '青川'],
    ]);
  });
});

describe('extractMeetings: a body’s numbered standing meeting', () => {
  it('names 省政府召开第58次常务会议 after the body, as when the name is written whole', () => {
    expect(held('2025年3月6日,省政府召开第58次常务会议,省长王五主持会议。')).toEqual([
      ['省政府第58次常务会议', '2025-03-06', null],
    ]);
    expect(held('2025年3月6日,省长王五主持召开省政府第58次常务会议。')).toEqual([
      ['省政府第58次常务会议', '2025-03-06', null],
    ]);
  });

  it('names a government’s plenary after the body (市政府召开第五次全体会议)', () => {
    expect(held('2025年2月10日,市政府召开第五次全体会议。')).toEqual([['市政府第五次全体会议', '2025-02-10', null]]);
  });
});
