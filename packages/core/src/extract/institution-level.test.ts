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
