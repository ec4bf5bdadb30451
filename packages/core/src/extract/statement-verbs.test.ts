import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-09-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements: more speech verbs', () => {
  it('reads 重申, 透露, 提到 and 建议 with their content', () => {
    expect(st('副县长宋志坚重申,乡镇党委书记是第一责任人。')).toEqual([
      ['宋志坚', '重申', '乡镇党委书记是第一责任人。'],
    ]);
    expect(st('省医保局副局长冯志远透露,新的目录年底前公布。')).toEqual([['冯志远', '透露', '新的目录年底前公布。']]);
    expect(st('王丽君院长在演讲中提到,医联体要让专家沉下去。')).toEqual([['王丽君', '提到', '医联体要让专家沉下去。']]);
    expect(st('韩立平院长建议,各县设立中医馆。')).toEqual([['韩立平', '建议', '各县设立中医馆。']]);
  });

  it('reads 勉励 with the addressee opening its content', () => {
    expect(st('副市长方云海勉励青年医生钻研业务、扎根基层。')).toEqual([
      ['方云海', '勉励', '青年医生钻研业务、扎根基层。'],
    ]);
  });

  it('reads 发布了《X》 as a topic act ending with its sentence, and no act from 发布会', () => {
    expect(
      st('市卫生健康委主任柯明远出席会议。柯明远发布了《全市居民健康状况白皮书》。白皮书显示,人均预期寿命提高。'),
    ).toEqual([['柯明远', '发布', '《全市居民健康状况白皮书》。']]);
    expect(st('市卫生健康委主任柯明远出席会议。柯明远发布会上未作说明。')).toEqual([]);
  });

  it('reads 到会讲话 as 讲话, like 出席会议并讲话', () => {
    expect(st('副市长方云海到会讲话,市卫生健康委主任罗静主持会议。')).toEqual([
      ['方云海', '讲话', null],
      ['罗静', '主持', null],
    ]);
  });

  it('reads 汇报时介绍 as one act, 介绍, with the content after it', () => {
    expect(st('县卫生健康局局长何静汇报时介绍,全县已建成医共体3个。')).toEqual([
      ['何静', '介绍', '全县已建成医共体3个。'],
    ]);
  });

  it('reads no act from a verb that ends its line (a headline’s …时强调 over a subtitle)', () => {
    expect(st('方云海在清河县调研时强调\n守住基层健康网底')).toEqual([]);
  });

  it('still reads a speech handed to the next line by a colon (强调:↵…)', () => {
    expect(st('副市长方云海强调:\n一是要压实责任。')).toEqual([['方云海', '强调', '一是要压实责任。']]);
  });

  it('ends a speech quoted after a colon with its closing quote, not a list of quoted items', () => {
    expect(st('院长何静说:“今年门诊量增长了一成。”副院长韩立平补充了几个数字。')).toEqual([
      ['何静', '说', '今年门诊量增长了一成。'],
    ]);
    expect(st('副市长方云海要求:“早发现”、“早报告”要落到实处。')).toEqual([
      ['方云海', '要求', '早发现”、“早报告”要落到实处。'],
    ]);
  });
});

describe('extractStatements: speeches of a list and titled speeches', () => {
  it('gives each titled person of a comma list 先后发言 a content-less 发言', () => {
    const text = '市人民医院心内科主任陆文,县中医院院长马冬,乡镇卫生院院长杜平先后发言。';
    expect(st(text)).toEqual([
      ['陆文', '发言', null],
      ['马冬', '发言', null],
      ['杜平', '发言', null],
    ]);
  });

  it('splits 分别就A、B、C作了具体部署 over a list whose items carry a portfolio before the title', () => {
    const text =
      '市委常委、常务副市长韩立平,分管卫生健康工作的副市长罗静,分管城市管理工作的副市长宋志坚分别就资金保障、医疗救治、环境整治工作作了具体部署。';
    expect(st(text)).toEqual([
      ['韩立平', '部署', '资金保障'],
      ['罗静', '部署', '医疗救治'],
      ['宋志坚', '部署', '环境整治工作'],
    ]);
  });

  it('reads 作了题为《X》的主旨演讲 with the title as its topic', () => {
    expect(st('省疾控中心主任韦志成作了题为《传染病监测的数字化转型》的主旨演讲。')).toEqual([
      ['韦志成', '主旨演讲', '传染病监测的数字化转型'],
    ]);
  });

  it('gives the k-th title of 分别作了题为《A》和《B》的主旨演讲 to the k-th speaker, and none when they differ', () => {
    const text = '市医院院长何静、市中医院院长韩立平分别作了题为《医联体的实践》和《中医药传承》的主旨演讲。';
    expect(st(text)).toEqual([
      ['何静', '主旨演讲', '医联体的实践'],
      ['韩立平', '主旨演讲', '中医药传承'],
    ]);
    expect(st('市医院院长何静分别作了题为《医联体的实践》和《中医药传承》的主旨演讲。')).toEqual([]);
  });

  it('reads 就X作了补充发言 with X as the topic', () => {
    expect(st('县长周立新就乡村医生队伍建设作了补充发言。')).toEqual([['周立新', '发言', '乡村医生队伍建设']]);
  });
});
