import { buildGraph, collectEntities, importRdf, ingestText, proposeLinks } from '@policy-kg/core';
import { nationalBodies } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';

const G = 'https://example.org/agencies';

describe('national bodies link by their Wikidata QID', () => {
  it('records only the QIDs confirmed with a source (README: Q1509446 for 国家统计局)', () => {
    const withQid = nationalBodies().filter((b) => b.wikidata !== undefined);
    expect(withQid.map((b) => `${b.name} ${b.wikidata}`)).toEqual(['国家统计局 Q1509446']);
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
