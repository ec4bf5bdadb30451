import { describe, expect, it } from 'vitest';
import { mongolianNamesAt, mongolianNamesBefore } from './mongolian-name.js';
import { extractOfficials } from './official.js';
import { readNameAt, readNameBefore } from './person-name.js';
import { extractStatements } from './statement.js';
import { makeTestDoc } from './test-doc.js';

const REGION = { jurisdiction: { level: 'province' as const, name: '内蒙古自治区' } };
const officials = (text: string) =>
  [...extractOfficials(makeTestDoc(text, REGION))].filter((o) => !o.partial).map((o) => [o.name, o.titles]);
const statements = (text: string) =>
  [...extractStatements(makeTestDoc(text, { published: '2025-04-01' }))].map((s) => [
    s.speaker,
    s.verb,
    s.contentText ?? null,
  ]);

describe('Mongolian names (elements of the tradition, no surname, no dot)', () => {
  it('reads two elements or one long element, longest first', () => {
    expect(mongolianNamesAt('主任斯琴高娃出席', 2)).toEqual(['斯琴高娃']);
    expect(mongolianNamesAt('副主席乌云毕力格指出', 3)[0]).toBe('乌云毕力格');
    expect(mongolianNamesAt('局长额尔敦,', 2)).toEqual(['额尔敦']);
    expect(mongolianNamesBefore('。娜日苏副局长', 4)).toEqual(['娜日苏']);
  });

  it('reads no short element alone, and no place that starts like a name (乌兰察布, 呼和浩特)', () => {
    expect(mongolianNamesAt('主任乌兰出席', 2)).toEqual([]);
    expect(mongolianNamesAt('呼和浩特市', 0)).toEqual([]);
    expect(mongolianNamesAt('乌兰察布市', 0)).toEqual([]);
  });

  it('reads them after a title and before one, where the surname reader found none', () => {
    expect(readNameAt('副主席乌云毕力格出席', 3)).toBe('乌云毕力格');
    expect(readNameAt('副局长萨日娜,', 3)).toBe('萨日娜');
    expect(readNameBefore('。斯琴高娃副主任', 5, { titleAfter: true })).toBe('斯琴高娃');
    expect(readNameAt('副局长王海,', 3)).toBe('王海');
  });

  it('gives an official and the acts that hang on the name, pronoun included', () => {
    const text =
      '3月5日,全区卫生健康工作会议召开。自治区副主席斯琴高娃出席会议并讲话,卫生健康委党组成员、副主任王海、萨日娜参加会议。\n' +
      '斯琴高娃指出,要守牢底线。她强调,要补齐短板。';
    expect(officials(text).map(([name]) => name)).toEqual(['斯琴高娃', '王海', '萨日娜']);
    expect(statements(text)).toEqual([
      ['斯琴高娃', '讲话', null],
      ['斯琴高娃', '指出', '要守牢底线。'],
      ['斯琴高娃', '强调', '要补齐短板。'],
    ]);
  });
});

describe('banner (旗) titles: Inner Mongolia county-level government', () => {
  it('reads 旗委常委、副旗长 X as one chain and 旗长 X alone', () => {
    expect(officials('旗委常委、副旗长张丽华出席仪式。')).toEqual([['张丽华', ['旗委常委', '副旗长']]]);
    expect(officials('旗长王建国主持会议。')).toEqual([['王建国', ['旗长']]]);
  });

  it('reads a league (盟) chain: 盟委委员、副盟长 X', () => {
    expect(officials('盟委委员、副盟长其木格主持会议。')).toEqual([['其木格', ['盟委委员', '副盟长']]]);
  });

  it('reads no title in a banner word that is none (旗帜鲜明)', () => {
    expect(officials('要旗帜鲜明讲政治。')).toEqual([]);
  });
});
