import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStore, openStore, readManifest, toSortedNQuads, writeFileAtomic } from '@policy-kg/core';
import { afterAll, describe, expect, it } from 'vitest';
import { LINKING_DOCS } from './docs.js';

const root = mkdtempSync(join(tmpdir(), 'kg-store-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder with the given documents written as UTF-8 files. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('persistent store', () => {
  it('adds, keeps unchanged, replaces changed and prunes removed documents', async () => {
    const input = folder('in1', LINKING_DOCS);
    const store = join(root, 'store1');
    const first = await buildStore([input], { store });
    expect(first.added).toHaveLength(3);
    expect(first.manifest.sources.map((s) => s.sha256)).toHaveLength(3);

    const again = await buildStore([input], { store });
    expect(again.unchanged).toHaveLength(3);
    expect(again.added).toEqual([]);

    const changed = `${LINKING_DOCS['gansu-2023.txt']}王建国要求,要抓好“一老一小”健康服务。`;
    writeFileSync(join(input, 'gansu-2023.txt'), changed);
    rmSync(join(input, 'shandong-2022.txt'));
    const kept = await buildStore([input], { store });
    expect(kept.replaced.map((p) => p.endsWith('gansu-2023.txt'))).toEqual([true]);
    expect(kept.removed).toEqual([]);
    expect(kept.manifest.sources).toHaveLength(3);

    const pruned = await buildStore([input], { store, prune: true });
    expect(pruned.removed.map((p) => p.endsWith('shandong-2022.txt'))).toEqual([true]);
    const { store: opened, manifest } = await openStore(store);
    expect(manifest.sources).toHaveLength(2);
    expect(opened.getGraphs()).toHaveLength(3);
    const nq = toSortedNQuads(opened.quads());
    expect(nq).toContain('一老一小');
    expect(nq).not.toContain('两个确立');
    // Graph files no manifest lists are gone.
    expect(readdirSync(join(store, 'graphs')).sort()).toEqual(
      [...manifest.sources.map((s) => s.file), manifest.summary?.file ?? '']
        .filter(Boolean)
        .map((f) => f.replace('graphs/', ''))
        .sort(),
    );
  });

  it('rebuilding the same input from scratch gives the same store files', async () => {
    const input = folder('in2', LINKING_DOCS);
    await buildStore([input], { store: join(root, 'a') });
    await buildStore([input], { store: join(root, 'b') });
    const a = readManifest(join(root, 'a'));
    const b = readManifest(join(root, 'b'));
    expect(JSON.stringify((await a).sources.map((s) => [s.sha256, s.file, s.quads]))).toBe(
      JSON.stringify((await b).sources.map((s) => [s.sha256, s.file, s.quads])),
    );
  });

  it('leaves the old store intact when a write fails before the commit', async () => {
    const input = folder('in3', LINKING_DOCS);
    const store = join(root, 'store3');
    await buildStore([input], { store });
    const before = readFileSync(join(store, 'manifest.json'), 'utf8');
    const quadsBefore = toSortedNQuads((await openStore(store)).store.quads());
    writeFileSync(join(input, 'gansu-2021.txt'), `${LINKING_DOCS['gansu-2021.txt']}会议强调,要推进“放管服”改革。`);
    await expect(
      buildStore([input], {
        store,
        save: {
          beforeCommit: () => {
            throw new Error('disk full (simulated)');
          },
        },
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(join(store, 'manifest.json'), 'utf8')).toBe(before);
    expect(toSortedNQuads((await openStore(store)).store.quads())).toBe(quadsBefore);
    expect(readdirSync(store).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes files atomically: a failed write keeps the old content and leaves no temp file', async () => {
    const dir = folder('atomic', {});
    const file = join(dir, 'x.txt');
    await writeFileAtomic(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    await expect(writeFileAtomic(join(dir, 'missing', 'y.txt'), 'z')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });

  it('reports a bad file and builds the rest', async () => {
    const input = folder('in4', { ...LINKING_DOCS, 'broken.txt': '' });
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 0]));
    const result = await buildStore([input], { store: join(root, 'store4') });
    expect(result.added).toHaveLength(3);
    expect(result.failed.map((f) => f.path.endsWith('binary.txt'))).toContain(true);
  });

  it('stops before writing when aborted', async () => {
    const input = folder('in5', LINKING_DOCS);
    const controller = new AbortController();
    controller.abort();
    await expect(buildStore([input], { store: join(root, 'store5'), signal: controller.signal })).rejects.toThrow();
    await expect(readManifest(join(root, 'store5'))).rejects.toMatchObject({ code: 'KG_STORE_MISSING' });
  });

  it('names a missing or corrupt store in its error', async () => {
    await expect(openStore(join(root, 'nowhere'))).rejects.toMatchObject({ code: 'KG_STORE_MISSING' });
    const dir = folder('corrupt', { 'manifest.json': '{"formatVersion": 1' });
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'KG_STORE_MANIFEST' });
    await expect(openStore(dir)).rejects.toThrow(/corrupt store manifest/);
  });
});
