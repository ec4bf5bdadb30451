import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DCTERMS, KG, ORG, RDF, SCHEMA, SKOS, XSD } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError } from './errors.js';
import { SearchIndex } from './search/index.js';
import { GraphStore, type StoreManifest } from './store/index.js';
import {
  entityItems,
  openSearchIndex,
  openStoreSearchIndex,
  removeEntityItems,
  removeGraphItems,
  saveSearchDir,
  statementItems,
} from './store-search.js';

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

// Invented statements: one at a meeting with a place, one whose document carries the place.
function statements(): GraphStore {
  const store = graph();
  store.addQuads([
    t('urn:st:2', RDF.type, KG.Statement),
    t('urn:st:2', SCHEMA.text, '要稳定乡村医生队伍,留住基层人才', true),
    t('urn:st:2', KG.speaker, 'urn:o:2'),
    t('urn:st:2', KG.atMeeting, 'urn:m:1'),
    t('urn:st:2', SCHEMA.isBasedOn, 'urn:doc:1'),
    quad(namedNode('urn:st:2'), namedNode(DCTERMS.date), literal('2023-03-01', namedNode(XSD.date)), defaultGraph()),
    t('urn:m:1', SCHEMA.location, 'urn:place:1'),
    t('urn:place:1', SKOS.prefLabel, '某省', true),
    t('urn:st:1', RDF.type, KG.Statement),
    t('urn:st:1', SCHEMA.text, '推进疫苗接种', true),
    t('urn:st:1', KG.speaker, 'urn:i:1'),
    t('urn:st:1', SCHEMA.isBasedOn, 'urn:doc:2'),
    t('urn:doc:2', KG.jurisdiction, 'urn:place:2'),
    t('urn:place:2', SKOS.prefLabel, '某市', true),
    t('urn:st:3', RDF.type, KG.Statement), // no text: nothing to index
  ]);
  return store;
}

describe('statementItems', () => {
  it('reads each statement with its speaker, date, place and linked entities, sorted by IRI', () => {
    expect(statementItems(statements())).toEqual([
      {
        id: 'urn:st:1',
        kind: 'statement',
        text: '推进疫苗接种',
        speaker: '某市卫生健康委员会',
        place: '某市',
        entities: ['urn:i:1'],
        meta: { document: 'urn:doc:2' },
      },
      {
        id: 'urn:st:2',
        kind: 'statement',
        text: '要稳定乡村医生队伍,留住基层人才',
        speaker: '王某',
        date: '2023-03-01',
        place: '某省',
        entities: ['urn:o:2', 'urn:m:1'],
        meta: { document: 'urn:doc:1' },
      },
    ]);
    expect(statementItems(new GraphStore())).toEqual([]);
  });

  it('makes statements searchable by kind and speaker; removeGraphItems drops them and entities, keeps passages', async () => {
    const store = statements();
    const index = new SearchIndex();
    await index.add([...entityItems(store), ...statementItems(store)]);
    await index.add([{ id: 'p1', kind: 'passage', doc: 'd', text: '乡村医生队伍建设' }]);
    const [hit] = await index.search('基层人才留不住', { k: 1, kind: 'statement', speaker: '王某', from: '2023' });
    expect(hit).toMatchObject({ id: 'urn:st:2', speaker: '王某', entities: ['urn:o:2', 'urn:m:1'] });
    removeGraphItems(index);
    expect([...index.values()].map((i) => i.id)).toEqual(['p1']);
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

describe('openStoreSearchIndex', () => {
  const manifest = (search?: { dir: string; items: number }) =>
    ({ formatVersion: 2, sources: [], ...(search ? { search } : {}) }) as unknown as StoreManifest;

  it("opens the store's index and adds in memory the statements it lacks", async () => {
    const dir = tmp();
    const store = statements();
    const index = new SearchIndex();
    await index.add([...entityItems(store), { id: 'p1', kind: 'passage', doc: 'd', text: '乡村医生队伍建设' }]);
    const saved = await saveSearchDir(dir, index);
    const opened = await openStoreSearchIndex({ dir, opened: { store, manifest: manifest(saved) } });
    expect(opened.get('p1')).toBeDefined();
    expect((await opened.search('基层人才', { k: 1, kind: 'statement' }))[0]?.id).toBe('urn:st:2');
    expect((await openSearchIndex(dir, saved))?.get('urn:st:2')).toBeUndefined(); // nothing saved
  });

  it('names a missing index folder and how to rebuild it; a server falls back on the graph', async () => {
    const dir = tmp();
    const store = statements();
    const gone = { store, manifest: manifest({ dir: 'search-gone', items: 3 }) };
    const error = await openStoreSearchIndex({ dir, opened: gone }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'KG_INDEX_NOT_FOUND' });
    expect((error as Error).message).toBe(
      `store ${dir} is missing its search index ${join(dir, 'search-gone')}; rebuild it with \`kg build <files> --store ${dir}\``,
    );
    await expect(openStoreSearchIndex({ dir, opened: { store, manifest: manifest() } })).rejects.toThrow(
      `store ${dir} has no search index; build one with`,
    );
    const fallback = await openStoreSearchIndex({ dir, opened: gone, ifMissing: 'graph' });
    expect([...fallback.values()].map((i) => i.id).sort()).toEqual(
      ['urn:i:1', 'urn:o:1', 'urn:o:2', 'urn:p:1', 'urn:s:1', 'urn:st:1', 'urn:st:2'].sort(),
    );
  });
});
