import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { opensClause } from './statement-speakers.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-09-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('opensClause', () => {
  it('takes a name after punctuation, a time or an occasion as its clause’s subject', () => {
    expect(opensClause('会议召开。赵丽萍指出', 5)).toBe(true);
    expect(opensClause('会上,赵丽萍指出', 3)).toBe(true);
    expect(opensClause('8月5日下午赵丽萍指出', 6)).toBe(true);
    expect(opensClause('在随后召开的座谈会上赵丽萍指出', 10)).toBe(true);
    expect(opensClause('会上,分管卫生工作的副市长赵丽萍指出', 10)).toBe(true);
  });

  it('takes no name after a preposition or a verb in its clause (对X, 由X, 学习X)', () => {
    expect(opensClause('赵丽萍对李国华同志的工作给予肯定', 4)).toBe(false);
    expect(opensClause('会议由王海涛主持', 3)).toBe(false);
  });
});

describe('extractStatements: what 他/她 stands for', () => {
  it('resolves 她 after an appraisal to its subject, once (赵某对李某的工作给予肯定,她要求)', () => {
    const text = '会上,局长赵丽萍对副局长李国华同志在任期间的工作给予充分肯定,她要求,全局上下要团结一心。';
    expect(st(text)).toEqual([['赵丽萍', '要求', '全局上下要团结一心。']]);
  });

  it('resolves 她 to the subject of the sentence before, not to a name inside its content', () => {
    const text = '局长赵丽萍出席。副局长王海涛要求学习李国华同志的先进事迹。她强调,要团结一心。';
    expect(st(text).at(-1)).toEqual(['王海涛', '强调', '要团结一心。']);
  });

  it('still resolves 她 to a chair named after 由 (会议由X主持。她指出)', () => {
    expect(st('会议由副主任罗静主持。她指出,要抓好落实。').at(-1)).toEqual(['罗静', '指出', '要抓好落实。']);
  });
});
