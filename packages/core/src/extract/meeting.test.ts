import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

describe('extractMeetings', () => {
  it('reads a held meeting with date, place and the year of publication', () => {
    const doc = makeTestDoc('3月9日上午,全省疾病预防控制工作会议在春城召开。', { published: '2024-03-12' });
    const [m] = [...extractMeetings(doc)];
    expect([m?.name, m?.date, m?.location]).toEqual(['全省疾病预防控制工作会议', '2024-03-09', '春城']);
  });

  it('takes the previous year when the month is after publication', () => {
    const doc = makeTestDoc('12月28日,全市卫生健康工作会议召开。', { published: '2024-01-05' });
    expect([...extractMeetings(doc)][0]?.date).toBe('2023-12-28');
  });

  it('merges a title and the body mention of one meeting and finds the organizer', () => {
    const doc = makeTestDoc(
      '市卫健委召开2024年全市卫生健康工作会议\n1月20日,市卫健委召开2024年全市卫生健康工作会议。',
      { jurisdiction: { level: 'prefecture', name: '青川市' } },
    );
    const ms = [...extractMeetings(doc)];
    expect(ms).toHaveLength(1);
    expect([ms[0]?.date, ms[0]?.organizer]).toEqual(['2024-01-20', '青川市卫生健康委员会']);
  });

  it('skips referenced meetings (…会议精神) and bare 会议', () => {
    expect([...extractMeetings(makeTestDoc('传达全国卫生健康工作会议精神,主持会议并讲话。'))]).toEqual([]);
  });

  it('reads standalone held events (组织召开座谈会)', () => {
    expect([...extractMeetings(makeTestDoc('会后,省卫健委组织召开座谈会。'))].map((m) => m.name)).toEqual(['座谈会']);
  });
});

describe('extractMeetings: more genre forms', () => {
  it('reads 召开了 and a multi-day date', () => {
    const doc = makeTestDoc('5月8日至9日,省卫健委召开了全省医政工作会议。', { published: '2024-05-10' });
    const [m] = [...extractMeetings(doc)];
    expect([m?.name, m?.date, m?.dateEnd]).toEqual(['全省医政工作会议', '2024-05-08', '2024-05-09']);
  });

  it('reads a meeting held 以视频形式 as video', () => {
    const [m] = [...extractMeetings(makeTestDoc('全市疾控工作会议以视频形式召开。'))];
    expect([m?.name, m?.format]).toEqual(['全市疾控工作会议', 'video']);
  });

  it('includes an upper-level meeting only referenced when the text dates it', () => {
    const found = [
      ...extractMeetings(makeTestDoc('2019年7月,全国医改工作推进会提出了新要求。全国卫生健康工作会议提出了新要求。')),
    ];
    expect(found.map((m) => [m.name, m.date])).toEqual([['全国医改工作推进会', '2019-07']]);
  });
});

describe('extractMeetings: topic lists and planned meetings', () => {
  it('keeps the topics listed before 等 in the name (召开了A、B等座谈会)', () => {
    const ms = [...extractMeetings(makeTestDoc('会后,召开了儿科联盟建设、护理质控建设等座谈会。'))];
    expect(ms.map((m) => m.name)).toEqual(['儿科联盟建设、护理质控建设等座谈会']);
  });

  it('skips a meeting only planned (适时组织召开, 拟召开) but keeps one held', () => {
    expect([...extractMeetings(makeTestDoc('各单位要推动课题研究,并适时组织召开经验交流会。'))]).toEqual([]);
    expect([...extractMeetings(makeTestDoc('下月拟召开专家论证会议。'))]).toEqual([]);
    expect([...extractMeetings(makeTestDoc('5月8日,市卫健委组织召开经验交流会。'))].map((m) => m.name)).toEqual([
      '经验交流会',
    ]);
  });
});

