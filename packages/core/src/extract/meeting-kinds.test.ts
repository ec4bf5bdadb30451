import { describe, expect, it } from 'vitest';
import { extractMeetings } from './meeting.js';
import { makeTestDoc } from './test-doc.js';

const meetings = (text: string, published = '2025-09-20') =>
  [...extractMeetings(makeTestDoc(text, { published }))].map((m) => [m.name, m.date ?? null]);

describe('extractMeetings: an inspection’s and a visit’s own meetings', () => {
  it('reads an inspection team’s feedback meeting named after the team (X督导组督导情况反馈会在Y召开)', () => {
    expect(meetings('9月3日,省医保局基金监管专项检查第二检查组检查情况反馈会在安川市召开。')).toEqual([
      ['省医保局基金监管专项检查第二检查组检查情况反馈会', '2025-09-03'],
    ]);
  });

  it('reads a 巡察情况通报会 and an 经济运行分析会 that were held', () => {
    expect(meetings('8月5日,县委第三巡察组召开巡察县卫生健康局党组情况通报会。')).toEqual([
      ['巡察县卫生健康局党组情况通报会', '2025-08-05'],
    ]);
    expect(meetings('7月9日,市卫生健康委举行上半年医疗卫生经济运行分析会。')).toEqual([
      ['上半年医疗卫生经济运行分析会', '2025-07-09'],
    ]);
  });

  it('reads no such meeting that is only planned or only a noun in a sentence', () => {
    expect(meetings('各督导组将适时召开督导情况反馈会。')).toEqual([]);
    expect(meetings('反馈会上指出的问题要逐项整改。')).toEqual([]);
  });
});

describe('extractMeetings: a visit’s days carried to its 座谈会', () => {
  const para = '在县人民医院,县长介绍了医共体建设情况,全县乡镇卫生院全部纳入统一管理,基层诊疗量占比逐年提高。';

  it('dates a 座谈会 on a bare day paragraphs after the span of days the visit opened with', () => {
    const text = `7月14日至15日,副省长林远一行到安平市调研卫生健康工作。\n${para.repeat(8)}\n15日下午,林远在安平主持召开座谈会,听取工作汇报。`;
    expect(meetings(text)).toEqual([['座谈会', '2025-07-15']]);
  });

  it('leaves it undated when the day far back was a single day, or the bare day lies outside the span', () => {
    const one = `7月14日,副省长林远一行到安平市调研。\n${para.repeat(8)}\n15日下午,林远主持召开座谈会。`;
    expect(meetings(one)).toEqual([['座谈会', null]]);
    const outside = `7月14日至15日,副省长林远一行到安平市调研。\n${para.repeat(8)}\n18日下午,林远主持召开座谈会。`;
    expect(meetings(outside)).toEqual([['座谈会', null]]);
  });
});

describe('extractMeetings: a body’s working meetings by kind', () => {
  it('reads 启动会, 协调会, 会商会, 例会, 工作会, 吹风会 and a 研讨班 held', () => {
    expect(meetings('3月4日,全县卫生健康系统安全生产月活动启动会召开。')).toEqual([
      ['全县卫生健康系统安全生产月活动启动会', '2025-03-04'],
    ]);
    expect(meetings('3月4日,区政府召开全区病媒生物防制工作协调会。')).toEqual([
      ['全区病媒生物防制工作协调会', '2025-03-04'],
    ]);
    expect(meetings('3月4日,省疾控局召开春季传染病疫情会商会。')).toEqual([['春季传染病疫情会商会', '2025-03-04']]);
    expect(meetings('3月4日,县中医医院召开2025年第一季度护理质量例会。')).toEqual([
      ['2025年第一季度护理质量例会', '2025-03-04'],
    ]);
    expect(meetings('3月4日,州医保局召开全州医疗保障工作会。')).toEqual([['全州医疗保障工作会', '2025-03-04']]);
    expect(meetings('3月4日,市医保局召开医保支付改革政策吹风会。')).toEqual([['医保支付改革政策吹风会', '2025-03-04']]);
    expect(meetings('3月4日,县卫健局举办基层党组织书记专题研讨班。')).toEqual([
      ['基层党组织书记专题研讨班', '2025-03-04'],
    ]);
  });

  it('keeps 议 after a 会 noun in the name (推进会议, 主任办公会议)', () => {
    expect(meetings('3月4日,全区紧密型医共体建设推进会议召开。')).toEqual([
      ['全区紧密型医共体建设推进会议', '2025-03-04'],
    ]);
  });

  it('reads no 会 noun whose 会 opens another word (工作会商)', () => {
    expect(meetings('3月4日,两地卫生部门召开工作会商会议。')).toEqual([['工作会商会议', '2025-03-04']]);
  });

  it('reads a meeting said to have ended well (圆满落幕, 顺利结业)', () => {
    expect(meetings('3月4日,2025滨江康养论坛在安川市圆满落幕。')).toEqual([['2025滨江康养论坛', '2025-03-04']]);
    expect(meetings('3月4日,全市院前急救骨干培训班在市急救中心顺利结业。')).toEqual([
      ['全市院前急救骨干培训班', '2025-03-04'],
    ]);
  });
});

