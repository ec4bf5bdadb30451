import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const where = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-09-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.meeting ?? null,
    s.date ?? null,
  ]);

describe('extractStatements: a paragraph set before the meeting', () => {
  it('gives acts of a 会前/座谈会前 visit neither the meeting nor its date', () => {
    const text =
      '8月5日下午,全市卫生健康工作座谈会在江城召开。副市长方云海出席。\n座谈会前,方云海一行来到市人民医院。方云海勉励大家精进医术。\n会上,方云海指出,要抓好落实。';
    expect(where(text)).toEqual([
      ['方云海', '勉励', null, null],
      ['方云海', '指出', '全市卫生健康工作座谈会', '2025-08-05'],
    ]);
  });

  it('keeps the meeting of a paragraph that does not open with 会前 (会前准备 is no opening)', () => {
    const text = '8月5日下午,全市卫生健康工作座谈会在江城召开。副市长方云海出席。\n副市长方云海指出,会前准备要充分。';
    expect(where(text)).toEqual([['方云海', '指出', '全市卫生健康工作座谈会', '2025-08-05']]);
  });
});

describe('extractStatements: a dated sentence naming the meeting the headline named first', () => {
  it('gives 主持 in 2025年6月9日,X主持召开Y the meeting Y, though its first mention is the headline', () => {
    const text =
      '县政府召开第12次常务会议\n2025年6月9日,县长陈立新主持召开县政府第12次常务会议,研究卫生健康工作。会议听取了汇报。';
    expect(where(text)).toEqual([['陈立新', '主持', '县政府第12次常务会议', '2025-06-09']]);
  });

  it('gives a dated sentence naming no mention of the meeting only its date', () => {
    const text = '县政府召开第12次常务会议\n县长陈立新主持会议。\n2024年3月,陈立新在乡镇调研时指出,要抓好村医队伍。';
    expect(where(text).at(-1)).toEqual(['陈立新', '指出', null, '2024-03']);
  });
});
