import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2024-06-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements: an inspection visit', () => {
  it('reads a visitor charging those visited (叮嘱X,要…)', () => {
    expect(st('副市长宋志坚指出,要补短板。\n宋志坚叮嘱卫生院负责同志,要守好基层防线。')).toEqual([
      ['宋志坚', '指出', '要补短板。'],
      ['宋志坚', '叮嘱', '卫生院负责同志,要守好基层防线。'],
    ]);
  });

  it('reads the act after a visit clause (一行来我县调研X,对Y给予肯定,并强调Z)', () => {
    expect(
      st('省卫生健康委副主任韦志成一行来我县调研基层卫生工作,对乡村医生队伍建设给予肯定,并强调要稳住村医队伍。'),
    ).toEqual([['韦志成', '强调', '要稳住村医队伍。']]);
  });

  it('reads the act after a tour of several sites (先后来到A、B,实地察看X,并要求Y)', () => {
    const text =
      '副县长宋志坚先后来到城南社区卫生服务中心、县中医院,实地察看家庭医生签约服务开展情况,并要求加快补齐短板。';
    expect(st(text)).toEqual([['宋志坚', '要求', '加快补齐短板。']]);
  });

  it('does not read a visit without an act of the visitor (…,并召开座谈会)', () => {
    expect(st('省卫生健康委副主任韦志成一行来我县调研基层卫生工作,并召开座谈会。')).toEqual([]);
  });

  it('reads chairing a 座谈会 held at a place (在X主持召开座谈会) as 主持', () => {
    expect(st('当天,副市长方云海在清河县主持召开基层卫生座谈会。')).toEqual([['方云海', '主持', null]]);
  });

  it('splits 分别就A和B作了介绍 over the two speakers before it', () => {
    const text = '市卫生健康委副主任罗永清、副县长苗晓丹分别就全市家庭医生签约和县域医共体建设作了介绍。';
    expect(st(text)).toEqual([
      ['罗永清', '介绍', '全市家庭医生签约'],
      ['苗晓丹', '介绍', '县域医共体建设'],
    ]);
  });
});

describe('extractStatements: a report with a title', () => {
  it('takes the title of 作了题为《X》的工作报告 as its topic', () => {
    expect(st('县卫生健康局局长覃立新作了题为《守正创新再上台阶》的工作报告。')).toEqual([
      ['覃立新', '作工作报告', '守正创新再上台阶'],
    ]);
  });

  it('keeps a report without a title contentless', () => {
    expect(st('县卫生健康局局长覃立新作了工作报告。')).toEqual([['覃立新', '作工作报告', null]]);
  });
});

describe('extractStatements: several subjects of one 出席会议并讲话', () => {
  it('gives the act to each official of a comma list before it', () => {
    const text = '省卫生健康委副主任邵明川,省医保局副局长温静怡出席会议并讲话。';
    expect(st(text).map((s) => s[0])).toEqual(['邵明川', '温静怡']);
  });

  it('does not give it to an official of an earlier clause (甲主持会议,乙出席会议并讲话)', () => {
    const text = '省卫生健康委副主任邵明川主持会议,省医保局副局长温静怡出席会议并讲话。';
    expect(st(text).map((s) => [s[0], s[1]])).toEqual([
      ['邵明川', '主持'],
      ['温静怡', '讲话'],
    ]);
  });

  it('reads the act after a visit’s own clause (察看了X,叮嘱Y; 走进X,要求Y), not a host’s words after it', () => {
    expect(st('副市长周立新察看了发热门诊,叮嘱医院备足药品。')).toEqual([['周立新', '叮嘱', '医院备足药品。']]);
    expect(st('副市长周立新走进乡镇卫生院,要求补齐设备短板。')).toEqual([['周立新', '要求', '补齐设备短板。']]);
    expect(st('副市长周立新看望了一线医务人员,院长方文介绍,今年已接诊1万人次。').map((s) => s[0])).toEqual(['方文']);
  });

  it('reads the act after a visit clause opened by a manner adverb (详细了解X,叮嘱Y)', () => {
    expect(st('副市长周立新详细了解了签约服务情况,叮嘱医生要守好网底。')).toEqual([
      ['周立新', '叮嘱', '医生要守好网底。'],
    ]);
  });
});
