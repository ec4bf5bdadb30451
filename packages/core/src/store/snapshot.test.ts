import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory as D } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphStore } from './graph-store.js';
import { openStore, saveStore } from './persist.js';
import { decodeSnapshot, encodeSnapshot, readSnapshot } from './snapshot.js';

const g = D.namedNode('https://w3id.org/policy-kg/id/graph/1');
const quads = [
  D.quad(D.namedNode('urn:a'), D.namedNode('urn:p'), D.literal('健康"中国\n𠮷', 'zh-hans'), g),
  D.quad(
    D.blankNode('b0'),
    D.namedNode('urn:p'),
    D.literal('3', D.namedNode('http://www.w3.org/2001/XMLSchema#integer')),
    g,
  ),
  D.quad(D.namedNode('urn:a'), D.namedNode('urn:q'), D.namedNode('urn:c'), D.defaultGraph()),
];
const dir = mkdtempSync(join(tmpdir(), 'kg-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store snapshot', () => {
  it('round-trips quads exactly (literals with quotes, line breaks, astral characters, datatypes, blank nodes)', () => {
    const back = [...decodeSnapshot(encodeSnapshot(quads))];
    expect(back).toHaveLength(3);
    for (const [i, q] of back.entries()) expect(q.equals(quads[i] as never)).toBe(true);
  });

  it('rejects damaged bytes with a typed error', () => {
    const bytes = encodeSnapshot(quads);
    expect(() => [...decodeSnapshot(bytes.slice(0, bytes.length - 3))]).toThrow(/damaged/);
    expect(() => [...decodeSnapshot(new Uint8Array([1, 2, 3]))]).toThrow(/damaged/);
  });

  it('GraphStore.addIndexed gives the same store as adding the quads one by one', () => {
    const a = new GraphStore();
    a.addQuads(quads);
    const b = new GraphStore();
    const { terms, indexes } = readSnapshot(encodeSnapshot(quads));
    b.addIndexed(terms, indexes);
    expect(b.size).toBe(a.size);
    for (const q of a.quads()) expect(b.countQuads(q.subject, q.predicate, q.object, q.graph)).toBe(1);
    expect(b.getGraphs().map((x) => x.value)).toEqual(a.getGraphs().map((x) => x.value));
    expect(b.countQuads(null, null, null, D.defaultGraph())).toBe(1);
  });

  it('is what openStore reads, and a damaged snapshot falls back to the graph files', async () => {
    const store = new GraphStore();
    store.replaceGraph(g, quads.slice(0, 2));
    const manifest = await saveStore(dir, store, [{ path: '/x.txt', sha256: 'a'.repeat(64), graph: g.value }]);
    expect(manifest.snapshot?.quads).toBe(2);
    expect((await openStore(dir)).store.size).toBe(2);
    const file = join(dir, manifest.snapshot?.file ?? '');
    writeFileSync(file, readFileSync(file).subarray(0, 20));
    const reopened = await openStore(dir);
    expect(reopened.store.size).toBe(2);
    expect([...reopened.store.match(null, null, null, g)].some((q) => q.object.value.includes('𠮷'))).toBe(true);
  });
});
