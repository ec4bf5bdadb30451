import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestText } from './index.js';

describe('ingestText', () => {
  const text = '全市卫生健康工作会议召开\n2月17日下午,全市卫生健康工作会议召开。会议强调,要抓好落实。';

  it('uses the given publication date to resolve the meeting date', () => {
    const [doc] = ingestText(text, { name: 'note.txt', published: '2022-03-05', places: false });
    expect(doc?.id).toBe('note.txt#0');
    expect(doc?.meta).toMatchObject({
      title: '全市卫生健康工作会议召开',
      published: '2022-03-05',
      eventDate: '2022-02-17',
      jurisdiction: { level: 'prefecture' },
    });
    expect(doc?.source).toEqual({
      path: 'note.txt',
      name: 'note.txt',
      sha256: createHash('sha256').update(text).digest('hex'),
      encoding: 'UTF-8',
      byteLength: Buffer.byteLength(text),
    });
    expect(doc?.sentences.map((s) => doc.text.slice(s.span.start, s.span.end))).toEqual([
      '全市卫生健康工作会议召开',
      '2月17日下午,全市卫生健康工作会议召开。',
      '会议强调,要抓好落实。',
    ]);
  });

  it('gives no text for blank input', () => {
    expect(ingestText('  \n\n ')).toEqual([]);
  });
});
