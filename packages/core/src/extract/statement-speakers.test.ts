import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { coSubjects } from './statement-groups.js';
import { opensClause } from './statement-speakers.js';
import { makeTestDoc } from './test-doc.js';
import type { OfficialMention } from './types.js';

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

  it('takes a name after the head of its own title chain or an attributive as the subject', () => {
    // The official's span starts at 县人民医院 (6) or at 市妇幼保健院 (17, 11).
    expect(opensClause('医疗队领队、县人民医院副院长韩立平', 6)).toBe(true);
    expect(opensClause('长期从事儿科临床工作的省人大代表、市妇幼保健院院长梁晓红', 17)).toBe(true);
    expect(opensClause('长期从事儿科临床工作的市妇幼保健院院长梁晓红', 11)).toBe(true);
  });

  it('takes no name listed after a visiting verb or a preposition (会见了甲、乙; 对甲、乙)', () => {
    expect(opensClause('周立伟会见了省卫生健康委主任罗静、副主任宋志坚', 18)).toBe(false);
    expect(opensClause('对省卫生健康委主任罗静、副主任宋志坚', 12)).toBe(false);
  });
});

describe('coSubjects', () => {
  const official = (text: string, name: string, title: string): OfficialMention => {
    const end = text.indexOf(name) + name.length;
    const start = text.lastIndexOf(title, end) >= 0 ? text.lastIndexOf(title, end) : end - name.length;
    return {
      kind: 'official',
      span: { start, end },
      text: text.slice(start, end),
      rule: 't',
      name,
      titles: [title],
      partial: false,
    };
  };

  it('reads 对口 (对口支援, 对口帮扶) in the next title as no preposition', () => {
    const text = '副州长罗静,上海市对口帮扶工作组组长宋志坚出席会议并讲话。';
    const officials = [official(text, '罗静', '副州长'), official(text, '宋志坚', '帮扶工作组组长')];
    const start = officials[1]?.span.start ?? 0;
    expect(coSubjects(text, officials, { start, name: '宋志坚' }).map((o) => o.name)).toEqual(['罗静']);
  });

  it('still ends the list at a clause of its own (甲对X作出部署,乙出席)', () => {
    const text = '副州长罗静对工作作出部署,组长宋志坚出席会议并讲话。';
    const officials = [official(text, '罗静', '副州长'), official(text, '宋志坚', '组长')];
    const start = officials[1]?.span.start ?? 0;
    expect(coSubjects(text, officials, { start, name: '宋志坚' })).toEqual([]);
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

  it('resolves 他 after an attributive and a title chain head to the person they introduce', () => {
    expect(st('长期从事儿科临床工作的省人大代表、市妇幼保健院院长梁晓红,关注儿童健康。她建议,增加儿科床位。')).toEqual([
      ['梁晓红', '建议', '增加儿科床位。'],
    ]);
    expect(st('医疗队领队、县人民医院副院长(挂职)韩立平代表队员作表态发言。他说,要干出成绩。')).toEqual([
      ['韩立平', '作表态发言', null],
      ['韩立平', '说', '要干出成绩。'],
    ]);
  });

  it('resolves 他 to the subject, not to a person met (会见了甲、乙。他指出)', () => {
    expect(st('省长周立伟会见了省卫生健康委主任罗静、副主任宋志坚。他指出,要加强合作。')).toEqual([
      ['周立伟', '指出', '要加强合作。'],
    ]);
  });

  it('never resolves 他 to one the text called 她 (an unnamed speaker), nor takes 他们 as one', () => {
    expect(st('副市长宋志坚出席会议。她要求,要补短板。\n一名队员代表发言。他介绍,全队共28人。')).toEqual([
      ['宋志坚', '要求', '要补短板。'],
    ]);
    expect(st('副市长宋志坚出席会议。他们纷纷表示,要落实好。她要求,要补短板。')).toEqual([
      ['宋志坚', '要求', '要补短板。'],
    ]);
  });

  it('still resolves 她 to a chair named after 由 (会议由X主持。她指出)', () => {
    expect(st('会议由副主任罗静主持。她指出,要抓好落实。').at(-1)).toEqual(['罗静', '指出', '要抓好落实。']);
  });
});