describe('extractMeetings: texts of a collection (issue 3)', () => {
  const PAGE = { published: '2023-11-19', inCollection: true };

  it('never takes the year from the page date: an unknown year stays unknown', () => {
    const doc = makeTestDoc('2月22日上午,省委、省政府召开了常态化疫情防控工作会议。', PAGE);
    expect([...extractMeetings(doc)][0]?.date).toBe('--02-22');
  });

  it('takes the year from the text itself: its event date or the meeting name', () => {
    const own = makeTestDoc('2月23日,县卫健局召开全县卫生健康系统党风廉政建设工作会议。', {
      ...PAGE,
      eventDate: '2021-02-23',
    });
    expect([...extractMeetings(own)][0]?.date).toBe('2021-02-23');
    const named = makeTestDoc('1月28日上午,2021年全县卫生健康工作会议在县妇幼保健院6楼会议室召开。', PAGE);
    expect([...extractMeetings(named)][0]?.date).toBe('2021-01-28');
  });

  it('does not borrow a date from another clause of the sentence', () => {
    const doc = makeTestDoc('一是今年9月份,县医院通过评审验收;二是承办了全国妇幼保健院院长会议。', {
      published: '2023-11-19',
    });
    expect([...extractMeetings(doc)][0]?.date).toBeUndefined();
  });

  it('keeps meetings of different scopes apart (全市 vs the 全国 one it relays)', () => {
    const doc = makeTestDoc(
      '今天,我们召开全市卫生与健康大会。2016年8月,全国卫生与健康大会提出了新时代卫生与健康工作方针。',
      PAGE,
    );
    expect([...extractMeetings(doc)].map((m) => [m.name, m.date])).toEqual([
      ['全市卫生与健康大会', undefined],
      ['全国卫生与健康大会', '2016-08'],
    ]);
  });
});

describe('extractMeetings: joint meetings and long names', () => {
  it('reads A会议暨B会议 as one meeting, merged with its other mention', () => {
    const doc = makeTestDoc(
      '1月28日,2021年全县卫生健康工作暨全县卫生健康系统党建及党风廉政建设工作会议在县妇幼保健院6楼会议室召开。\n副县长在会上强调:召开全县卫生健康工作会议暨全县卫生健康系统党建及党风廉政建设工作会议,意义重大。',
    );
    expect([...extractMeetings(doc)].map((m) => [m.name, m.date, m.location])).toEqual([
      ['2021年全县卫生健康工作暨全县卫生健康系统党建及党风廉政建设工作会议', '2021-01-28', '县妇幼保健院6楼会议室'],
    ]);
  });

  it('keeps 及 between two meetings as a boundary, and drops a placeholder year', () => {
    const two = makeTestDoc('召开了全县卫生工作会议及全县药政工作会议。');
    expect([...extractMeetings(two)].map((m) => m.name)).toEqual(['全县卫生工作会议']);
    const blank = makeTestDoc('x年全县卫生健康工作会议在县政府召开。');
    expect([...extractMeetings(blank)].map((m) => m.name)).toEqual(['全县卫生健康工作会议']);
  });
});

describe('extractMeetings: the meeting a speech title names (after the blind gold)', () => {
  it('reads the title meeting of a first-person speech, dated by the text’s own year', () => {
    const doc = makeTestDoc(
      '全县卫生健康工作会议讲话\n同志们:\n今天,我们回顾总结2021年工作,研究部署2022年重点工作任务。',
      {
        title: true,
      },
    );
    expect([...extractMeetings(doc)].map((m) => [m.name, m.date, m.rule])).toEqual([
      ['全县卫生健康工作会议', '2022', 'meeting/title'],
    ]);
  });

  it('leaves the title alone when the body names a held meeting', () => {
    const doc = makeTestDoc(
      '在年卫生健康工作会议上的讲话\n县委政府决定召开20-年全县卫生工作会议,这说明县委高度重视。',
      {
        title: true,
      },
    );
    expect([...extractMeetings(doc)].map((m) => m.name)).toEqual(['全县卫生工作会议']);
  });

  it('keeps the title’s year and the speech’s dateline when the body holds the same meeting (今天,我们召开X)', () => {
    const doc = makeTestDoc('在2024年全市卫生健康工作会议上的讲话\n同志们:\n今天,我们召开全市卫生健康工作会议。', {
      title: true,
      eventDate: '2024-03-01',
    });
    expect([...extractMeetings(doc)].map((m) => [m.name, m.date])).toEqual([
      ['2024年全市卫生健康工作会议', '2024-03-01'],
    ]);
  });

  it('still leaves the title alone when the body holds another meeting', () => {
    const doc = makeTestDoc('在2024年全市卫生健康工作会议上的讲话\n同志们:\n昨天,省里召开全省疾控工作会议。', {
      title: true,
    });
    expect([...extractMeetings(doc)].map((m) => m.name)).toEqual(['全省疾控工作会议']);
  });

  it('reads no meeting from a title that is not a speech’s', () => {
    expect([...extractMeetings(makeTestDoc('全县卫生健康工作综述\n今年工作成效明显。', { title: true }))]).toEqual([]);
  });
});
