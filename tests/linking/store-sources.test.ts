import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildStore,
  importRdf,
  openStore,
  replaceStoreGraph,
  sourceKind,
  UsageError,
  verifyStore,
} from '@policy-kg/core';
import { DataFactory } from 'n3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../graph/corpus.js';

// Issue 8 regression: `kg build --prune` removed every graph `kg import` and `kg link` had written.
const root = mkdtempSync(join(tmpdir(), 'kg-store-sources-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DOCS = ['000_97935c6e3442e2c0.txt', '002_7892a74117204309.txt'];
const IMPORT = 'https://example.org/imported';
const LINKSET = 'https://example.org/imported/linkset';
const DERIVED = 'https://example.org/derived';
const ttl = (label: string) =>
  `@prefix org: <http://www.w3.org/ns/org#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/b/1> a org:Organization ; rdfs:label "${label}"@zh-hans .`;
const triple = (g: string, o: string) =>
  DataFactory.quad(
    DataFactory.namedNode('https://example.org/s'),
    DataFactory.namedNode('https://example.org/p'),
    DataFactory.literal(o),
    DataFactory.namedNode(g),
  );

let dir: string;
let store: string;
let docs: string[];

const graphSize = async (graph: string) => {
  const { store: s } = await openStore(store);
  return s.countQuads(null, null, null, DataFactory.namedNode(graph));
};
const kinds = async () => (await openStore(store)).manifest.sources.map((s) => sourceKind(s)).sort();

async function importGraph(label: string): Promise<void> {
  const text = ttl(label);
  await replaceStoreGraph({
    store,
    graph: IMPORT,
    quads: await importRdf(text, { format: 'turtle', graph: IMPORT }),
    source: { path: `import:${join(dir, 'a.ttl')}`, kind: 'import' },
  });
}
const link = (o: string) =>
  replaceStoreGraph({
    store,
    graph: LINKSET,
    quads: [triple(LINKSET, o)],
    source: { path: `linkset:${IMPORT}`, kind: 'linkset' },
  });

beforeEach(async () => {
  dir = mkdtempSync(join(root, 'case-'));
  store = join(dir, 'store');
  mkdirSync(join(dir, 'docs'));
  docs = DOCS.map((name) => {
    copyFileSync(join(CORPUS_DIR, name), join(dir, 'docs', name));
    return join(dir, 'docs', name);
  });
  await buildStore(docs, { store });
  await importGraph('甘肃省卫生健康委员会');
  await link('first');
  await replaceStoreGraph({
    store,
    graph: DERIVED,
    quads: [triple(DERIVED, 'derived')],
    source: { path: 'derived:test', kind: 'derived' },
  });
});

describe('store sources other than documents (issue 8: prune data loss)', () => {
  it('kg build --prune removes only the missing document, never imports, linksets or derived graphs', async () => {
    const result = await buildStore([docs[0] as string], { store, prune: true });
    expect(result.removed).toEqual([docs[1]]);
    expect(await kinds()).toEqual(['derived', 'document', 'import', 'linkset']);
    expect(await graphSize(IMPORT)).toBe(2);
    expect(await graphSize(LINKSET)).toBe(1);
    expect(await graphSize(DERIVED)).toBe(1);
  });

  it('kg build without --prune keeps every source, documents included', async () => {
    const result = await buildStore([docs[0] as string], { store });
    expect(result.removed).toEqual([]);
    expect(await kinds()).toEqual(['derived', 'document', 'document', 'import', 'linkset']);
    expect(await graphSize(IMPORT)).toBe(2);
  });

  it('prunes a store written before sources carried a kind the same way (path prefixes)', async () => {
    const path = join(store, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { sources: Array<{ kind?: string }> };
    for (const s of manifest.sources) delete s.kind;
    writeFileSync(path, JSON.stringify(manifest));
    await buildStore([docs[0] as string], { store, prune: true });
    expect(await kinds()).toEqual(['derived', 'document', 'import', 'linkset']);
    expect(await graphSize(LINKSET)).toBe(1);
  });

  it('re-import replaces only its own graph; the linkset, derived graph and documents stay', async () => {
    const before = (await openStore(store)).manifest;
    await importGraph('兰州市卫生健康委员会');
    const { store: s, manifest } = await openStore(store);
    expect([...s.match(null, null, null, DataFactory.namedNode(IMPORT))].map((q) => q.object.value)).toContain(
      '兰州市卫生健康委员会',
    );
    expect(await graphSize(LINKSET)).toBe(1);
    expect(await graphSize(DERIVED)).toBe(1);
    const docGraphs = (m: typeof manifest) => m.sources.filter((x) => sourceKind(x) === 'document').map((x) => x.file);
    expect(docGraphs(manifest)).toEqual(docGraphs(before));
    expect(manifest.sources.filter((x) => x.graph === IMPORT)).toHaveLength(1);
  });

  it('re-link replaces only its linkset; the import stays', async () => {
    await link('second');
    const { store: s } = await openStore(store);
    expect([...s.match(null, null, null, DataFactory.namedNode(LINKSET))].map((q) => q.object.value)).toEqual([
      'second',
    ]);
    expect(await graphSize(IMPORT)).toBe(2);
  });

  it('a rebuild after changed documents keeps imports and linksets, and they keep the search index', async () => {
    const search = (await openStore(store)).manifest.search;
    expect(search).toBeDefined();
    writeFileSync(docs[1] as string, `${readFileSync(docs[1] as string, 'utf8')}\n国家卫生健康委员会召开会议。\n`);
    const result = await buildStore(docs, { store, prune: true });
    expect(result.replaced).toEqual([docs[1]]);
    expect(await kinds()).toEqual(['derived', 'document', 'document', 'import', 'linkset']);
    expect(await graphSize(IMPORT)).toBe(2);
  });

  it('kg verify passes with an import (its copy kept), a linkset and a derived graph', async () => {
    const bytes = new TextEncoder().encode(ttl('甘肃省卫生健康委员会'));
    await replaceStoreGraph({
      store,
      graph: IMPORT,
      quads: await importRdf(ttl('甘肃省卫生健康委员会'), { format: 'turtle', graph: IMPORT }),
      source: {
        path: `import:${join(dir, 'a.ttl')}`,
        kind: 'import',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
      },
    });
    const report = await verifyStore(store);
    expect(report.problems).toEqual([]);
    expect(report.verified).toBe(5);
  });

  it('refuses to write an import into a document graph', async () => {
    const { manifest } = await openStore(store);
    const taken = manifest.sources.find((s) => sourceKind(s) === 'document')?.graph as string;
    const run = replaceStoreGraph({ store, graph: taken, quads: [], source: { path: 'import:x', kind: 'import' } });
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow(/holds the document .*000_97935c6e3442e2c0\.txt; choose another graph IRI/);
  });
});
