import { describe, expect, it } from 'vitest';
import { extractInstitutions, extractOfficials, makeTestDoc } from '../extract/index.js';
import { linkInstitutions, linkOfficials } from './within-doc.js';

const CITY = { jurisdiction: { level: 'prefecture' as const, name: '青川市' } };

describe('linkOfficials', () => {
  it('links a surname + title (韩主任) and a name + title (韩立平主任) to the full name', () => {
    const doc = makeTestDoc('市卫健委主任韩立平作报告。韩立平主任强调,要抓落实。会后,韩主任调研。', CITY);
    const { officials, partials } = linkOfficials(extractOfficials(doc));
    expect(officials.map((o) => o.name)).toEqual(['韩立平']);
    expect(officials[0]?.titles).toEqual(['市卫健委主任']);
    expect(officials[0]?.mentions).toEqual(['韩立平主任', '韩主任']);
    expect(partials).toEqual([]);
  });

  it('keeps a partial apart when no full name with that surname holds the title', () => {
    const doc = makeTestDoc('市卫健委主任韩立平作报告。会后,魏主任调研。', CITY);
    const { officials, partials } = linkOfficials(extractOfficials(doc));
    expect(officials.map((o) => o.name)).toEqual(['韩立平']);
    expect(partials.map((p) => p.surface)).toEqual(['魏主任']);
  });

  it('keeps a partial apart when two full names share the surname', () => {
    const doc = makeTestDoc('副主任韩立平、韩东出席。会后,韩主任调研。', CITY);
    expect(linkOfficials(extractOfficials(doc)).partials.map((p) => p.surface)).toEqual(['韩主任']);
  });
});

describe('linkInstitutions', () => {
  it('merges short forms of one body under its canonical name', () => {
    const doc = makeTestDoc('市卫健委、市卫生健康委和青川市卫生健康委员会是一个单位。', CITY);
    const linked = linkInstitutions(extractInstitutions(doc));
    expect(linked.map((i) => [i.name, i.aliases])).toEqual([['青川市卫生健康委员会', ['市卫健委', '市卫生健康委']]]);
  });
});
