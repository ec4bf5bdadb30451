import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

const meetings = (text: string, published?: string) =>
  [...extractMeetings(makeTestDoc(text, published ? { published } : {}))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: study sessions and ceremonies', () => {
  it('reads a held 学习会 with its ordinal and qualifier', () => {
    expect(meetings('3月5日下午,县医保局党组理论学习中心组召开2023年第2次(扩大)学习会。', '2023-03-06')).toEqual([
      ['2023年第2次(扩大)学习会', '2023-03-05'],
    ]);
  });

  it('does not read a 学习会 that is only planned or asked for', () => {
    expect(meetings('各支部要定期召开专题学习会。', '2023-03-06')).toEqual([]);
  });

  it('reads a signing ceremony joined to a launch ceremony as one hosted event', () => {
    expect(
      meetings(
        '5月10日,省妇幼保健院与东乡县人民医院医联体签约仪式暨帮扶启动仪式在县人民医院三楼会议室举行。',
        '2024-05-11',
      ),
    ).toEqual([['省妇幼保健院与东乡县人民医院医联体签约仪式暨帮扶启动仪式', '2024-05-10']]);
  });

  it('does not read a bare 仪式 as a named event', () => {
    expect(meetings('6月1日,县医院举行仪式。', '2024-06-02')).toEqual([]);
  });
});

describe('extractMeetings: a headline modifier is the dated meeting', () => {
  it('folds an undated 专题学习会 into the dated 学习会 of the body', () => {
    expect(meetings('县卫健局召开专题学习会\n4月3日,县卫健局党组召开2024年第3次学习会。', '2024-04-04')).toEqual([
      ['2024年第3次学习会', '2024-04-03'],
    ]);
  });

  it('keeps an undated 专题座谈会 when no dated meeting of that kind is held', () => {
    expect(meetings('县卫健局召开专题座谈会。\n4月3日,县卫健局召开全县医改推进会。', '2024-04-04')).toEqual([
      ['专题座谈会', null],
      ['全县医改推进会', '2024-04-03'],
    ]);
  });
});

describe('extractMeetings: year from the body', () => {
  it('takes no target year (力争到, 到…年底) as the year of an undated text', () => {
    expect(
      meetings(
        '9月3日,市长主持召开市政府第十二次常务会议。力争到2027年,覆盖率达到95%;到2026年底建成10家。2024年全市新增床位300张。',
      ),
    ).toEqual([['市政府第十二次常务会议', '2024-09-03']]);
  });

  it('falls back to a target year when the text names no other', () => {
    expect(meetings('9月3日,市长主持召开市政府第十二次常务会议。力争到2027年,覆盖率达到95%。')).toEqual([
      ['市政府第十二次常务会议', '2027-09-03'],
    ]);
  });
});

describe('extractMeetings: a training course (培训班) opened or held', () => {
  const course = (text: string) =>
    [...extractMeetings(makeTestDoc(text, { published: '2025-06-12' }))].map((m) => [
      m.name,
      m.date ?? null,
      m.dateEnd ?? null,
      m.location ?? null,
    ]);

  it('reads a 培训班 that 开班 at a place, its last day from 为期N天', () => {
    expect(course('6月9日,2025年全省职业病防治业务培训班在青山县开班,学员86人参加为期3天的培训。')).toEqual([
      ['2025年全省职业病防治业务培训班', '2025-06-09', '2025-06-11', '青山县'],
    ]);
  });

  it("reads a course's last day from a later sentence naming it (本次培训为期五天)", () => {
    expect(course('6月9日,全市基层卫生人才培训班在市委党校开班。本次培训为期五天,学员120名。')).toEqual([
      ['全市基层卫生人才培训班', '2025-06-09', '2025-06-13', '市委党校'],
    ]);
  });

  it('reads a 培训班 held (举办), and none only planned or counted', () => {
    expect(course('6月3日,市卫生健康委举办全市院感防控培训班。').map((m) => m[0])).toEqual(['全市院感防控培训班']);
    expect(course('下半年,市卫生健康委将举办全市院感防控培训班。')).toEqual([]);
    expect(course('今年以来,全市举办培训班12期。')).toEqual([]);
  });
});
