import { describe, expect, it } from 'vitest';
import { findEventDate } from './event-date.js';
import { gazetteerPlaces } from './gazetteer-places.js';
import { detectJurisdiction, type PlaceResolver } from './jurisdiction.js';
import { findPlaceholders } from './placeholders.js';

const lead = (...texts: string[]) => {
  let start = 0;
  return texts.map((text) => {
    const s = { text, start };
    start += text.length;
    return s;
  });
};

describe('findEventDate', () => {
  it('resolves a month and day against the publication date', () => {
    expect(findEventDate(lead('2月17日下午,全省会议在兰州召开。'), { published: '2022-03-05' })).toMatchObject({
      iso: '2022-02-17',
      basis: 'published',
      span: { start: 0, end: 5 },
    });
  });

  it('puts a month after the publication month in the year before', () => {
    expect(findEventDate(lead('12月28日,全市会议召开。'), { published: '2022-01-05' })?.iso).toBe('2021-12-28');
    expect(findEventDate(lead('1月27日,全国会议召开。'), { published: '2022-01-27' })?.iso).toBe('2022-01-27');
  });

  it('counts 今年 and 去年 from the publication year', () => {
    expect(findEventDate(lead('今年3月9日,全县会议召开。'), { published: '2021-06-01' })?.iso).toBe('2021-03-09');
    expect(findEventDate(lead('去年8月,党中央召开了全国卫生与健康大会。'), { published: '2017-02-01' })).toMatchObject({
      iso: '2016-08',
      basis: 'relative',
    });
  });

  it('takes a written-out year as is', () => {
    expect(findEventDate(lead('2023年4月18日,全市会议召开。'), {})).toMatchObject({
      iso: '2023-04-18',
      basis: 'absolute',
    });
  });

  it('takes the year a meeting names when there is no publication date', () => {
    expect(findEventDate(lead('4月18日,杭州市卫生健康委召开2023年全市卫生健康工作会议。'), {})).toMatchObject({
      iso: '2023-04-18',
      basis: 'meeting-name',
    });
  });

  it('reports a month and day it cannot place in a year', () => {
    expect(findEventDate(lead('4月21日,全市卫生健康工作会议召开。'), {})).toMatchObject({
      iso: '--04-21',
      basis: 'unresolved',
    });
  });

  it('never reads a placeholder month as a date', () => {
    expect(
      findEventDate(lead('x月28日上午,202-年全县卫生健康工作会议召开。'), { published: '2023-11-19' }),
    ).toBeUndefined();
  });

  it('prefers the sentence reporting the meeting', () => {
    const sentences = lead('截至6月30日,全省接种疫苗1亿剂次。', '7月2日,全省卫生健康工作会议召开。');
    expect(findEventDate(sentences, { published: '2022-07-05' })?.iso).toBe('2022-07-02');
  });
});

describe('findPlaceholders', () => {
  const forms = (text: string) => findPlaceholders(text).map((s) => text.slice(s.start, s.end));

  it('finds xx, x月, 202-年, 20xx年, 杨x and XX县', () => {
    expect(forms('xx同志在202-年x月讲话')).toEqual(['xx', '202-', 'x']);
    expect(forms('20xx年,杨x到XX县调研')).toEqual(['20xx', 'x', 'XX']);
  });

  it('leaves Latin words and units alone', () => {
    expect(forms('Xi Jinping, box, COVID-19, 3x3 and 5G')).toEqual([]);
    expect(forms('PM2.5浓度下降,HIV检测')).toEqual([]);
  });
});

describe('detectJurisdiction', () => {
  const places: PlaceResolver = {
    *findPlaces(text) {
      // A stand-in gazetteer with two entries; the real one comes from @policy-kg/ontology.
      for (const [form, name, code, level] of [
        ['甘肃', '甘肃省', '620000', 'province'],
        ['兰州', '兰州市', '620100', 'prefecture'],
      ] as const) {
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          yield { name, code, level, start: i, end: i + form.length };
        }
      }
    },
  };

  it('reads the level from 全省/全市/全县, the title first', () => {
    expect(detectJurisdiction('全县卫生健康工作会议讲话', '全市全市全市', {})).toEqual({ level: 'county' });
    expect(detectJurisdiction('会议召开', '全市卫生健康工作会议召开,全市系统……全国', {})).toEqual({
      level: 'prefecture',
    });
  });

  it('does not take a local text quoting 全国 for a national one', () => {
    expect(detectJurisdiction('会议', '贯彻全国卫生健康工作会议精神,全省卫生健康系统,全省', {})).toEqual({
      level: 'province',
    });
    expect(detectJurisdiction('2022年全国卫生健康工作会议在北京召开', '全省', {})).toEqual({ level: 'national' });
  });

  it('names the place of that level through a place resolver', () => {
    expect(detectJurisdiction('全省会议在兰州召开', '为建设幸福美好新甘肃,甘肃全省', { places })).toEqual({
      level: 'province',
      name: '甘肃省',
      code: '620000',
    });
  });

  it('counts the speaker’s own unit and bodies (我市, 市委、市政府), not only 全省/全市 (after the blind gold)', () => {
    const text = '在市委、市政府的坚强领导下,我市多项工作全省第一、全省率先,全市卫生健康系统全省争先。';
    expect(detectJurisdiction('会议讲话', text, {})).toEqual({ level: 'prefecture' });
    // A named upper body (甘肃省委) is not the speaker's own.
    expect(detectJurisdiction('会议', '甘肃省委甘肃省政府部署,全省卫生系统,全省', {})).toEqual({ level: 'province' });
  });

  it('looks past the opening for a place written with its level, never where a leader inspected', () => {
    const real = gazetteerPlaces();
    const lead = '全县卫生健康工作会议召开。'.repeat(90);
    expect(detectJurisdiction('会议', `${lead}中共峨山县委卫生健康工委书记讲话。`, { places: real })).toMatchObject({
      level: 'county',
      name: '峨山彝族自治县',
    });
    const visit = `${'全市卫生健康工作会议召开。'.repeat(90)}总书记在福建三明市考察时指出,要推广三明医改经验。`;
    expect(detectJurisdiction('会议', visit, { places: real })).toEqual({ level: 'prefecture' });
  });

  it('finds nothing in a text without a scope word', () => {
    expect(detectJurisdiction('会议召开', '会议强调。', {})).toBeUndefined();
  });
});
