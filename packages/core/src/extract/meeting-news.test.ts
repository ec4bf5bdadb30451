import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { extractStatements } from './statement.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

const meetings = (text: string, options: TestDocOptions = {}) =>
  [...extractMeetings(makeTestDoc(text, options))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: a news dateline is the publication day, not the meeting’s', () => {
  it('dates the meeting by the day its own sentence gives, not by the dateline (X月X日讯)', () => {
    const text =
      '全省基层卫生工作推进会在长沙召开\n湖南日报3月12日讯 3月11日,全省基层卫生工作推进会在长沙召开。会议由省卫生健康委副主任周建国主持。';
    expect(meetings(text)).toEqual([['全省基层卫生工作推进会', '--03-11']]);
    expect(meetings(text, { published: '2025-03-12' })).toEqual([['全省基层卫生工作推进会', '2025-03-11']]);
  });

  it('gives the statements of the meeting its day too', () => {
    const doc = makeTestDoc(
      '湖南日报3月12日讯 3月11日,全省基层卫生工作推进会在长沙召开。会议由省卫生健康委副主任周建国主持。',
      { published: '2025-03-12' },
    );
    expect([...extractStatements(doc)].map((s) => [s.speaker, s.verb, s.meeting, s.date])).toEqual([
      ['周建国', '主持', '全省基层卫生工作推进会', '2025-03-11'],
    ]);
  });

  it('keeps the dateline and its byline out of the name (本报3月12日讯(记者 X)X会议)', () => {
    expect(meetings('本报3月12日讯(记者张三)全市医改工作推进会3月11日在市行政中心召开。')).toEqual([
      ['全市医改工作推进会', '--03-11'],
    ]);
    expect(meetings('本报讯(记者张三)3月11日,全市医改工作推进会在市行政中心召开。')).toEqual([
      ['全市医改工作推进会', '--03-11'],
    ]);
  });

  it('reads a bare day (11日) in the dateline’s month, or the month before when it is later', () => {
    expect(meetings('新华社北京3月12日电 国务院总理11日主持召开国务院常务会议。')).toEqual([
      ['国务院常务会议', '--03-11'],
    ]);
    expect(meetings('本报3月2日讯 全市医改工作推进会28日在市行政中心召开。', { published: '2025-03-02' })).toEqual([
      ['全市医改工作推进会', '2025-02-28'],
    ]);
  });

  it('takes the year of a dateline that writes one', () => {
    expect(meetings('本报2024年12月30日讯 12月29日,全市卫生健康工作会议召开。')).toEqual([
      ['全市卫生健康工作会议', '2024-12-29'],
    ]);
  });

  it('reads 今天 as the dateline’s day and 昨天 as the day before it', () => {
    expect(meetings('湖南日报3月12日讯 今天上午,全省基层卫生工作推进会在长沙召开。')).toEqual([
      ['全省基层卫生工作推进会', '--03-12'],
    ]);
    expect(meetings('湖南日报3月12日讯 昨天,全省基层卫生工作推进会在长沙召开。')).toEqual([
      ['全省基层卫生工作推进会', '--03-11'],
    ]);
    expect(meetings('湖南日报2024年3月1日讯 昨天,全省基层卫生工作推进会在长沙召开。')).toEqual([
      ['全省基层卫生工作推进会', '2024-02-29'],
    ]);
  });

  it('gives no day before the first of a month whose year is unknown', () => {
    expect(meetings('湖南日报3月1日讯 昨天,全省基层卫生工作推进会在长沙召开。')).toEqual([
      ['全省基层卫生工作推进会', null],
    ]);
  });

  it('leaves a meeting held 日前 undated, as a report without a dateline leaves it', () => {
    const body = '全省基层卫生工作推进会日前在长沙召开。';
    expect(meetings(`湖南日报3月12日讯 ${body}`, { published: '2025-03-12' })).toEqual([
      ['全省基层卫生工作推进会', null],
    ]);
    expect(meetings(body, { published: '2025-03-12' })).toEqual([['全省基层卫生工作推进会', null]]);
  });

  it('reads no dateline in a paragraph opening on a day and 电视电话会议', () => {
    expect(meetings('3月11日电视电话会议召开后,全市医改工作推进会在市行政中心召开。')).toEqual([
      ['全市医改工作推进会', '--03-11'],
    ]);
  });
});

describe('extractMeetings: a news report’s held-verb after the day or time', () => {
  it('reads X会议M月D日上午在Y召开 and X会议日前在Y召开 as held, with the place', () => {
    const found = [
      ...extractMeetings(
        makeTestDoc('全省医政工作会议3月11日上午在长沙召开。\n全省疾控工作会议日前在岳阳召开。', {
          published: '2025-03-12',
        }),
      ),
    ].map((m) => [m.name, m.date ?? null, m.location ?? null]);
    expect(found).toEqual([
      ['全省医政工作会议', '2025-03-11', '长沙'],
      ['全省疾控工作会议', null, '岳阳'],
    ]);
  });

  it('still reads no meeting only to be held (X会议将于M月召开)', () => {
    expect(meetings('全省医政工作会议将于4月在长沙召开。', { published: '2025-03-12' })).toEqual([]);
  });
});

describe('extractMeetings: hard-wrapped lines of a repost or PDF', () => {
  it('reads a meeting held at a place that a line break splits, the place joined', () => {
    const doc = makeTestDoc('3月6日下午,2026年全区医疗保障工作会议在区行政中心\n五楼报告厅召开。会议总结去年工作。', {
      published: '2026-03-07',
    });
    const [m] = [...extractMeetings(doc)];
    expect([m?.name, m?.date, m?.location]).toEqual([
      '2026年全区医疗保障工作会议',
      '2026-03-06',
      '区行政中心五楼报告厅',
    ]);
  });

  it('still reads no held meeting from a wrapped line going on without a held-verb', () => {
    expect(meetings('全区医疗保障工作会议精神在\n基层干部群众中引起热烈反响。', { published: '2026-03-07' })).toEqual(
      [],
    );
  });
});
