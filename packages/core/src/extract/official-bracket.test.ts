import { describe, expect, it } from 'vitest';
import { extractOfficials } from './official.js';
import { makeTestDoc } from './test-doc.js';

const CITY = { jurisdiction: { level: 'prefecture' as const, name: '江城市' } };
const found = (text: string) =>
  [...extractOfficials(makeTestDoc(text, CITY))].filter((o) => !o.partial).map((o) => [o.name, o.titles]);

describe('extractOfficials: a title in brackets after the name', () => {
  it('reads a byline name with its bracketed title (解读人:X(科长), 起草人:X(市卫生健康委副主任))', () => {
    expect(found('解读人:邝雪梅(科长)　联系电话:0000-1234567')).toEqual([['邝雪梅', ['科长']]]);
    expect(found('起草人:汤志远(市卫生健康委副主任)')).toEqual([['汤志远', ['市卫生健康委副主任']]]);
  });

  it('reads none from a bracket that holds no title, or a body written after a name-shaped word', () => {
    expect(found('解读人:邝雪梅(联系电话)')).toEqual([]);
    expect(found('牵头单位:市卫生健康委(医政科)')).toEqual([]);
    expect(found('全市共有执业医师(含助理)3200人。')).toEqual([]);
  });
});

describe('extractOfficials: a short form between a body and its title', () => {
  it('reads no name after 中心李主任 (a surname + title after the body, then the clause)', () => {
    expect(found('县疾控中心李主任向群众演示了灭蚊方法。')).toEqual([]);
    expect(found('市人民医院王院长向患者讲解了用药知识。')).toEqual([]);
  });

  it('still reads a name after a body + title without a surname between them', () => {
    expect(found('县疾控中心主任向明辉出席活动。')).toEqual([['向明辉', ['县疾控中心主任']]]);
  });
});

describe('extractOfficials: a short form after a body word the text does not place', () => {
  it('reads no name after a county body + surname + title in a city text, nor at any level', () => {
    const county = { jurisdiction: { level: 'county' as const, name: '青河县' } };
    const text = '县疾控中心李主任向群众演示了灭蚊方法。镇卫生院周院长向村民讲解了用药知识。';
    for (const doc of [makeTestDoc(text, CITY), makeTestDoc(text, county), makeTestDoc(text)]) {
      expect([...extractOfficials(doc)].filter((o) => !o.partial).map((o) => o.name)).toEqual([]);
    }
  });
});
