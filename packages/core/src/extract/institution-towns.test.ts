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

describe('extractInstitutions: town health centres after a verb, village clinics', () => {
  it('reads a town health centre after 来到 (a verb and a left stop)', () => {
    expect(names('局长首先来到石门镇中心卫生院察看。')).toEqual(['青川县石门镇中心卫生院']);
  });

  it('names a village clinic with the county and the one town named before it', () => {
    expect(names('局长来到石门镇中心卫生院，随后来到大坪村卫生室。')).toEqual([
      '青川县石门镇中心卫生院',
      '青川县石门镇大坪村卫生室',
    ]);
    expect(names('北山镇、石门镇都有名医。会后来到大坪村卫生室。')).toEqual(['青川县大坪村卫生室']);
  });

  it('reads no kind of village as a clinic (行政村卫生室, 288个村卫生室)', () => {
    expect(names('全县288个村卫生室，每个行政村卫生室、中心村卫生室达标。')).toEqual([]);
  });
});

describe('extractInstitutions: a town health centre named in full once, then by its town', () => {
  const city = (text: string) =>
    [...extractInstitutions(makeTestDoc(text, { jurisdiction: { level: 'prefecture', name: '盐城市' } }))].map(
      (m) => m.name,
    );

  it('gives the short form the county the text wrote before the town', () => {
    expect(city('市人大代表、响水县陈家港镇中心卫生院院长贾丽。陈家港镇中心卫生院管着周边12个村卫生室。')).toContain(
      '响水县陈家港镇中心卫生院',
    );
    expect(city('陈家港镇中心卫生院管着周边12个村卫生室。')).not.toContain('响水县陈家港镇中心卫生院');
  });
});
