import { describe, expect, it } from 'vitest';
import { splitCollection } from './collection.js';
import { splitTextLines } from './lines.js';

const layout = (...lines: string[]) => splitCollection(splitTextLines(lines.join('\n')));

describe('splitCollection', () => {
  it('cuts a page of speeches at each speech title followed by a salutation', () => {
    const result = layout(
      '卫生工作会议讲话稿(精选3篇)',
      '下面是一些优秀的讲话稿示例。',
      '在全县卫生工作会议上的讲话',
      '同志们:',
      '今天召开全县卫生工作会议。',
      '在全市卫生健康大会上的讲话',
      '各位领导、同志们:',
      '这次大会很重要。',
      '县长在卫生工作会议上的讲话',
      '2月3日,全县卫生工作会议召开。',
    );
    expect(result.parts).toEqual([
      { firstLine: 2, endLine: 5 },
      { firstLine: 5, endLine: 8 },
      { firstLine: 8, endLine: 10 },
    ]);
    expect(result.header).toBe(0);
    expect(result.preamble).toEqual({ firstLine: 1, endLine: 2 });
  });

  it('keeps a single speech whole, even when it names another speech', () => {
    const result = layout(
      '在全县卫生工作会议上的讲话',
      '同志们:',
      '刚才,同志们认真学习了省长在全省会议上的讲话',
      '今天召开全县卫生工作会议。',
    );
    expect(result.parts).toEqual([{ firstLine: 0, endLine: 4 }]);
  });

  it('needs two saluted titles or a collection header', () => {
    const twoBare = layout('在全县会议上的讲话', '会议召开。', '在全市会议上的讲话', '会议召开。');
    expect(twoBare.parts).toHaveLength(1);
    const headed = layout('讲话合集', '在全县会议上的讲话', '会议召开。', '在全市会议上的讲话', '会议召开。');
    expect(headed.parts).toHaveLength(2);
  });

  it('gives nothing for no lines', () => {
    expect(layout().parts).toEqual([]);
  });
});
