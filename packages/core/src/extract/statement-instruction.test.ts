import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const all = (text: string) => [...extractStatements(makeTestDoc(text, { published: '2025-06-20' }))];
const st = (text: string) => all(text).map((s) => [s.speaker, s.verb, s.contentText ?? null]);
const where = (text: string) => all(text).map((s) => [s.speaker, s.verb, s.meeting ?? null, s.date ?? null]);

const MEETING = '6月18日上午,全市卫生健康工作会议在江城召开。';

describe('extractStatements: written instructions (批示)', () => {
  it('reads a 批示 whose content is quoted after a colon, up to the closing quote', () => {
    expect(st('市委书记陈国栋作出批示:“要把基层卫生工作摆在更加突出的位置。”这是他今年第二次作出批示。')).toEqual([
      ['陈国栋', '批示', '要把基层卫生工作摆在更加突出的位置。'],
    ]);
  });

  it('starts the content after a relaying verb (作出批示指出,要…), the verb staying 批示', () => {
    expect(st('省长杜文清作出批示指出,要把疫情防控摆在突出位置。')).toEqual([
      ['杜文清', '批示', '要把疫情防控摆在突出位置。'],
    ]);
    expect(st('市长方启明对全市医改工作作出批示,要求各地压实责任。')).toEqual([['方启明', '批示', '各地压实责任。']]);
  });

  it('gives a 批示 made 日前/近日 neither the meeting being reported nor its date', () => {
    const text = `${MEETING}市委书记陈国栋同志日前作出批示:“要抓好落实。”`;
    expect(where(text)).toEqual([['陈国栋', '批示', null, null]]);
  });

  it('dates a 批示 by the day in its own sentence, apart from the meeting that relays it', () => {
    const text = `${MEETING}会议传达学习了副省长杜文清的批示。\n6月15日,杜文清在省卫健委《工作专报》上批示:“要加强监测。”`;
    expect(where(text).find((s) => s[1] === '批示')).toEqual(['杜文清', '批示', null, '2025-06-15']);
  });

  it('keeps an undated 批示 in a meeting report at that meeting, with no date of its own', () => {
    const text = `${MEETING}市长方启明对全市卫生健康工作作出批示,充分肯定了过去一年的成绩。`;
    expect(where(text)).toEqual([['方启明', '批示', '全市卫生健康工作会议', null]]);
  });

  it('reads no act from a 批示 relayed or studied (传达学习X副省长批示精神)', () => {
    expect(st('传达学习杜文清副省长批示精神 部署夏季爱国卫生工作')).toEqual([]);
    expect(st('会议要求,各地要认真落实方启明市长批示和讲话要求。')).toEqual([
      ['会议', '要求', '各地要认真落实方启明市长批示和讲话要求。'],
    ]);
  });

  it('dates an act said in a 批示 (在批示中指出) as the 批示, not as the meeting', () => {
    const text = `${MEETING}市长方启明对卫生工作作出批示。方启明在批示中指出,要守牢底线。`;
    expect(where(text).at(-1)).toEqual(['方启明', '指出', '全市卫生健康工作会议', null]);
  });
});
