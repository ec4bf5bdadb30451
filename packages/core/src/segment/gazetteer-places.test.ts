import { describe, expect, it } from 'vitest';
import { gazetteerPlaces } from './gazetteer-places.js';

const found = (text: string) =>
  [...gazetteerPlaces().findPlaces(text)].map((m) => `${text.slice(m.start, m.end)}→${m.name}`);

describe('gazetteerPlaces', () => {
  it('finds full names and short forms of provinces and prefectures, with their parents', () => {
    const [lanzhou] = gazetteerPlaces().findPlaces('会议在兰州召开');
    expect(lanzhou).toMatchObject({
      name: '兰州市',
      code: '620100',
      level: 'prefecture',
      short: true,
      start: 3,
      end: 5,
    });
    expect(lanzhou?.parents?.[0]).toMatchObject({ name: '甘肃省', level: 'province' });
    expect(found('甘肃省卫生健康委、白银市')).toEqual(['甘肃省→甘肃省', '白银市→白银市']);
  });

  it('counts counties only by full name, and a two-character one only as a word of its own', () => {
    expect(found('夏邑县、睢县分别')).toEqual(['夏邑县→夏邑县', '睢县→睢县']);
    expect(found('新型农村合作医疗,完成县级医院建设,资源总量,公安机关')).toEqual([]);
  });

  it('skips a name several divisions share', () => {
    expect(found('朝阳')).toEqual([]);
  });
});

describe('gazetteerPlaces: counties written by a short form with their level (after the blind gold)', () => {
  it('finds 峨山县 (峨山彝族自治县) but not a bare 峨山', () => {
    expect(found('中共峨山县委卫生健康工委')).toEqual(['峨山县→峨山彝族自治县']);
    expect(found('加快健康峨山建设')).toEqual([]);
  });
});
