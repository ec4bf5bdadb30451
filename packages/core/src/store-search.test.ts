import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KG, ORG, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndex } from './search/index.js';
import { GraphStore } from './store/index.js';
import { entityItems, openSearchIndex, removeEntityItems, saveSearchDir } from './store-search.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const t = (s: string, p: string, o: string, lang = false) =>
  quad(namedNode(s), namedNode(p), lang ? literal(o, 'zh') : namedNode(o), defaultGraph());

// Invented entities (no corpus names).
function graph(): GraphStore {
  const store = new GraphStore();
  store.addQuads([
    t('urn:o:2', RDF.type, KG.Official),
    t('urn:o:2', SCHEMA.name, '王某', true),
    t('urn:o:2', ORG.holds, 'urn:post:1'),
    t('urn:post:1', SKOS.prefLabel, '某省卫生健康委主任', true),
    t('urn:o:1', RDF.type, KG.Official),
    t('urn:o:1', SCHEMA.name, '李某', true),
    t('urn:i:1', RDF.type, KG.Institution),
    t('urn:i:1', SKOS.prefLabel, '某市卫生健康委员会', true),
    t('urn:i:1', SKOS.altLabel, '某市卫健委', true),
    t('urn:s:1', RDF.type, KG.Slogan),
    t('urn:s:1', SKOS.prefLabel, '健康中国', true),
    t('urn:p:1', RDF.type, KG.Policy),
    t('urn:p:1', SKOS.prefLabel, '两票制', true),
    t('urn:p:2', RDF.type, KG.Policy), // no label: nothing to index
  ]);
  return store;
}

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-store-search-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('entityItems', () => {
  it('describes officials (name + posts), institutions, slogans and policies, sorted by IRI, skipping unlabelled ones', () => {
    const items = entityItems(graph());
    expect(items.map((i) => [i.id, i.kind])).toEqual([
      ['urn:o:1', 'official'],
      ['urn:o:2', 'official'],
      ['urn:i:1', 'institution'],
      ['urn:s:1', 'slogan'],
      ['urn:p:1', 'policy'],
    ]);
    expect(items.find((i) => i.id === 'urn:o:2')?.text).toBe('王某 某省卫生健康委主任');
    expect(items.find((i) => i.id === 'urn:i:1')?.text).toBe('某市卫生健康委员会 某市卫健委');
  });

  it('returns nothing for an empty store', () => {
    expect(entityItems(new GraphStore())).toEqual([]);
  });
});

describe('search index in a store', () => {
  it('finds an entity by its description; removeEntityItems keeps passages', async () => {
    const index = new SearchIndex();
    await index.add(entityItems(graph()));
    await index.add([{ id: 'p1', kind: 'passage', doc: 'd', text: '推行药品购销两票制' }]);
    expect((await index.search('卫健委主任', { k: 1, kind: 'official' }))[0]?.id).toBe('urn:o:2');
    removeEntityItems(index);
    expect([...index.values()].map((i) => i.id)).toEqual(['p1']);
  });

  it('saves under a content-addressed folder (same items, same folder, no temporary left) and opens it again', async () => {
    const store = tmp();
    const index = new SearchIndex();
    await index.add(entityItems(graph()));
    const saved = await saveSearchDir(store, index);
    expect(saved.items).toBe(5);
    expect(saved.dir).toMatch(/^search-[0-9a-f]{24}$/);
    expect((await saveSearchDir(store, index)).dir).toBe(saved.dir);
    expect(readdirSync(store)).toEqual([saved.dir]);
    const back = await openSearchIndex(store, { dir: saved.dir });
    expect(back?.size).toBe(5);
    expect((await back?.search('两票制', { k: 1 }))?.[0]?.id).toBe('urn:p:1');
    expect(await openSearchIndex(store, undefined)).toBeUndefined();
  });

  it('saves and opens an empty index', async () => {
    const store = tmp();
    const saved = await saveSearchDir(store, new SearchIndex());
    const back = await openSearchIndex(store, saved);
    expect(back?.size).toBe(0);
    expect(await back?.search('人才')).toEqual([]);
  });

  it('reports a missing folder with a typed error', async () => {
    await expect(openSearchIndex(tmp(), { dir: 'search-missing' })).rejects.toMatchObject({
      code: 'KG_INDEX_NOT_FOUND',
    });
  });
});
