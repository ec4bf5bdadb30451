import { describe, expect, it } from 'vitest';
import { ingestText } from '../segment/index.js';
import { extractMeetings } from './meeting.js';
import { addDays, lengthsIn } from './meeting-dates.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';
import type { MeetingMention } from './types.js';

const row = (m: MeetingMention) => [m.name, m.date ?? null, m.dateEnd ?? null, m.location ?? null];
const held = (text: string, options: TestDocOptions = {}) => [...extractMeetings(makeTestDoc(text, options))].map(row);

describe('extractMeetings: forums and summits', () => {
  it('reads a summit (峰会) as a meeting, as a forum (论坛)', () => {
    expect(held('2024年6月3日,第五届江城健康峰会在江城举办。')).toEqual([
      ['第五届江城健康峰会', '2024-06-03', null, '江城'],
    ]);
    expect(held('2024年11月2日,由省卫健委主办的第二届基层卫生发展论坛在青山召开。')).toEqual([
      ['第二届基层卫生发展论坛', '2024-11-02', null, '青山'],
    ]);
  });

  it('dates a forum by the year written bare before its name (2024江城健康产业峰会)', () => {
    // The text's latest 年 is 2023, the year the forum's report sums up; the name's year wins.
    const text = '9月21日上午,2024江城健康产业峰会在江城开幕。2023年全市健康产业增加值增长8%。';
    expect(held(text)).toEqual([['2024江城健康产业峰会', '2024-09-21', null, '江城']]);
  });

  it('keeps one meeting for a name with and without its bare year', () => {
    const text =
      '2024江城健康产业峰会在江城开幕\n2024年9月21日上午,2024江城健康产业峰会在江城开幕。江城健康产业峰会由市政府主办。';
    expect(held(text).map((m) => m[0])).toEqual(['2024江城健康产业峰会']);
  });

  it('reads no year from digits that are no year (第2024期…论坛 is no bare year)', () => {
    expect(held('9月21日,第2024期青年论坛在江城举办。', { published: '2025-01-05' })).toEqual([
      ['第2024期青年论坛', '2024-09-21', null, '江城'],
    ]);
  });

  it('keeps the place of a forum whose opening ceremony was held there (X论坛开幕式在Y举行)', () => {
    expect(held('2024年9月21日,第三届长河流域医院管理论坛开幕式在长河市举行。')).toEqual([
      ['第三届长河流域医院管理论坛', '2024-09-21', null, '长河市'],
    ]);
  });
});

describe('extractMeetings: a ceremony held at another event is part of it', () => {
  it('reads no meeting from a signing ceremony held at a forum (论坛现场举行了X签约仪式)', () => {
    const text = '2024年9月21日,第三届长河流域医院管理论坛在长河市开幕。论坛现场举行了医联体合作签约仪式。';
    expect(held(text).map((m) => m[0])).toEqual(['第三届长河流域医院管理论坛']);
  });

  it('reads none from a ceremony during a conference (会议期间还举行了, 大会上举行了, 开幕式上举行了)', () => {
    for (const form of [
      '会议期间还举行了重点专科项目签约仪式',
      '大会上举行了先进集体颁奖仪式',
      '开幕式上举行了区域医疗中心揭牌仪式',
    ])
      expect(held(`2024年5月6日,全省医院管理大会在江城召开。${form}。`).map((m) => m[0])).toEqual(['全省医院管理大会']);
  });

  it('still reads a ceremony held on its own, or at an activity that is no meeting', () => {
    expect(held('2024年3月5日,市卫健委与江城大学举行医教协同合作签约仪式。')).toEqual([
      ['医教协同合作签约仪式', '2024-03-05', null, null],
    ]);
    expect(held('2024年4月7日,义诊活动现场举行了家庭医生签约服务启动仪式。').map((m) => m[0])).toEqual([
      '家庭医生签约服务启动仪式',
    ]);
  });
});

