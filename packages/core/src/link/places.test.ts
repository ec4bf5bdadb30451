import { describe, expect, it } from 'vitest';
import { institutionKey } from './institutions.js';
import { resolvePlace } from './places.js';

describe('places', () => {
  it('resolves names and short forms to GB/T 2260 codes', () => {
    expect(resolvePlace('甘肃省')?.code).toBe('620000');
    expect(resolvePlace('兰州')?.code).toBe('620100');
  });

  it('resolves a compound name inside its parent', () => {
    expect(resolvePlace('张掖市甘州区')?.code).toBe('620702');
  });

  it('leaves an ambiguous name unresolved without context, and resolves it inside one', () => {
    expect(resolvePlace('朝阳')).toBeUndefined();
    const liaoning = resolvePlace('辽宁省');
    expect(liaoning && resolvePlace('朝阳', liaoning)?.code).toBe('211300');
  });
});

describe('institution keys', () => {
  it('keys national bodies by the lexicon, qualified names by name, bare short names by their text', () => {
    expect(institutionKey('国家卫健委', 'doc:1').key).toBe('national:national-health-commission');
    expect(institutionKey('甘肃省卫生健康委员会', 'doc:1').key).toBe('name:甘肃省卫生健康委员会');
    expect(institutionKey('县人民医院', 'doc:1').key).toBe('doc:1:县人民医院');
    expect(institutionKey('县人民医院', 'doc:2').key).not.toBe(institutionKey('县人民医院', 'doc:1').key);
  });
});
