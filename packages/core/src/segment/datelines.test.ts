import { describe, expect, it } from 'vitest';
import { issueDateLine, speechDateline } from './datelines.js';
import type { Block } from './types.js';

const blocksOf = (text: string): Block[] => {
  const out: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ kind: out.length === 0 ? 'title' : 'paragraph', span: { start, end: start + line.length } });
    start += line.length + 1;
  }
  return out;
};

describe('issueDateLine', () => {
  it('reads the 印发 line and a signature date standing alone on the last lines', () => {
    expect(issueDateLine('正文。\n抄送:县人民政府办公室。\n县卫生健康局办公室      2024年3月20日印发\n')?.iso).toBe(
      '2024-03-20',
    );
    expect(issueDateLine('正文。\n县卫生健康局\n2023年12月5日')?.iso).toBe('2023-12-05');
  });

  it('ignores a date inside a sentence or far from the end', () => {
    expect(issueDateLine('会议于2024年3月12日召开。')).toBeUndefined();
    expect(issueDateLine('2024年3月20日\n一\n二\n三\n四\n五\n六')).toBeUndefined();
    expect(issueDateLine('力争到2025年12月31日')).toBeUndefined();
  });
});

describe('speechDateline', () => {
  it('reads a parenthesized date on its own line under the title', () => {
    const text = '在2024年全市卫生健康工作会议上的讲话\n市委常委、副市长 罗某\n(2024年3月1日)\n同志们:';
    expect(speechDateline(text, blocksOf(text))?.iso).toBe('2024-03-01');
  });

  it('ignores a date in a body sentence and a date far below the title', () => {
    const text = '讲话\n3月1日,会议召开。\n一\n二\n三\n(2024年3月1日)';
    expect(speechDateline(text, blocksOf(text))).toBeUndefined();
  });
});
