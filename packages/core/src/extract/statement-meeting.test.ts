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
