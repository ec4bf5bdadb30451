import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-10-15' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements: a second act in a topic act’s clause', () => {
  it('reads 通报X,并对Y进行部署 as a 通报 of X and a 部署 of Y', () => {
    expect(st('市卫生健康局局长丁向东通报全市院感防控检查情况,并对秋冬季传染病防控工作进行部署。')).toEqual([
      ['丁向东', '通报', '全市院感防控检查情况'],
      ['丁向东', '部署', '秋冬季传染病防控工作'],
    ]);
    expect(st('副县长严立群介绍了项目进展,并就下一阶段工作作出安排部署。')).toEqual([
      ['严立群', '介绍', '项目进展'],
      ['严立群', '安排部署', '下一阶段工作'],
    ]);
  });

  it('reads 会议传达了X,并传达了Y as two relayed topics', () => {
    expect(st('会议传达了全省医疗保障工作会议精神,并传达了省医保局主要负责同志的讲话要求。')).toEqual([
      ['会议', '传达', '全省医疗保障工作会议精神'],
      ['会议', '传达', '省医保局主要负责同志的讲话要求。'],
    ]);
  });

  it('gives a meeting’s own deployment no act (会议通报了X,并对Y进行了部署)', () => {
    expect(st('会议通报了上半年工作情况,并对下半年重点工作进行了部署。')).toEqual([
      ['会议', '通报', '上半年工作情况,并对下半年重点工作进行了部署。'],
    ]);
  });
});

describe('extractStatements: acts spelled out after a colon', () => {
  it('reads 宣布了X决定:content as 宣布 with what is announced', () => {
    const text = '会上,市委组织部副部长程晓燕宣布了市委的任免决定:经市委研究决定,任命韩冬同志为市卫生健康委党组书记。';
    expect(st(text)).toEqual([['程晓燕', '宣布', '经市委研究决定,任命韩冬同志为市卫生健康委党组书记。']]);
    expect(st('市委组织部副部长程晓燕宣布:任命韩冬同志为院长。')).toEqual([['程晓燕', '宣布', '任命韩冬同志为院长。']]);
  });

  it('reads no act from an announcement without its words (宣布会议开幕, 宣布了任免决定。)', () => {
    expect(st('市委组织部副部长程晓燕宣布了市委的任免决定。')).toEqual([]);
    expect(st('市人大常委会主任孟庆林宣布会议开幕。')).toEqual([]);
  });

  it('reads 对X提出三点希望:一要… with the hopes as its content, and no act without them', () => {
    const text = '副市长覃立民对新一届领导班子提出两点希望:一要敢于担当,二要团结协作。';
    expect(st(text)).toEqual([['覃立民', '提出两点希望', '一要敢于担当,二要团结协作。']]);
    expect(st('副市长覃立民对新一届领导班子提出殷切希望。')).toEqual([]);
  });
});

describe('extractStatements: more speech forms', () => {
  it('reads 特别提醒 as 提醒 with its content', () => {
    expect(st('副省长郝建平特别提醒,要盯紧台风登陆前后的关键时段。')).toEqual([
      ['郝建平', '提醒', '要盯紧台风登陆前后的关键时段。'],
    ]);
  });

  it('reads no 提醒 without a speaker (温馨提醒:…)', () => {
    expect(st('温馨提醒:接种疫苗后请留观30分钟。')).toEqual([]);
  });

  it('reads a visit to a place before the act (X同志来我县调研时指出, 一行到Y检查时强调)', () => {
    expect(st('今年5月,省卫生健康委副主任高振宇同志来我县调研时指出,基层医疗要补齐短板。')).toEqual([
      ['高振宇', '指出', '基层医疗要补齐短板。'],
    ]);
    expect(st('副市长贺兰芳一行到市中心血站检查时强调,要保障临床用血安全。')).toEqual([
      ['贺兰芳', '强调', '要保障临床用血安全。'],
    ]);
  });

  it('reads no act when the visit ends without 时 (来我县调研,并召开座谈会)', () => {
    expect(st('省卫生健康委副主任高振宇同志来我县调研,并召开座谈会。')).toEqual([]);
  });

  it('gives each of a list 分别在分会场作表态发言, and nothing to a list that heard a report there', () => {
    const text = '会上,市卫生健康局局长梁志文、县人民政府副县长闵红分别在分会场作表态发言。';
    expect(st(text)).toEqual([
      ['梁志文', '作表态发言', null],
      ['闵红', '作表态发言', null],
    ]);
    expect(st('市卫生健康局局长梁志文、副县长闵红先后在会上发言。').map((s) => s[0])).toEqual(['梁志文', '闵红']);
    expect(st('市卫生健康局局长梁志文、副县长闵红先后在县医院听取汇报。')).toEqual([]);
  });
});