describe('extractMeetings: attended and planned', () => {
  it('reads a meeting a leader attended and spoke at (出席X会议并讲话)', () => {
    expect(meetings('3月4日,副市长周启明出席全市基层卫生工作会议并讲话。')).toEqual([
      ['全市基层卫生工作会议', '2025-03-04'],
    ]);
  });

  it('reads no meeting only attended, nor one to be held by a deadline', () => {
    expect(meetings('3月4日,副市长周启明出席全市基层卫生工作会议。')).toEqual([]);
    expect(meetings('各单位要在4月10日前召开本单位专题警示教育会。')).toEqual([]);
    expect(meetings('各县区须于月底前召开医保基金监管约谈会。')).toEqual([]);
  });

  it('still reads a meeting held 日前 (recently)', () => {
    expect(meetings('日前,县卫健局召开全县医疗质量安全约谈会。', '2025-03-28')).toEqual([
      ['全县医疗质量安全约谈会', '2025-03'],
    ]);
  });
});

describe('extractMeetings: a named meeting spoken at', () => {
  it('reads a named meeting a speaker spoke at when its clause dates it (M月D日,在X会议上,Y强调)', () => {
    expect(meetings('2月12日,在全州卫生健康工作会议上,州长吴远强调,要补齐短板。')).toEqual([
      ['全州卫生健康工作会议', '2025-02-12'],
    ]);
  });

  it('reads one a speaker reported or spoke at (M月D日,X在Y会议上作工作报告)', () => {
    expect(meetings('2月12日,州卫生健康委主任吴远在全州卫生健康工作会议上作工作报告。')).toEqual([
      ['全州卫生健康工作会议', '2025-02-12'],
    ]);
    expect(meetings('2月12日,县人民医院院长在座谈会上发言。')).toEqual([['座谈会', '2025-02-12']]);
  });

  it('reads no undated named meeting a speech recalls (在X会议上,Y强调)', () => {
    expect(meetings('在全国卫生健康工作会议上,国家卫生健康委主任强调,要补齐短板。')).toEqual([]);
  });
});

describe('extractMeetings: a party organization’s own meetings', () => {
  it('dates a meeting on a 年度 the text’s year follows by the text’s year, not the year reviewed', () => {
    expect(meetings('12月28日,县卫健局领导班子召开2024年度民主生活会。', '2025-01-05')).toEqual([
      ['2024年度民主生活会', '2024-12-28'],
    ]);
    expect(meetings('2月8日,市卫健委召开2025年度目标责任考核动员会议。', '2025-02-09')).toEqual([
      ['2025年度目标责任考核动员会议', '2025-02-08'],
    ]);
  });

  it('reads a 民主生活会 and a 述职评议会 that were held', () => {
    expect(meetings('1月20日,县卫健局领导班子召开2024年度民主生活会。')).toEqual([
      ['2024年度民主生活会', '2025-01-20'],
    ]);
    expect(meetings('1月20日,区卫健委召开基层党组织书记述职评议会。')).toEqual([
      ['基层党组织书记述职评议会', '2025-01-20'],
    ]);
  });
});

