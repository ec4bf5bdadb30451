import { describe, expect, it } from 'vitest';
import { extractPolicies } from './policy.js';
import { quotedTerms } from './quoted.js';
import { extractSlogans } from './slogan.js';
import { makeTestDoc } from './test-doc.js';

const pol = (text: string) => [...extractPolicies(makeTestDoc(text))].map((p) => p.name);
const slo = (text: string) => [...extractSlogans(makeTestDoc(text))].map((s) => s.text);

describe('quoted terms inside a 《》 title', () => {
  it('flags a term quoted inside a title, not one quoted outside it', () => {
    const terms = [...quotedTerms(makeTestDoc('对照《某市“十五五”卫生健康规划》,开好“十五五”新局。'))];
    expect(terms.map((q) => [q.inner, q.inTitle ?? false])).toEqual([
      ['十五五', true],
      ['十五五', false],
    ]);
  });

  it('reads no slogan or policy from a term quoted only inside a title', () => {
    const text = '认真落实《某省“十五五”老龄事业发展规划》和《“健康某省2035”行动纲要》。';
    expect(slo(text)).toEqual([]);
    expect(pol(text)).toEqual(['某省“十五五”老龄事业发展规划', '“健康某省2035”行动纲要']);
  });

  it('still reads the same term quoted in the running text', () => {
    expect(slo('落实《某县“千人下乡”人才规划》,推进“千人下乡”落地。')).toEqual(['千人下乡']);
  });
});

describe('a quoted term carried on by a short run before a head noun', () => {
  it('joins the quote, the run and the head (“三医”协同发展和治理, “山海”提升工程), not 治理 alone', () => {
    expect(pol('推动“三医”协同发展和治理,加强综合治理,实施“山川”提升工程和“五进”健康行动。')).toEqual([
      '三医协同发展和治理',
      '山川提升工程',
      '五进健康行动',
    ]);
  });

  it('reads the joined name as a policy, not the quoted part as a slogan', () => {
    expect(slo('推动“三医”协同发展和治理。')).toEqual([]);
  });

  it('keeps the motto when the run ends in a weak head (活动, 试点) or is a clause', () => {
    const text = '开展“学思想、办实事”专题实践活动,“健康码”是一项重要工程,“智慧药房”建设试点,“五进”健康行动。';
    expect(pol(text)).toEqual(['五进健康行动']);
    expect(slo(text)).toEqual(['学思想、办实事', '智慧药房']);
  });
});

describe('quote styles beyond “…” and "…"', () => {
  it('reads terms in corner brackets 「…」 and 『…』, as Traditional-character texts quote', () => {
    expect(slo('堅持「以基层为重点」,深刻领悟『两个确立』。')).toEqual(['以基层为重点', '两个确立']);
    expect(pol('深化「放管服」改革。')).toEqual(['放管服改革']);
  });

  it('reads a term in ‘…’ nested inside a quoted sentence', () => {
    expect(slo('他说:“我们要坚决做到‘三个不放松’,把工作抓实抓细。”')).toEqual(['三个不放松']);
  });
});

describe('a quoted term carried on by a period or a rating', () => {
  it('reads a work item, not a name, from “十五五”期间重点工程 and keeps the quoted term', () => {
    const text = '谋划“十五五”期间重点工程,推进“十五五”时期健康行动。';
    expect(pol(text)).toEqual([]);
    expect(slo(text)).toEqual(['十五五', '十五五']);
  });
});

describe('a quoted plan period before a weak head', () => {
  it('reads no programme from “十四五”项目 (the works of a period), a plan of the period still', () => {
    const text = '储备一批“十四五”项目,编制“十五五”规划。';
    expect(pol(text)).toEqual(['十五五规划']);
    expect(slo(text)).toEqual(['十四五']);
  });
});

describe('a quoted formula of parallel clauses', () => {
  it('reads three clauses built on one repeated word as a formula, though unequal in length', () => {
    expect(slo('实现“急诊急救在县城完成,慢病管理在乡镇完成,康复护理在村里和家里完成”。')).toEqual([
      '急诊急救在县城完成,慢病管理在乡镇完成,康复护理在村里和家里完成',
    ]);
  });

  it('reads no formula from quoted clauses sharing no word', () => {
    expect(slo('他说:“今年新建了三个卫生院,改造了一批村卫生室,培训了乡村医生。”')).toEqual([]);
  });
});

describe('quoted titles before 创建', () => {
  it('flags a quoted title followed by 创建 or 创建活动, not by 创建 running on into an honour', () => {
    const terms = [
      ...quotedTerms(makeTestDoc('开展“卫生村”创建活动,推进“慢病示范区”创建,获评“巾帼文明岗”创建先进集体。')),
    ];
    expect(terms.map((q) => [q.inner, q.creation ?? false])).toEqual([
      ['卫生村', true],
      ['慢病示范区', true],
      ['巾帼文明岗', false],
    ]);
  });
});

describe('a quoted formula of two parallel phrases before a head noun', () => {
  it('reads the formula as a slogan, not a policy with the head (“县管乡用、乡聘村用”改革)', () => {
    const text = '全市深入推进“县管乡用、乡聘村用”改革,落实“先诊疗、后付费”政策。';
    expect(pol(text)).toEqual([]);
    expect(slo(text)).toEqual(['县管乡用、乡聘村用', '先诊疗、后付费']);
  });

  it('keeps the head of a campaign named by a paired motto (“守初心、担使命”主题教育)', () => {
    expect(pol('深入开展“守初心、担使命”主题教育。')).toEqual(['守初心、担使命主题教育']);
  });

  it('keeps the head for a quoted name that is no pair (“三医联动”改革, “医疗、医保”协同改革)', () => {
    expect(pol('深化“三医联动”改革。')).toEqual(['三医联动改革']);
    expect(pol('推进“医疗、医保”协同改革。')).toEqual(['医疗、医保协同改革']);
  });
});

describe('a quoted themed year of work', () => {
  it('reads “X年” and “X年”活动 as a campaign, no slogan', () => {
    const text = '深入开展“医疗服务质量提升年”活动,同步推进“机关作风建设年”。';
    expect(pol(text)).toEqual(['医疗服务质量提升年活动', '机关作风建设年']);
    expect(slo(text)).toEqual([]);
  });

  it('leaves a year that is no themed work year to the other rules (“开局之年”)', () => {
    expect(pol('今年是“十五五”的“开局之年”。')).toEqual([]);
  });
});
