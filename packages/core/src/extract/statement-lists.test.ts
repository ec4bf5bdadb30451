import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-09-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements: lists of speakers and content-less acts', () => {
  it('gives each of a titled list its 发言 without 分别 (甲,乙,丙作典型发言)', () => {
    const text = '会上,东城区副区长周立新,南江县卫生健康局局长方文,市中心医院院长何志远作典型发言。';
    expect(st(text)).toEqual([
      ['周立新', '作典型发言', null],
      ['方文', '作典型发言', null],
      ['何志远', '作典型发言', null],
    ]);
  });

  it('keeps a 讲话 one leader’s, and a clause between names parts them (甲主持,乙作表态发言)', () => {
    expect(st('副市长周立新,局长方文作重要讲话。')).toEqual([['方文', '讲话', null]]);
    expect(st('副市长周立新主持会议,局长方文作表态发言。')).toEqual([
      ['周立新', '主持', null],
      ['方文', '作表态发言', null],
    ]);
  });

  it('gives speakers in turn their topics in order (先后作交流发言,分别围绕A、B和C谈了体会)', () => {
    const text =
      '内科支部书记周立新、药剂科主任方文、护理部主任何志远先后作交流发言,分别围绕合理用药、处方点评和夜间护理谈了体会。';
    expect(st(text)).toEqual([
      ['周立新', '作交流发言', '合理用药'],
      ['方文', '作交流发言', '处方点评'],
      ['何志远', '作交流发言', '夜间护理'],
    ]);
  });

  it('ends a name before 依次 and gives speakers in turn their 就 topics (依次作交流发言,分别就A、B作了介绍)', () => {
    const text = '县卫生健康局局长王刚,县人民医院院长赵强依次作交流发言,分别就医共体建设、胸痛中心建设作了介绍。';
    expect(st(text)).toEqual([
      ['王刚', '作交流发言', '医共体建设'],
      ['赵强', '作交流发言', '胸痛中心建设'],
    ]);
  });

  it('keeps speakers in turn content-less when the topics do not count out (分别围绕A谈了体会)', () => {
    const text = '内科支部书记周立新、药剂科主任方文先后作交流发言,分别围绕合理用药谈了体会。';
    expect(st(text)).toEqual([
      ['周立新', '作交流发言', null],
      ['方文', '作交流发言', null],
    ]);
  });

  it('reads a launch announced as 宣布启动, after attending or alone', () => {
    expect(st('副县长周立新出席仪式并宣布义诊周活动正式启动,局长方文致辞。')).toEqual([
      ['周立新', '宣布启动', null],
      ['方文', '致辞', null],
    ]);
    expect(st('县长何志远宣布项目启动。')).toEqual([['何志远', '宣布启动', null]]);
  });

  it('reads no launch where 启动 opens an object (宣布将启动X工程)', () => {
    expect(st('县长何志远宣布将启动健康乡村工程。')).toEqual([]);
  });

  it('reads the view a meeting reached after deliberating (会议研究认为, 会议经认真讨论认为)', () => {
    expect(st('会议研究认为,方案总体可行。')).toEqual([['会议', '认为', '方案总体可行。']]);
    expect(st('会议经认真讨论认为,要加快进度。')).toEqual([['会议', '认为', '要加快进度。']]);
  });

  it('reads 审议 before a decision as no gap of 认为 (会议审议通过X)', () => {
    expect(st('会议审议通过《某某办法》。').some(([, verb]) => verb === '认为')).toBe(false);
  });

  it('reads an explanation of a topic (对X进行了说明, 对X作了解读) with X as content', () => {
    expect(st('市医保局副局长方文对《实施细则》修订情况进行了说明。')).toEqual([
      ['方文', '说明', '《实施细则》修订情况'],
    ]);
    expect(st('副局长周立新对新版目录作了解读。')).toEqual([['周立新', '解读', '新版目录']]);
  });

  it('reads no topic act after 对照 or 对口 (对照清单进行了总结)', () => {
    expect(st('副局长周立新对照任务清单进行了总结。').some(([, verb]) => verb === '总结')).toBe(false);
  });
});

describe('extractStatements: the lemma of a supplementary speech', () => {
  it('writes 作了补充发言 as 补充发言, for each of a list', () => {
    expect(st('市卫生健康委副主任周立新、市财政局副局长方文作了补充发言。')).toEqual([
      ['周立新', '补充发言', null],
      ['方文', '补充发言', null],
    ]);
  });

  it('gives each speaker in turn the shared object of 依次/先后汇报了 (one act each, with its topic)', () => {
    const text = '甲县卫生健康局局长周立新、乙区卫生健康局副局长方文先后汇报了近期疫情防控工作进展。';
    expect(st(text)).toEqual([
      ['周立新', '汇报', '近期疫情防控工作进展'],
      ['方文', '汇报', '近期疫情防控工作进展'],
    ]);
  });

  it('keeps 依次汇报 without an object content-less, and 依次作汇报 unchanged', () => {
    expect(st('甲县卫生健康局局长周立新、乙区卫生健康局副局长方文依次汇报。')).toEqual([
      ['周立新', '汇报', null],
      ['方文', '汇报', null],
    ]);
    expect(st('甲县卫生健康局局长周立新、乙区卫生健康局副局长方文依次作汇报,会议气氛热烈。').map((s) => s[2])).toEqual([
      null,
      null,
    ]);
  });
});
