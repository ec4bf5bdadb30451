import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const inst = (text: string) =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'prefecture', name: '林芝市' } }))].map((m) => [
    m.alias,
    m.name,
  ]);

describe('extractInstitutions: partner-aid commands', () => {
  it('reads the full form and names the short form after it', () => {
    expect(
      inst('会议由市卫生健康委、广东省援藏前方指挥部共同主办。广东省对口支援西藏林芝市前方指挥部副总指挥出席。'),
    ).toEqual([
      ['市卫生健康委', '林芝市卫生健康委员会'],
      ['广东省援藏前方指挥部', '广东省对口支援西藏林芝市前方指挥部'],
      ['广东省对口支援西藏林芝市前方指挥部', '广东省对口支援西藏林芝市前方指挥部'],
    ]);
  });

  it('keeps a short form as written when the text has no full form of that place', () => {
    expect(inst('福建省援藏前方指挥部组织专家义诊。')).toEqual([['福建省援藏前方指挥部', '福建省援藏前方指挥部']]);
  });

  it('reads no command without an aiding province or city before 援 (支援前方指挥部)', () => {
    expect(inst('全力做好支援前方指挥部的保障。')).toEqual([]);
  });
});
