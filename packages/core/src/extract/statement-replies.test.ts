import { describe, expect, it } from 'vitest';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const st = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-03-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('extractStatements: replies and pledges with a saying verb', () => {
  it('reads 回应称 and 回答说 after a question as 回应 and 回答', () => {
    const text =
      '市医保局副局长周雅琴、市妇幼保健院院长邓立军出席发布会。\n' +
      '针对记者关注的门诊共济问题,周雅琴回应称,下一步将扩大门诊慢特病病种。\n' +
      '有记者问及儿科夜间门诊的问题。邓立军回答说,医院已开设夜间儿科门诊。';
    const acts = st(text).filter(([, verb]) => verb === '回应' || verb === '回答');
    expect(acts).toEqual([
      ['周雅琴', '回应', '下一步将扩大门诊慢特病病种。'],
      ['邓立军', '回答', '医院已开设夜间儿科门诊。'],
    ]);
  });

  it('reads 回应道 as 回应', () => {
    expect(st('市医保局局长马骏回应道,将继续扩大集采范围。')).toEqual([['马骏', '回应', '将继续扩大集采范围。']]);
  });

  it('reads 表态说 as the act 表态 with what follows as its content', () => {
    expect(st('县卫生健康局局长田文博表态说,将逐条制定整改措施。')).toEqual([
      ['田文博', '表态', '将逐条制定整改措施。'],
    ]);
  });

  it('keeps 回答 without a saying verb a word of the content, not an act', () => {
    expect(st('市卫生健康委主任陶建明指出,要及时回答群众关切。')).toEqual([['陶建明', '指出', '要及时回答群众关切。']]);
  });
});

describe('extractStatements: topic acts of inspections and study sessions', () => {
  it('reads X反馈督导情况 as a topic act ending with its sentence', () => {
    const text = '督查组组长、省卫生健康委一级巡视员钟国华反馈督查发现的问题。随后,他要求限期整改。';
    expect(st(text)[0]).toEqual(['钟国华', '反馈', '督查发现的问题。']);
  });

  it('reads 领学 X after a chained title, X the topic', () => {
    const text = '会上,局党组成员、副局长邱美玲领学了《关于加强基层医疗卫生机构建设的意见》有关内容。';
    expect(st(text)).toEqual([['邱美玲', '领学', '《关于加强基层医疗卫生机构建设的意见》有关内容。']]);
  });

  it('reads 就X提出意见建议 with X as the topic', () => {
    expect(st('副区长彭晓雯就做好卫生应急工作提出意见建议。')).toEqual([
      ['彭晓雯', '提出意见建议', '做好卫生应急工作'],
    ]);
  });

  it('reads 就X提出具体意见 with X as the topic', () => {
    expect(st('副区长彭晓雯就下一步卫生应急工作提出具体意见。')).toEqual([
      ['彭晓雯', '提出具体意见', '下一步卫生应急工作'],
    ]);
  });
});

describe('extractStatements: a chair who also speaks', () => {
  it('reads 主持学习并讲话 as two acts, 主持 and 讲话', () => {
    expect(st('局党组书记、局长严志远主持学习并讲话。')).toEqual([
      ['严志远', '主持', null],
      ['严志远', '讲话', null],
    ]);
  });

  it('reads 主持召开X会议并讲话 as 主持 and 讲话', () => {
    expect(st('副市长林晓峰主持召开全市卫生应急专题会议并讲话。')).toEqual([
      ['林晓峰', '主持', null],
      ['林晓峰', '讲话', null],
    ]);
  });

  it('reads 主持会议并作表态发言 as 主持 and 作表态发言', () => {
    expect(st('副县长葛明丽主持会议并作表态发言。')).toEqual([
      ['葛明丽', '主持', null],
      ['葛明丽', '作表态发言', null],
    ]);
  });

  it('keeps a speech named by its purpose (作动员讲话), and heads 作总结讲话 as 讲话', () => {
    expect(st('区卫生健康委主任尹华强作动员讲话。')).toEqual([['尹华强', '作动员讲话', null]]);
    expect(st('区卫生健康委主任尹华强作总结讲话。')).toEqual([['尹华强', '讲话', null]]);
  });
});

