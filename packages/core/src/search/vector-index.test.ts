import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KgError } from '../errors.js';
import { HnswVectorIndex } from './hnsw-index.js';
import { ExactVectorIndex, type VectorIndex } from './vector-index.js';
import { loadVectorIndex, saveVectorIndex, VECTOR_FILES } from './vector-store.js';

function unit(seed: number, d: number): Float32Array {
  let a = seed;
  const v = Float32Array.from({ length: d }, () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648 - 0.5;
  });
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-vectors-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// One conformance suite for both implementations (STYLE.md).
const IMPLEMENTATIONS: [string, (d: number) => VectorIndex][] = [
  ['ExactVectorIndex', (d) => new ExactVectorIndex({ dimension: d, capacity: 16 })],
  ['HnswVectorIndex', (d) => new HnswVectorIndex({ dimension: d, capacity: 16 })],
];

describe.each(IMPLEMENTATIONS)('%s', (_name, make) => {
  it('finds a stored vector as its own nearest neighbour, with score 1', () => {
    const ix = make(8);
    for (let i = 0; i < 50; i++) ix.add(`v${i}`, unit(i + 1, 8));
    const hits = ix.search(unit(8, 8), { k: 3 });
    expect(hits[0]?.id).toBe('v7');
    expect(hits[0]?.score).toBeCloseTo(1, 5);
    expect(hits).toHaveLength(3);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score as number);
  });

  it('grows past its initial capacity', () => {
    const ix = make(4);
    for (let i = 0; i < 100; i++) ix.add(`v${i}`, unit(i + 1, 4));
    expect(ix.size).toBe(100);
    expect(ix.search(unit(100, 4), { k: 1 })[0]?.id).toBe('v99');
  });

  it('deletes and replaces vectors', () => {
    const ix = make(8);
    for (let i = 0; i < 20; i++) ix.add(`v${i}`, unit(i + 1, 8));
    expect(ix.remove('v3')).toBe(true);
    expect(ix.remove('v3')).toBe(false);
    expect(ix.has('v3')).toBe(false);
    expect(ix.search(unit(4, 8), { k: 20 }).map((h) => h.id)).not.toContain('v3');
    ix.add('v5', unit(1000, 8)); // replace in place
    expect(ix.search(unit(1000, 8), { k: 1 })[0]?.id).toBe('v5');
    ix.add('new', unit(4, 8)); // reuses the deleted slot
    expect(ix.search(unit(4, 8), { k: 1 })[0]?.id).toBe('new');
    expect(ix.size).toBe(20);
    expect([...ix.ids()].sort()).toHaveLength(20);
  });

  it('filters during the search', () => {
    const ix = make(8);
    for (let i = 0; i < 30; i++) ix.add(`v${i}`, unit(i + 1, 8));
    const hits = ix.search(unit(1, 8), { k: 5, filter: (id) => id.endsWith('7') });
    expect(hits.map((h) => h.id).sort()).toEqual(['v17', 'v27', 'v7']);
  });

  it('answers an empty search on an empty index', () => {
    expect(make(8).search(unit(1, 8), { k: 10 })).toEqual([]);
  });

  it('rejects a vector of the wrong dimension', () => {
    expect(() => make(8).add('x', [1, 2, 3])).toThrow(RangeError);
  });

  it('survives a save/load round trip with deletions', () => {
    const ix = make(8);
    for (let i = 0; i < 40; i++) ix.add(`v${i}`, unit(i + 1, 8));
    ix.remove('v10');
    const dir = tmp();
    saveVectorIndex(ix, dir, { embedderId: 'test:e1' });
    const back = loadVectorIndex(dir, { embedderId: 'test:e1', dimension: 8 });
    expect(back.type).toBe(ix.type);
    expect(back.size).toBe(39);
    expect(back.has('v10')).toBe(false);
    const q = unit(21, 8);
    expect(back.search(q, { k: 5 })).toEqual(ix.search(q, { k: 5 }));
    back.add('after', unit(999, 8));
    expect(back.search(unit(999, 8), { k: 1 })[0]?.id).toBe('after');
  });

  it('refuses an index built by another embedder or dimension, or with a damaged file', () => {
    const ix = make(8);
    ix.add('a', unit(1, 8));
    const dir = tmp();
    saveVectorIndex(ix, dir, { embedderId: 'test:e1' });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(KgError);
        return (e as KgError).code;
      }
      return 'no error';
    };
    expect(code(() => loadVectorIndex(dir, { embedderId: 'test:e2', dimension: 8 }))).toBe('KG_INDEX_MISMATCH');
    expect(code(() => loadVectorIndex(dir, { embedderId: 'test:e1', dimension: 16 }))).toBe('KG_INDEX_MISMATCH');
    const data = join(dir, VECTOR_FILES.data);
    const bytes = readFileSync(data);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    writeFileSync(data, bytes);
    expect(code(() => loadVectorIndex(dir, { embedderId: 'test:e1', dimension: 8 }))).toBe('KG_INDEX_CORRUPT');
    writeFileSync(join(dir, VECTOR_FILES.sidecar), '{"format":');
    expect(code(() => loadVectorIndex(dir, { embedderId: 'test:e1', dimension: 8 }))).toBe('KG_INDEX_CORRUPT');
    expect(code(() => loadVectorIndex(tmp(), { embedderId: 'test:e1', dimension: 8 }))).toBe('KG_INDEX_NOT_FOUND');
  });
});

describe('HnswVectorIndex', () => {
  it('matches exact search on clustered data (recall@10 ≥ 0.95)', () => {
    const d = 32;
    const exact = new ExactVectorIndex({ dimension: d });
    const hnsw = new HnswVectorIndex({ dimension: d });
    const centers = Array.from({ length: 10 }, (_, c) => unit(c + 7, d));
    for (let i = 0; i < 2000; i++) {
      const c = centers[i % 10] as Float32Array;
      const v = unit(i + 100, d).map((x, j) => (c[j] as number) + 0.3 * x);
      const n = Math.hypot(...v);
      const u = v.map((x) => x / n);
      exact.add(`v${i}`, u);
      hnsw.add(`v${i}`, u);
    }
    let found = 0;
    for (let q = 0; q < 50; q++) {
      const query = unit(q + 5000, d);
      const truth = new Set(exact.search(query, { k: 10 }).map((h) => h.id));
      found += hnsw.search(query, { k: 10 }).filter((h) => truth.has(h.id)).length;
    }
    expect(found / 500).toBeGreaterThanOrEqual(0.95);
  });
});
