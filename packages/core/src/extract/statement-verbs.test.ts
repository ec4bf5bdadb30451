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

describe('extractStatements: proposals, admissions, warnings and calls', () => {
  it('reads 提议, 坦承, 告诫 and 号召 with their content', () => {
    expect(st('县政协委员许国平提议,对到村工作的医学毕业生给予生活补助。')).toEqual([
      ['许国平', '提议', '对到村工作的医学毕业生给予生活补助。'],
    ]);
    expect(st('市卫生健康委主任林知远坦承,两所卫生院尚未开工。')).toEqual([['林知远', '坦承', '两所卫生院尚未开工。']]);
    expect(st('纪检监察组组长方启华告诫大家:“红线不能碰。”')[0]?.slice(0, 2)).toEqual(['方启华', '告诫']);
    expect(st('局长方启华号召,全系统要以案为鉴。')).toEqual([['方启华', '号召', '全系统要以案为鉴。']]);
  });

  it('reads 当场承诺 and 调度通报了X, and 告诉笔者 as 告诉', () => {
    expect(st('副县长秦海燕出席会议。秦海燕当场承诺,年内配齐村医。').slice(-1)).toEqual([
      ['秦海燕', '承诺', '年内配齐村医。'],
    ]);
    expect(st('副主任卢海波出席会议。卢海波调度通报了全年重点工作进展。').slice(-1)).toEqual([
      ['卢海波', '通报', '全年重点工作进展。'],
    ]);
    expect(st('卫生院院长罗桑告诉笔者,今年新开了血透室。')).toEqual([['罗桑', '告诉', '今年新开了血透室。']]);
  });

  it('reads a quoted account (算了一笔“细账”) as 算账, and a reporter’s 向X汇报 as the reporter’s act', () => {
    expect(st('县医院院长彭立伟出席会议。彭立伟给大家算了一笔“细账”:全院职工23人。')).toEqual([
      ['彭立伟', '算账', '全院职工23人。'],
    ]);
    expect(st('副县长吴曼到卫生院督导。院长贺立新向吴曼汇报,全镇筛查已完成九成。')).toEqual([
      ['贺立新', '汇报', '全镇筛查已完成九成。'],
    ]);
  });

  it('gives the 他 after X的发言:“…” to X, and reads no act from a mere 同意 or 号召 as a noun', () => {
    expect(
      st('特邀代表、乡村医生钟长林的发言朴实恳切:“我当了30年村医。”他希望村医养老保障再提高一些。').at(-1),
    ).toEqual(['钟长林', '希望', '村医养老保障再提高一些。']);
    expect(st('副县长秦怡响应号召,带头献血。')).toEqual([]);
  });

  it('reads 在…后 before a speech verb as an occasion (在听取汇报后指出), not before other verbs', () => {
    expect(st('副市长周立新在实地察看后强调,要压实安全责任。')).toEqual([['周立新', '强调', '要压实安全责任。']]);
    expect(st('副市长周立新在听取汇报后,带队检查了急诊科。')).toEqual([]);
  });

  it('reads 叮嘱 after an appraisal clause (对X的做法给予肯定,叮嘱Y要…)', () => {
    expect(st('副市长周立新对社区的做法给予肯定,叮嘱社区要守好健康“网底”。')).toEqual([
      ['周立新', '叮嘱', '社区要守好健康“网底”。'],
    ]);
  });

  it('reads 告诉 a visiting group before a comma (告诉督导组,…), not 告诉 an object', () => {
    expect(st('站长方文告诉督导组,今年已完成采血任务的九成。')).toEqual([
      ['方文', '告诉', '今年已完成采血任务的九成。'],
    ]);
    expect(st('站长方文告诉大家一个好消息。')).toEqual([]);
  });

  it('reads 回顾 as a review in a speech or report (在报告中回顾,…)', () => {
    expect(st('局长方文在报告中回顾,过去一年全县新建村卫生室12所。')).toEqual([
      ['方文', '回顾', '过去一年全县新建村卫生室12所。'],
    ]);
  });

  it('ends a topic act at a comma opening the subject’s view (通报了X,指出Y: two acts), not at other clauses', () => {
    expect(st('副局长方文通报了全县疫苗接种情况,指出部分乡镇接种率偏低。')).toEqual([
      ['方文', '通报', '全县疫苗接种情况'],
      ['方文', '指出', '部分乡镇接种率偏低。'],
    ]);
    expect(st('副局长方文通报了全县疫苗接种情况,接种率达到95%。').map((s) => s[1])).toEqual(['通报']);
  });
});
