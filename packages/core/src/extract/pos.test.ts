import { describe, expect, it } from 'vitest';
import { isCommonWord, posTag } from './pos.js';

describe('posTag', () => {
  it('gives UTF-16 offsets that slice back to each word, astral characters included', () => {
    const text = '𠮷祥县卫生健康局局长张三出席会议';
    const tokens = posTag(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.at(-1)?.end).toBe(text.length);
  });

  it('tells dictionary words from names', () => {
    expect(isCommonWord('强调')).toBe(true);
    expect(isCommonWord('全面')).toBe(true);
    expect(isCommonWord('柯明远')).toBe(false);
  });
});
