import { describe, expect, it } from 'vitest';
import { extractInstitutions } from './institution.js';
import { makeTestDoc } from './test-doc.js';

const names = (text: string) =>
  [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'county', name: '青川县' } }))].map((m) => m.name);

describe('extractInstitutions: lists of town health centres', () => {
  it('keeps a town whose stem is a common word (前进镇, 胜利乡) beside a plausible one', () => {
    expect(names('县人民医院，北山镇、前进镇、胜利乡中心卫生院被评为先进单位。')).toEqual([
      '青川县人民医院',
      '青川县北山镇中心卫生院',
      '青川县前进镇中心卫生院',
      '青川县胜利乡中心卫生院',
    ]);
  });

  it('still needs one plausible town in the list, and a single town plausible itself', () => {
    expect(names('会上，前进镇、胜利乡卫生院作了发言。')).toEqual([]);
    expect(names('会上，前进镇卫生院作了发言。')).toEqual([]);
  });
});
