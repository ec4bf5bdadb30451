import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeByCode } from './gazetteer.js';
import { wikidataIri } from './national-bodies.js';

interface Row {
  code: string;
  name: string;
  wikidata: string;
  source: string;
  checkedIn?: string;
}
interface Cited {
  repository?: string;
  path?: string;
  commit?: string;
  what: string;
}
const table = JSON.parse(readFileSync(new URL('../data/division-wikidata.json', import.meta.url), 'utf8')) as {
  meta: { sources: Record<string, Cited>; checks: Record<string, Cited> };
  divisions: Row[];
};

describe('Wikidata QIDs of divisions (issue 8: only sourced QIDs are recorded)', () => {
  it('names for every QID a source cited by repository, path and commit', () => {
    for (const row of table.divisions) {
      const source = table.meta.sources[row.source];
      expect(source, `${row.code} ${row.name}`).toBeDefined();
      expect(source?.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(source?.path).toBeTruthy();
      expect(source?.commit).toMatch(/^[0-9a-f]{40}$/);
      if (row.checkedIn !== undefined) expect(table.meta.checks[row.checkedIn], row.code).toBeDefined();
    }
  });

  it('records the 31 mainland provinces, each confirmed in a second copy, and 325 prefectures', () => {
    const level = (r: Row) => placeByCode(r.code)?.level;
    const provinces = table.divisions.filter((r) => level(r) === 'province');
    expect(provinces).toHaveLength(31);
    expect(provinces.every((r) => r.checkedIn !== undefined)).toBe(true);
    expect(table.divisions.filter((r) => level(r) === 'prefecture')).toHaveLength(325);
    expect(table.divisions.filter((r) => level(r) === 'county')).toEqual([]);
    expect(new Set(table.divisions.map((r) => r.wikidata)).size).toBe(table.divisions.length);
  });

  it('gives each row to the gazetteer division of the same code and name, as a well-formed QID', () => {
    for (const row of table.divisions) {
      const place = placeByCode(row.code);
      expect(place?.name, row.code).toBe(row.name);
      expect(place?.wikidata, row.code).toBe(row.wikidata);
      expect(wikidataIri(place ?? {})).toMatch(/^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/);
    }
  });

  it('leaves the divisions without a sourced QID without one (Hong Kong, a county, 马鞍山市)', () => {
    expect(placeByCode('620000')?.wikidata).toBe('Q42392');
    for (const code of ['810000', '620102', '340500']) expect(placeByCode(code)?.wikidata, code).toBeUndefined();
  });
});
