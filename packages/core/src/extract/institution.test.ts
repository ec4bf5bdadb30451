import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const inst = (text: string, name: string, level: 'province' | 'prefecture' | 'county') =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level, name } }))].map((m) => [m.alias, m.name]);

describe('extractInstitutions', () => {
  it('expands the document province in short forms', () => {
    expect(inst('在省委、省政府的领导下,省卫健委部署工作。', '云岭省', 'province')).toEqual([
      ['省委', '中国共产党云岭省委员会'],
      ['省政府', '云岭省人民政府'],
      ['省卫健委', '云岭省卫生健康委员会'],
    ]);
  });

  it('expands the document city, numbered and named hospitals included', () => {
    const got = inst('市三医院和市清河医院、市急救中心作交流发言。', '青川市', 'prefecture');
    expect(got).toEqual([
      ['市三医院', '青川市第三人民医院'],
      ['市清河医院', '青川市清河医院'],
      ['市急救中心', '青川市急救中心'],
    ]);
  });

  it('splits a coordinated list into one body per unit', () => {
    const names = [
      ...extractInstitutions(
        makeTestDoc('东溪区、南岭区卫健局作典型发言。', { jurisdiction: { level: 'prefecture', name: '青川市' } }),
      ),
    ].map((m) => m.name);
    expect(names).toEqual(['青川市东溪区卫生健康局', '青川市南岭区卫生健康局']);
  });

  it('reads full names after a boundary and national bodies from the lexicon', () => {
    const got = [...extractInstitutions(makeTestDoc('党中央、国务院高度重视,及平川县人民医院参加。'))].map(
      (m) => m.name,
    );
    expect(got).toEqual(['中国共产党中央委员会', '中华人民共和国国务院', '平川县人民医院']);
  });

  it('does not read collectives (各市州卫生健康委) or generic classes (市公立医院) as bodies', () => {
    expect(inst('各市州卫生健康委负责同志和全市公立医院参加。', '青川市', 'prefecture')).toEqual([]);
  });
});

describe('extractInstitutions: gazetteer', () => {
  it('gives a county-level city in a 委(局) list a bureau and a prefecture-level city a commission', () => {
    const names = [...extractInstitutions(makeTestDoc('酒泉市、玉门市卫生健康委(局)作交流发言。'))].map((m) => m.name);
    expect(names).toEqual(['酒泉市卫生健康委员会', '玉门市卫生健康局']);
  });

  it('does not take a verb phrase before 县 for a place (目前已组建了县医院)', () => {
    const names = [...extractInstitutions(makeTestDoc('目前已组建了县医院牵头的医共体。'))].map((m) => m.alias);
    expect(names).not.toContain('目前已组建了县医院');
  });
});

describe('extractInstitutions: hospitals named after a county-level place, 120 centres', () => {
  it('reads X医院 when X市/X县 is a gazetteer place of the province, after a boundary', () => {
    const got = [
      ...extractInstitutions(
        makeTestDoc('会场设在市卫健委和介休医院。协和医院专家出席。', {
          jurisdiction: { level: 'prefecture', name: '晋中市' },
        }),
      ),
    ].map((m) => m.name);
    expect(got).toContain('介休医院');
    expect(got).not.toContain('协和医院');
  });

  it('expands 市120中心 to the city', () => {
    expect(inst('推进市120中心改扩建。', '青川市', 'prefecture')).toEqual([['市120中心', '青川市120中心']]);
  });
});

describe('extractInstitutions: placeholders (issue 3)', () => {
  it('rejects bodies named with a placeholder place (x县人民医院, xx省卫生健康委)', () => {
    expect(inst('建立以xx县人民医院为龙头的医共体。', '青川县', 'county')).toEqual([]);
    expect(inst('xx省卫生健康委下发通知。', '云岭省', 'province')).toEqual([]);
    expect(inst('市卫健委、xx县卫健局、x区卫健局参加。', '青川市', 'prefecture')).toEqual([
      ['市卫健委', '青川市卫生健康委员会'],
    ]);
  });

  it('keeps the same bodies when the place is written', () => {
    expect(inst('建立以青川县人民医院为龙头的医共体。', '青川县', 'county').map(([, n]) => n)).toEqual([
      '青川县人民医院',
    ]);
  });
});

describe('extractInstitutions: more level bodies and shared prefixes (after the blind gold)', () => {
  it('reads 县医院, 县纠风办 and a list item sharing the level (县纠风办、监察局)', () => {
    expect(inst('由县纠风办、监察局牵头,县医院配合。', '青川县', 'county')).toEqual([
      ['县纠风办', '青川县纠正行业不正之风办公室'],
      ['监察局', '青川县监察局'],
      ['县医院', '青川县医院'],
    ]);
  });

  it('reads a national list item sharing 国家 (国家卫健委、中医药管理局)', () => {
    const got = [...extractInstitutions(makeTestDoc('国家卫健委、中医药管理局联合发文。'))].map((m) => m.name);
    expect(got).toEqual(['中华人民共和国国家卫生健康委员会', '国家中医药管理局']);
  });

  it('reads no 县医院 inside a word or after a list of levels (社区医院, 市、县医院)', () => {
    expect(inst('建成社区医院10家,对35家市、县医院开展监测。', '青川市', 'prefecture')).toEqual([]);
  });
});
