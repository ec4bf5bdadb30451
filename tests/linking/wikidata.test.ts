import { readFileSync } from 'node:fs';
import { buildGraph, collectEntities, importRdf, ingestText, proposeLinks } from '@policy-kg/core';
import { lookupPlaces, nationalBodies, placeNames } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';

const G = 'https://example.org/agencies';
const P = 'https://example.org/provinces';

// The curated QID table of divisions (packages/ontology/data/division-wikidata.json).
const divisionTable = JSON.parse(
  readFileSync(new URL('../../packages/ontology/data/division-wikidata.json', import.meta.url), 'utf8'),
) as {
  meta: { sources: Record<string, { repository: string; path: string; commit: string }> };
  divisions: { code: string; name: string; wikidata: string; source: string }[];
};

describe('national bodies link by their Wikidata QID', () => {
  it('records only the QIDs confirmed with a source (README: Q1509446 for 国家统计局)', () => {
    const withQid = nationalBodies().filter((b) => b.wikidata !== undefined);
    expect(withQid.map((b) => `${b.name} ${b.wikidata}`)).toEqual(['国家统计局 Q1509446']);
  });

  it('gives a division a QID only from the curated table, each row naming a cited source', () => {
    const places = new Map(placeNames().flatMap((n) => lookupPlaces(n).map((p) => [p.code, p] as const)));
    const withQid = [...places.values()].filter((p) => p.wikidata !== undefined);
    const rows = new Map(divisionTable.divisions.map((r) => [r.code, r]));
    expect(withQid).toHaveLength(divisionTable.divisions.length);
    for (const place of withQid) {
      const row = rows.get(place.code);
      expect(row?.wikidata, place.code).toBe(place.wikidata);
      const source = row ? divisionTable.meta.sources[row.source] : undefined;
      expect(source?.repository, place.code).toBeTruthy();
      expect(source?.path, place.code).toBeTruthy();
      expect(source?.commit, place.code).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('links 国家统计局 to a dataset entity carrying the same QID, whatever its label', async () => {
    const { store } = buildGraph(
      ingestText('3月1日,国家统计局发布2022年国民经济和社会发展统计公报。', { name: 'a.txt', published: '2023-03-01' }),
    );
    const ttl = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix org: <http://www.w3.org/ns/org#> .
<https://example.org/a/1> a org:Organization ; skos:prefLabel "NBS China"@en ;
  skos:exactMatch <http://www.wikidata.org/entity/Q1509446> .
<https://example.org/a/2> a org:Organization ; skos:prefLabel "国家统计局"@zh ;
  skos:exactMatch <http://www.wikidata.org/entity/Q999999999> .`;
    store.addQuads(await importRdf(ttl, { format: 'turtle', graph: G }));
    const links = proposeLinks(
      collectEntities(store, { exclude: [G] }),
      collectEntities(store, { graphs: [DataFactory.namedNode(G)] }),
      { kinds: ['institution'] },
    );
    const byQid = links.find((l) => l.theirs === 'https://example.org/a/1');
    expect(byQid?.score).toBe(1);
    expect(byQid?.evidence).toEqual(['same Wikidata http://www.wikidata.org/entity/Q1509446']);
  });
});

describe('divisions link by their Wikidata QID (issue 8)', () => {
  it('links 甘肃省 in our graph to a dataset province carrying Q42392, whatever its label, and not a namesake', async () => {
    const { store } = buildGraph(
      ingestText('甘肃省召开全省卫生健康工作会议\n全省卫生健康系统要抓好落实,甘肃省卫生健康委部署工作。', {
        name: 'gansu.txt',
        published: '2023-03-01',
      }),
    );
    const ttl = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix schema: <http://schema.org/> .
<https://example.org/p/1> a schema:AdministrativeArea ; schema:name "Kansu"@en ;
  skos:exactMatch <http://www.wikidata.org/entity/Q42392> .
<https://example.org/p/2> a schema:AdministrativeArea ; schema:name "甘肃省"@zh ;
  skos:exactMatch <http://www.wikidata.org/entity/Q999999999> .`;
    store.addQuads(await importRdf(ttl, { format: 'turtle', graph: P }));
    const links = proposeLinks(
      collectEntities(store, { exclude: [P] }),
      collectEntities(store, { graphs: [DataFactory.namedNode(P)] }),
      { kinds: ['place'] },
    );
    const gansu = links.filter((l) => l.ours === 'https://w3id.org/policy-kg/id/place/620000');
    expect(gansu.map((l) => [l.theirs, l.score, l.evidence])).toEqual([
      ['https://example.org/p/1', 1, ['same Wikidata http://www.wikidata.org/entity/Q42392']],
    ]);
    expect(links.some((l) => l.theirs === 'https://example.org/p/2')).toBe(false);
  });
});
