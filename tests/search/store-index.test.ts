// Issue 5: `kg build` indexes as it ingests. What a built store's search index holds
// (passages, entity descriptions, statements with speaker, date and place), the progress
// it reports, and how a changed document updates it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildProgress, buildStore, openSearchIndex, type SearchIndex } from '@policy-kg/core';
import { afterAll, describe, expect, it } from 'vitest';
import { LINKING_DOCS } from '../graph/docs.js';

const root = mkdtempSync(join(tmpdir(), 'kg-search-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function build(input: string, store: string, progress: BuildProgress[] = []): Promise<SearchIndex> {
  const result = await buildStore([input], { store, onProgress: (p) => progress.push(p) });
  const index = await openSearchIndex(store, result.manifest.search);
  if (!index) throw new Error('kg build wrote no search index');
  return index;
}

const kinds = (index: SearchIndex) => [...index.values()].map((i) => i.kind);

describe('the search index kg build writes (issue 5)', () => {
  it('indexes passages, entities and statements, reporting progress up to the item count', async () => {
    const input = join(root, 'in');
    mkdirSync(input, { recursive: true });
    for (const [file, text] of Object.entries(LINKING_DOCS)) writeFileSync(join(input, file), text);
    const store = join(root, 'store');
    const progress: BuildProgress[] = [];
    const index = await build(input, store, progress);

    const indexing = progress.filter((p) => p.phase === 'index');
    expect(indexing.length).toBeGreaterThan(0);
    expect(indexing.at(-1)?.done).toBe(index.size);
    expect(indexing.at(-1)?.total).toBe(index.size);
    expect([...new Set(kinds(index))]).toEqual(
      expect.arrayContaining(['passage', 'official', 'institution', 'statement']),
    );

    // 山东's 王建国 said 落实“两个确立” in 2022 (in 济南): found as a statement, with speaker, date, place and entities.
    const [hit] = await index.search('两个确立', { k: 1, kind: 'statement', speaker: '王建国', from: '2022' });
    expect(hit?.text).toContain('两个确立');
    expect(hit).toMatchObject({ speaker: '王建国', date: '2022-01-19' });
    expect(hit?.place).toMatch(/济南|山东/); // its meeting's place, else its document's
    expect(hit?.entities.length).toBeGreaterThan(0);
    const early = await index.search('两个确立', { kind: 'statement', to: '2021' });
    expect(early.map((h) => h.id)).not.toContain(hit?.id);
    expect(early.every((h) => (h.date ?? '') <= '2021-12-31')).toBe(true);

    // A changed document: its new statement is indexed, no statement is left twice.
    writeFileSync(
      join(input, 'gansu-2023.txt'),
      `${LINKING_DOCS['gansu-2023.txt']}王建国要求,要抓好“一老一小”健康服务。`,
    );
    const again = await build(input, store);
    const [added] = await again.search('一老一小', { k: 1, kind: 'statement' });
    expect(added?.text).toContain('一老一小');
    const statements = [...again.values()].filter((i) => i.kind === 'statement');
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(statements.length).toBe(kinds(index).filter((k) => k === 'statement').length + 1);
  });
});