describe('extractMeetings: a meeting’s length (为期N天) gives its last day', () => {
  it('reads 为期两天 in the meeting’s own sentence', () => {
    expect(held('2024年6月3日,第五届江城健康峰会在江城举办,为期两天。')).toEqual([
      ['第五届江城健康峰会', '2024-06-03', '2024-06-04', '江城'],
    ]);
  });

  it('keeps the last day when a headline names the meeting first', () => {
    expect(held('第五届江城健康峰会开幕\n2024年6月3日,第五届江城健康峰会在江城举办,为期两天。')).toEqual([
      ['第五届江城健康峰会', '2024-06-03', '2024-06-04', '江城'],
    ]);
  });

  it('reads 本届论坛为期三天 in a later sentence, across a month’s end', () => {
    const text = '2024年9月29日,第三届长河流域医院管理论坛在长河市开幕。本届论坛为期三天,设4个分论坛。';
    expect(held(text)).toEqual([['第三届长河流域医院管理论坛', '2024-09-29', '2024-10-01', '长河市']]);
  });

  it('gives no last day when two forums could be meant, or the length is no meeting’s', () => {
    const two = '2024年9月21日,健康产业论坛在江城开幕。同日,中医药传承论坛在青山开幕。本届论坛为期两天。';
    expect(held(two).map((m) => m[2])).toEqual([null, null]);
    expect(held('2024年9月21日,全市医改工作推进会在江城召开。培训为期两周。')).toEqual([
      ['全市医改工作推进会', '2024-09-21', null, '江城'],
    ]);
  });

  it('keeps a written last day (10月12日至13日) over a length', () => {
    expect(held('2024年10月12日至13日,江城公共卫生论坛在江城举行,为期三天。')).toEqual([
      ['江城公共卫生论坛', '2024-10-12', '2024-10-13', '江城'],
    ]);
  });
});

describe('meeting lengths and day arithmetic', () => {
  it('reads the days and the noun of a length', () => {
    expect(lengthsIn('会议为期3天。本届年会为期两天。本次大会会期为期五天')).toEqual([
      { days: 3 },
      { noun: '年会', days: 2 },
      { noun: '大会', days: 5 },
    ]);
  });

  it('adds days to a whole day, and to a day of unknown year only inside the first 28 days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('--06-03', 1)).toBe('--06-04');
    expect(addDays('--06-30', 1)).toBeUndefined();
    expect(addDays('2024-06', 1)).toBeUndefined();
  });
});

describe('extractMeetings: the year of a repost or a newspaper page', () => {
  it('dates a forum by a repost page’s 转载时间 line', () => {
    const page =
      '【转载】健康产业论坛在江城开幕\n转载时间:2024/11/05 09:12 原文来源:江城日报 记者:王五\n11月3日上午,全省健康产业论坛在江城开幕。2023年全省健康产业增加值增长8%。';
    expect([...extractMeetings(ingestText(page, { places: false })[0] ?? makeTestDoc(''))].map(row)).toEqual([
      ['全省健康产业论坛', '2024-11-03', null, '江城'],
    ]);
  });

  it('dates a meeting by the issue day of a newspaper source line (来源:《X日报》Y年M月D日 第N版)', () => {
    const page =
      '我市部署防汛防疫工作\n来源:《江城日报》2024年07月09日 第01版\n江城日报讯(记者 王五)7月8日下午,我市召开防汛防疫专题会议。';
    expect([...extractMeetings(ingestText(page, { places: false })[0] ?? makeTestDoc(''))].map(row)).toEqual([
      ['防汛防疫专题会议', '2024-07-08', null, null],
    ]);
  });
});

describe('extractMeetings: a consultation meeting (协商会) on a quoted topic', () => {
  it('reads a 协商会 held, with a long quoted topic in its name and the quotes dropped', () => {
    const text = '5月21日上午,区政协在机关三楼会议室召开“推进医养结合服务高质量发展”专题协商会。';
    expect(held(text, { published: '2024-05-22' })).toEqual([
      ['推进医养结合服务高质量发展专题协商会', '2024-05-21', null, null],
    ]);
  });

  it('reads a bare 协商会 held by a body, and none only planned', () => {
    expect(held('3月4日,县政协召开协商会,听取意见。').map((m) => m[0])).toEqual(['协商会']);
    expect(held('县政协拟召开协商会,听取意见。')).toEqual([]);
  });

  it('keeps a quote over twenty characters out of the name', () => {
    expect(
      held('3月4日,县政协召开“坚持以人民为中心推进基层医疗卫生服务能力建设高质量发展”专题协商会。').map((m) => m[0]),
    ).toEqual([]);
  });
});