describe('extractMeetings: a visit’s day carried far', () => {
  const para = '在县人民医院,县长介绍了医共体建设情况,全县乡镇卫生院全部纳入统一管理,基层诊疗量占比逐年提高。';

  it('dates a 座谈会 spoken at or held 随后 by the visit’s day written paragraphs before', () => {
    const visit = `5月9日,副省长林远一行到安平市调研卫生健康工作。\n${para.repeat(9)}\n`;
    expect(meetings(`${visit}林远在座谈会上强调,要补短板。`)).toEqual([['座谈会', '2025-05-09']]);
    expect(meetings(`${visit}随后,林远主持召开座谈会。`)).toEqual([['座谈会', '2025-05-09']]);
  });

  it('dates a bare 座谈会 the visitor held, with no time word, by the visit’s day', () => {
    const visit = `5月9日,副省长林远一行到安平市调研卫生健康工作。\n${para.repeat(2)}\n`;
    expect(meetings(`${visit}林远在安平主持召开座谈会,听取工作汇报。`)).toEqual([['座谈会', '2025-05-09']]);
  });

  it('dates it by the month only when the visit spans days and the clause names none of them', () => {
    const visit = `5月9日至10日,副省长林远一行到安平市调研卫生健康工作。\n${para.repeat(9)}\n`;
    expect(meetings(`${visit}林远在座谈会上强调,要补短板。`)).toEqual([['座谈会', '2025-05']]);
  });
});

describe('extractMeetings: topics listed in a name', () => {
  it('keeps short topics joined by 、 at the head of a name (全省医疗、医保、医药协同…推进会)', () => {
    expect(meetings('4月2日,全州医疗、医保、医药协同治理工作推进会在吉首召开。')).toEqual([
      ['全州医疗、医保、医药协同治理工作推进会', '2025-04-02'],
    ]);
    expect(meetings('4月2日,县卫健局召开妇幼、老龄健康工作座谈会。')).toEqual([
      ['妇幼、老龄健康工作座谈会', '2025-04-02'],
    ]);
  });

  it('joins no other meeting nor a clause listed before the name', () => {
    const names = meetings('4月2日,县卫健局召开党组会、全县医疗质量座谈会。').map(([n]) => String(n));
    expect(names.filter((n) => n.includes('、'))).toEqual([]);
    expect(meetings('4月2日,各乡镇卫生院负责同志、全县医疗质量座谈会参会人员到场。')).toEqual([]);
  });

  it('names a body’s own 委务会 after the body', () => {
    expect(meetings('4月2日,州卫生健康委召开委务会,研究近期工作。')).toEqual([['州卫生健康委委务会', '2025-04-02']]);
  });
});

describe('extractMeetings: a term in brackets after the name', () => {
  it('reads a course held with its term after it (培训班(第二期)在Y开班), leaving the term out', () => {
    expect(meetings('4月2日,全州基层医疗卫生骨干培训班(第二期)在州委党校开班。')).toEqual([
      ['全州基层医疗卫生骨干培训班', '2025-04-02'],
    ]);
  });
});

describe('extractMeetings: an inspection’s bare meetings', () => {
  it('reads a bare 汇报会 or 见面会 an inspection team held, dated by the inspection', () => {
    expect(meetings('9月3日,省督导组来我县督导。督导组召开见面会,听取工作汇报。')).toEqual([['见面会', '2025-09-03']]);
    expect(meetings('9月3日,检查组来我县检查。检查组召开汇报会,听取县政府汇报。')).toEqual([['汇报会', '2025-09-03']]);
  });

  it('reads none asked for (要及时召开反馈会)', () => {
    expect(meetings('各督导组要及时召开反馈会。')).toEqual([]);
  });
});
