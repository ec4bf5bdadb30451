import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const inst = (text: string) =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'province', name: '云岭省' } }))].map((m) => [
    m.alias,
    m.name,
  ]);

describe('extractInstitutions: a level prefix before a body named with a level character', () => {
  it('reads 省市场监督管理局 and 省市场监管局 as the province body', () => {
    expect(inst('抄送：省医疗保障局，省市场监督管理局。')).toContainEqual(['省市场监督管理局', '云岭省市场监督管理局']);
    expect(inst('会同省市场监管局开展检查。')).toContainEqual(['省市场监管局', '云岭省市场监督管理局']);
  });

  it('still reads 省市卫健委 as two levels, no province body', () => {
    expect(inst('省市卫健委联合开展督查。').map(([, n]) => n)).not.toContain('云岭省卫生健康委员会');
  });
});

describe('extractInstitutions: designations of a class of bodies', () => {
  it('reads 省高水平医院 as a class of hospitals (a designation), 省人民医院 as a body', () => {
    const got = inst('省人民医院作为省高水平医院建设单位作交流发言。').map(([, n]) => n);
    expect(got).toContain('云岭省人民医院');
    expect(got).not.toContain('云岭省高水平医院');
  });
});

describe("extractInstitutions: Xinjiang's prefectures", () => {
  const prefecture = (text: string) =>
    [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'prefecture', name: '昌吉回族自治州' } }))].map(
      (m) => [m.alias, m.name],
    );

  it('reads 州党委 as the prefecture’s Party committee', () => {
    expect(prefecture('副州长代表州党委、州人民政府致辞。')).toEqual([
      ['州党委', '中国共产党昌吉回族自治州委员会'],
      ['州人民政府', '昌吉回族自治州人民政府'],
    ]);
  });

  it('reads no body in the hospitals inside or outside a place (州内医院, 省外医院), and keeps 州人民医院', () => {
    expect(prefecture('与州内医院、省外医院共建联盟,州人民医院牵头。')).toEqual([
      ['州人民医院', '昌吉回族自治州人民医院'],
    ]);
  });
});

describe('extractInstitutions: a county hospital after its county in a city text', () => {
  const city = (text: string) =>
    [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'prefecture', name: '宿州市' } }))].map((m) => [
      m.alias,
      m.name,
    ]);

  it('gives 县人民医院 the county its paragraph named before it', () => {
    expect(city('灵璧县尹集镇卫生院过去不能透析,去年在县人民医院帮扶下开设了血透室。')).toContainEqual([
      '县人民医院',
      '灵璧县人民医院',
    ]);
  });

  it('gives 县医院 the county’s 人民医院 when the text names it', () => {
    expect(city('泗县人民医院院长作交流。她介绍,县医院建成了胸痛中心。')).toContainEqual(['县医院', '泗县人民医院']);
  });

  it('gives a bare 县人民医院 no county when its paragraph names none', () => {
    expect(city('全市要加强县人民医院能力建设。').map(([, n]) => n)).toEqual([]);
  });
});

describe('extractInstitutions: a standing committee convening a meeting', () => {
  const city = (text: string) =>
    [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'prefecture', name: '宿州市' } }))].map(
      (m) => m.name,
    );

  it('reads 市委常委会召开会议 as the standing committee', () => {
    expect(city('12月3日,市委常委会召开会议,研究卫生健康工作。')).toEqual(['中国共产党宿州市委员会常务委员会']);
    expect(city('市委常委会近日召开会议,专题研究医改。')).toEqual(['中国共产党宿州市委员会常务委员会']);
  });

  it('reads the 市委 where the standing committee is where one speaks (在市委常委会上)', () => {
    expect(city('书记在市委常委会上强调,要抓落实。')).toEqual(['中国共产党宿州市委员会']);
  });
});

describe('extractInstitutions: a hospital with a second name in brackets', () => {
  const city = (text: string) =>
    [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'prefecture', name: '宿州市' } }))].map((m) => [
      m.alias,
      m.name,
    ]);

  it('names both by the first (宿州市第三人民医院(宿州市妇幼保健院), 市妇幼院(市儿童医院))', () => {
    expect(city('宿州市第三人民医院(宿州市妇幼保健院)存在串换项目问题。')).toEqual([
      ['宿州市第三人民医院', '宿州市第三人民医院'],
      ['宿州市妇幼保健院', '宿州市第三人民医院'],
    ]);
    expect(city('启动市妇幼院(市儿童医院)建设项目。')).toEqual([
      ['市妇幼院', '宿州市妇幼保健院'],
      ['市儿童医院', '宿州市妇幼保健院'],
    ]);
  });

  it('keeps a bureau in brackets after a commission a body of its own', () => {
    expect(city('市卫生健康委(市医疗保障局)联合发文。').map(([, n]) => n)).toEqual([
      '宿州市卫生健康委员会',
      '宿州市医疗保障局',
    ]);
  });
});
