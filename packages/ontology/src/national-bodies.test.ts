import { describe, expect, it } from 'vitest';
import {
  lookupNationalBodies,
  nationalBodies,
  nationalBodyById,
  nationalBodyNames,
  wikidataIri,
} from './national-bodies.js';
import { KG } from './vocabulary.js';

const ids = (name: string) => lookupNationalBodies(name).map((m) => m.body.id);

describe('national bodies lexicon', () => {
  it('resolves 党中央 and 中共中央 to the Central Committee', () => {
    expect(ids('党中央')).toEqual(['cpc-central-committee']);
    expect(ids('中共中央')).toEqual(['cpc-central-committee']);
    expect(nationalBodyById('cpc-central-committee')?.name).toBe('中国共产党中央委员会');
  });

  it('resolves 国务院 to the State Council of the PRC', () => {
    expect(lookupNationalBodies('国务院')[0]?.body.name).toBe('中华人民共和国国务院');
  });

  it('resolves the health commission by its abbreviations and former names, with dates', () => {
    for (const alias of ['国家卫生健康委', '国家卫健委', '国家卫生健康委员会']) {
      expect(ids(alias)).toEqual(['national-health-commission']);
      expect(lookupNationalBodies(alias)[0]?.formerName).toBeUndefined();
    }
    const nhfpc = lookupNationalBodies('国家卫生计生委')[0];
    expect(nhfpc?.body.id).toBe('national-health-commission');
    expect(nhfpc?.formerName).toMatchObject({ name: '国家卫生和计划生育委员会', from: '2013', until: '2018-03' });
    expect(lookupNationalBodies('卫生部')[0]?.formerName?.until).toBe('2013');
    expect(nationalBodyById('national-health-commission')?.from).toBe('2018-03');
  });

  it('returns both bodies for the joint name 中央纪委国家监委', () => {
    expect(ids('中央纪委国家监委').sort()).toEqual(['cpc-ccdi', 'national-supervisory-commission']);
  });

  it('links subordinate bodies to existing parents and uses kg:InstitutionType names', () => {
    const all = nationalBodies();
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((b) => b.id)).size).toBe(all.length);
    for (const body of all) {
      if (body.parent !== undefined) expect(nationalBodyById(body.parent), body.id).toBeDefined();
      expect(KG[body.type], body.id).toBeDefined();
      for (const date of [body.from, body.until, ...body.formerNames.flatMap((f) => [f.from, f.until])]) {
        if (date !== undefined) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
    expect(nationalBodyById('national-disease-control-administration')?.parent).toBe('national-health-commission');
  });

  it('never gives one name to two bodies except a declared joint name', () => {
    const shared = nationalBodyNames().filter((n) => lookupNationalBodies(n).length > 1);
    expect(shared).toEqual(['中央纪委国家监委']);
  });

  it('records Wikidata IDs only as well-formed QIDs', () => {
    for (const body of nationalBodies()) {
      if (body.wikidata !== undefined) expect(wikidataIri(body)).toMatch(/^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/);
    }
  });

  it('returns nothing for an unknown name', () => {
    expect(lookupNationalBodies('不存在委员会')).toEqual([]);
  });
});
