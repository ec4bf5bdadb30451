import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

const meetings = (text: string) =>
  [...extractMeetings(makeTestDoc(text, { published: '2025-07-10' }))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: holds that tell no one event', () => {
  it('reads no meeting a modal asks for (要及时召开, 应当按规定召开, 务必尽快召开)', () => {
    expect(meetings('各乡镇要及时召开防汛工作部署会,压实责任。')).toEqual([]);
    expect(meetings('各医疗机构应当按规定召开医疗安全分析会。')).toEqual([]);
  });

  it('reads no routine meeting (每周召开, 每季度组织召开)', () => {
    expect(meetings('县中医院每周召开科主任例会,每季度组织召开护理质量分析会。')).toEqual([]);
  });

  it('still reads one held where 要 or 应 is part of another word (主要领导, 应急局), or written with 了', () => {
    expect(meetings('7月3日,县委主要领导主持召开全县防汛工作推进会。')).toEqual([['全县防汛工作推进会', '2025-07-03']]);
    expect(meetings('7月3日,县应急局召开全县防汛调度会。')).toEqual([['全县防汛调度会', '2025-07-03']]);
    expect(meetings('7月3日,按照省里要求召开了全县防汛调度会。')).toEqual([['全县防汛调度会', '2025-07-03']]);
  });

  it('reads no bare kind listed among ways of working, unless its clause dates it', () => {
    expect(meetings('通过召开座谈会、发放调查问卷等方式,广泛听取意见。')).toEqual([]);
    expect(meetings('局党组先后召开党组会议、专题会议和座谈会,研究部署相关工作。')).toEqual([]);
    expect(meetings('7月3日,县卫健局召开座谈会、推进会,部署相关工作。')).toEqual([['座谈会', '2025-07-03']]);
  });
});
