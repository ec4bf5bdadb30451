import { describe, expect, it } from 'vitest';
import { roleOf } from './cross-doc.js';

describe('roleOf', () => {
  const commission = { name: '甘肃省卫生健康委员会', aliases: ['省卫生健康委', '省卫健委'] };

  it('strips the institution as written, longest form first', () => {
    expect(roleOf('省卫生健康委主任', commission)).toBe('主任');
    expect(roleOf('省卫健委党组书记', commission)).toBe('党组书记');
    expect(roleOf('甘肃省卫生健康委员会副主任', commission)).toBe('副主任');
  });

  it('gives a head title back the character it shares with its body (卫生部长 = 卫生部 + 部长)', () => {
    expect(roleOf('卫生部长', { name: '中华人民共和国卫生部', aliases: ['卫生部'] })).toBe('部长');
    expect(roleOf('甘肃省长', { name: '甘肃省人民政府', aliases: ['甘肃省'] })).toBe('省长');
    expect(roleOf('公安局长', { name: '县公安局', aliases: ['公安局'] })).toBe('局长');
    expect(roleOf('卫生部副部长', { name: '卫生部', aliases: [] })).toBe('副部长');
  });

  it('keeps the whole title when no institution is known or it is not written in the title', () => {
    expect(roleOf('主任', undefined)).toBe('主任');
    expect(roleOf('主任', commission)).toBe('主任');
    expect(roleOf('省卫生健康委', commission)).toBe('省卫生健康委');
  });
});
