import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { makeTestDoc, type TestDocOptions } from './test-doc.js';

const COUNTY: TestDocOptions = { jurisdiction: { level: 'county', name: '青溪县' } };
const posts = (text: string) =>
  [...extractOfficials(makeTestDoc(text, COUNTY))]
    .filter((o) => !o.partial)
    .map((o) => [o.name, o.titles, o.org ?? null]);

describe('extractOfficials: appointments in personnel notices', () => {
  it('reads 任命X同志为A、B and 免去Y同志A、B职务 with the posts as written', () => {
    expect(posts('任命王海涛同志为县卫生健康局党组书记、局长;免去李国华同志县卫生健康局党组书记、局长职务。')).toEqual([
      ['王海涛', ['县卫生健康局党组书记', '局长'], '青溪县卫生健康局'],
      ['李国华', ['县卫生健康局党组书记', '局长'], '青溪县卫生健康局'],
    ]);
  });

  it('reads a clause that goes on after a note and a comma (任X同志为A(试用期一年),Y同志为B)', () => {
    expect(posts('经研究,任张晓明同志为县疾病预防控制中心主任(试用期一年),陈思同志为县医疗保障局副局长。')).toEqual([
      ['张晓明', ['县疾病预防控制中心主任'], '青溪县疾病预防控制中心'],
      ['陈思', ['县医疗保障局副局长'], '青溪县医疗保障局'],
    ]);
  });

  it('reads 免去 without 同志, X不再担任A, and 提名X为A人选', () => {
    expect(posts('免去刘建国县医疗保障局局长职务。')).toEqual([['刘建国', ['县医疗保障局局长'], '青溪县医疗保障局']]);
    expect(posts('赵志刚同志不再担任县卫生健康局副局长。')).toEqual([
      ['赵志刚', ['县卫生健康局副局长'], '青溪县卫生健康局'],
    ]);
    expect(posts('提名周立新为县人民政府副县长人选。')).toEqual([['周立新', ['县人民政府副县长'], '青溪县人民政府']]);
  });

  it('gives the posts removed with 免去其 to the person just appointed', () => {
    const found = posts('会议决定,任命孙伟为县卫生健康局局长,免去其县中医院院长职务。');
    expect(found.map((o) => o[0])).toEqual(['孙伟', '孙伟']);
    expect(found.flatMap((o) => o[1])).toEqual(['县卫生健康局局长', '县中医院院长']);
  });

  it('reads X任A after a name, not 担任/现任/曾任 nor the surname 任', () => {
    expect(posts('李华任主任。')).toEqual([['李华', ['主任'], null]]);
    expect(posts('李明担任组长。')).toEqual([]);
    expect(posts('李明曾任县卫生健康局局长。')).toEqual([]);
    expect(posts('县委书记任红军出席。').map((o) => o[0])).toEqual(['任红军']);
    // 任 + a name without 同志 may be the surname 任: no appointment is read.
    expect(posts('经研究,任红军为首的工作组进驻。')).toEqual([]);
  });

  it('keeps 任 + a title out of the name before it (副县长于明任组长)', () => {
    expect(posts('成立领导小组,副县长于明任组长,县卫生健康局局长王芳任副组长。').map((o) => o[0])).toEqual([
      '于明',
      '王芳',
    ]);
  });

  it('reads no posts where 为 is followed by no title (任命X同志为巡察工作联络员)', () => {
    expect(posts('任命王海涛同志为巡察工作联络员。')).toEqual([['王海涛', [], null]]);
  });
});

describe('extractOfficials: résumés of appointed people', () => {
  it('reads the posts after 此前任/曾任 in a résumé line (X,男,…,此前任A、B) as the person’s titles', () => {
    expect(posts('潘一鸣,男,苗族,1980年5月生,中共党员,大学学历,此前任县妇幼保健院党支部书记、院长。')).toEqual([
      ['潘一鸣', ['县妇幼保健院党支部书记', '院长'], '青溪县妇幼保健院'],
    ]);
    expect(posts('龙晓琳,女,1986年2月生,曾任县疾控中心副主任。')[0]?.[1]).toEqual(['县疾控中心副主任']);
  });

  it('reads no résumé without a post held, nor from a word before the sex', () => {
    expect(posts('潘一鸣,男,苗族,1980年5月生,中共党员。')).toEqual([]);
    expect(posts('患者,男,56岁,此前任村医。')).toEqual([]);
  });
});