describe('extractStatements: a speech in a capacity', () => {
  it('reads X作为Y代表发言,表示… as 发言 and 表示 with its content', () => {
    expect(st('区人民医院院长韦国庆作为成员单位代表发言,表示将主动对接联盟资源。')).toEqual([
      ['韦国庆', '发言', null],
      ['韦国庆', '表示', '将主动对接联盟资源。'],
    ]);
  });

  it('reads X代表Y致辞 as 致辞, and leaves 代表X作表态发言 to the speech acts', () => {
    expect(st('区中心医院院长温立军代表联盟成员单位致辞。')).toEqual([['温立军', '致辞', null]]);
    expect(st('副院长温立军代表新一批援建人员作表态发言。')).toEqual([['温立军', '作表态发言', null]]);
  });
});

describe('extractStatements: content after a speech or a topic act', () => {
  it('reads 作总结讲话,要求… and 作重要讲话,强调… as the speech and its content act', () => {
    expect(st('区卫生健康委主任汪立新作总结讲话,要求各单位抓好落实。')).toEqual([
      ['汪立新', '讲话', null],
      ['汪立新', '要求', '各单位抓好落实。'],
    ]);
  });

  it('reads 就X作了安排部署,要求… as the topic act and the demand', () => {
    expect(st('区卫生健康委主任汪立新就下一步工作作了安排部署,要求各地抓好落实。')).toEqual([
      ['汪立新', '安排部署', '下一步工作'],
      ['汪立新', '要求', '各地抓好落实。'],
    ]);
  });

  it('reads no content act after a speech followed by another clause', () => {
    expect(st('区卫生健康委主任汪立新作总结讲话,会议随后闭幕。')).toEqual([['汪立新', '讲话', null]]);
  });
});

describe('extractStatements: what the speaker speaks from (结合X)', () => {
  it('skips 结合工作实际, and 结合X精神 before the verb', () => {
    expect(st('区卫生健康委主任汪立新结合工作实际,对下一步工作提出了要求。')).toEqual([
      ['汪立新', '提出了要求', '下一步工作'],
    ]);
    expect(st('区卫生健康委主任汪立新结合会议精神指出,要抓好落实。')).toEqual([['汪立新', '指出', '要抓好落实。']]);
  });

  it('leaves 结合 inside the content alone', () => {
    expect(st('区卫生健康委主任汪立新要求,要结合工作实际抓好落实。')).toEqual([
      ['汪立新', '要求', '要结合工作实际抓好落实。'],
    ]);
  });
});

describe('extractStatements: attending or chairing with a named event, and 解读', () => {
  it('reads 出席启动仪式并致辞 as 致辞', () => {
    expect(st('市卫生健康委主任汪立新出席启动仪式并致辞。')).toEqual([['汪立新', '致辞', null]]);
  });

  it('reads 主持会议并宣读了X as 主持 and 宣读 with X as the topic', () => {
    expect(st('区卫生健康局局长方涛主持会议并宣读了表彰通报。')).toEqual([
      ['方涛', '主持', null],
      ['方涛', '宣读', '表彰通报。'],
    ]);
  });

  it('reads X解读了Y as a topic act, ending the act before it', () => {
    expect(st('会上,市卫生健康委主任汪立新通报了一季度工作情况,副主任张丽娟解读了有关政策。')).toEqual([
      ['汪立新', '通报', '一季度工作情况,'],
      ['张丽娟', '解读', '有关政策。'],
    ]);
  });

  it('reads no act from 解读 as a noun in the content', () => {
    expect(st('市卫生健康委主任汪立新要求,做好政策解读工作。')).toEqual([['汪立新', '要求', '做好政策解读工作。']]);
  });
});

describe('extractStatements: an activity ended with 后', () => {
  it('skips 听取汇报后 right before a speech verb', () => {
    expect(st('区卫生健康委主任汪立新听取汇报后指出,要抓好落实。')).toEqual([['汪立新', '指出', '要抓好落实。']]);
  });

  it('reads no act where no speech verb follows the activity', () => {
    expect(st('区卫生健康委主任汪立新调研后,前往下一站。')).toEqual([]);
  });
});

describe('extractStatements: a led visit, then the act after a comma', () => {
  it('reads 率队督导,强调… and 带队检查X,要求… as the leader’s acts', () => {
    expect(st('县长李建华率队督导,强调要压实责任。')).toEqual([['李建华', '强调', '要压实责任。']]);
    expect(st('区卫生健康委主任汪立新带队检查节前安全生产工作,要求各单位压实责任。')).toEqual([
      ['汪立新', '要求', '各单位压实责任。'],
    ]);
  });

  it('gives the act after the comma to one named there, not to the visitor', () => {
    const text = '副市长林晓峰一行到县人民医院调研,县卫生健康局局长王东陪同,王东介绍了情况。';
    expect(st(text)).toEqual([['王东', '介绍', '情况。']]);
  });
});
