import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences.js';

const split = (text: string): string[] =>
  sentencesOf(text, [{ kind: 'paragraph', span: { start: 0, end: text.length } }]).map((s) =>
    text.slice(s.span.start, s.span.end),
  );

describe('sentencesOf', () => {
  it('splits at 。!?; and keeps closing quotes with their sentence', () => {
    expect(split('会议召开。要求落实!怎么办?一是抓落实;二是抓督查。')).toEqual([
      '会议召开。',
      '要求落实!',
      '怎么办?',
      '一是抓落实;',
      '二是抓督查。',
    ]);
    expect(split('他说:“要抓好落实。”会议结束。')).toEqual(['他说:“要抓好落实。”', '会议结束。']);
  });

  it('never ends a sentence inside quotes or brackets', () => {
    expect(split('坚持“稳中求进。统筹发展”的总基调,印发《通知。附件》等文件。')).toEqual([
      '坚持“稳中求进。统筹发展”的总基调,印发《通知。附件》等文件。',
    ]);
  });

  it('ignores quotes that never close instead of swallowing the block', () => {
    expect(split('他说:“第一句。第二句。')).toEqual(['他说:“第一句。', '第二句。']);
  });

  it('keeps a trailing fragment without punctuation as a sentence', () => {
    expect(split('第一句。 没有句号')).toEqual(['第一句。', '没有句号']);
  });
});
