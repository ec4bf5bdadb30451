import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecodeError, ingestPaths } from '@policy-kg/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IngestFixture, writeIngestFixtures } from '../fixtures/ingest/generate.js';
import { runKg } from './kg.js';

let dir: string;
let fixtures: IngestFixture[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  fixtures = await writeIngestFixtures(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingestPaths over generated fixtures', () => {
  it('decodes every encoding, reports bad files and goes on, in name order', async () => {
    const results = [];
    for await (const r of ingestPaths([dir])) results.push(r);
    expect(results.map((r) => r.path)).toEqual(fixtures.map((f) => join(dir, f.name)));
    for (const [i, f] of fixtures.entries()) {
      const r = results[i];
      if ('error' in f.expect) {
        expect(r?.ok).toBe(false);
        if (r && !r.ok) {
          expect(r.error).toBeInstanceOf(DecodeError);
          expect(r.error.code).toBe(f.expect.error);
          expect(r.error.message).toContain(`Cannot decode ${f.name}:`);
        }
      } else {
        expect(r?.ok, f.name).toBe(true);
        if (r?.ok) {
          expect(r.docs).toHaveLength(f.expect.texts);
          for (const doc of r.docs) {
            expect(doc.source.encoding).toBe(f.expect.encoding);
            expect(doc.meta.title).toBe('全县卫生健康工作会议召开');
          }
        }
      }
    }
  });

  it('reports an empty file as zero texts with a diagnostic', async () => {
    for await (const r of ingestPaths([join(dir, 'empty.txt')])) {
      expect(r.ok && r.docs).toEqual([]);
      expect(r.ok && r.diagnostics.map((d) => d.code)).toEqual(['KG_EMPTY']);
    }
  });

  it('folds full-width digits and keeps byte offsets into the raw file', async () => {
    for await (const r of ingestPaths([join(dir, 'full-width.txt'), join(dir, 'gb18030.txt')])) {
      if (!r.ok) throw r.error;
      const doc = r.docs[0];
      if (!doc) throw new Error('no doc');
      if (r.path.endsWith('full-width.txt')) {
        expect(doc.text).toContain('2023年全县完成门诊12345人次,同比增长5.66%。');
        const at = doc.text.indexOf('12345');
        expect(doc.origin.locate({ start: at, end: at + 5 })).toMatchObject({
          quote: '１２３４５',
          bytes: { end: expect.any(Number) },
        });
      } else {
        // GB18030: two bytes per Han character, one per ASCII digit.
        const at = doc.text.indexOf('3月9日');
        const loc = doc.origin.locate({ start: at, end: at + 4 });
        expect(loc.quote).toBe('3月9日');
        expect(loc.bytes.end - loc.bytes.start).toBe(6);
      }
    }
  });

  it('names a missing file and a directory given as a file', async () => {
    const results = [];
    for await (const r of ingestPaths([join(dir, 'missing.txt')])) results.push(r);
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'KG_FILE_NOT_FOUND' } });
    expect(results[0]?.ok === false && results[0].error.message).toBe(
      `File not found: ${join(dir, 'missing.txt')}; check the path`,
    );
  });

  it('stops before the next file when aborted, and reports progress per file', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    let count = 0;
    for await (const _ of ingestPaths([dir], {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done === 2) controller.abort();
      },
    })) {
      count++;
    }
    expect(count).toBe(2);
    expect(seen).toEqual([1, 2]);
  });
});

describe('kg ingest', () => {
  it('prints one summary per text, one stderr line per bad file, and exits 1', async () => {
    const run = await runKg(['ingest', dir, '--json']);
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.file)).toEqual(
      fixtures.filter((f) => !('error' in f.expect) && f.expect.texts > 0).map((f) => join(dir, f.name)),
    );
    expect(rows[0]).toMatchObject({
      index: 0,
      title: '全县卫生健康工作会议召开',
      jurisdiction: 'county',
      paragraphs: 1,
      sentences: 3,
    });
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(
      `kg ingest: skipped ${join(dir, 'binary.txt')}: Cannot decode binary.txt: binary file (NUL byte at offset 8); expected a text file [KG_BINARY]`,
    );
    expect(lines.filter((l) => l.includes('invalid-utf8.txt'))).toHaveLength(1);
    expect(lines).toContain(`kg ingest: ${join(dir, 'empty.txt')}: empty.txt holds no text [KG_EMPTY]`);
    expect(lines.at(-1)).toBe('kg ingest: 10 file(s), 7 text(s), 2 failed');
  });

  it('ingests the bundled corpus: 23 texts, exit 0', async () => {
    const run = await runKg(['ingest', 'examples/corpus', '--format', 'jsonl'], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(23);
    expect(rows[0]).toMatchObject({
      published: '2022-03-05',
      eventDate: '2022-02-17',
      jurisdiction: 'province 甘肃省',
    });
    expect(run.stderr.trim()).toBe('kg ingest: 5 file(s), 23 text(s)');
  });

  it('rejects an unknown encoding as a usage error', async () => {
    const run = await runKg(['ingest', dir, '--encoding', 'klingon-8']);
    expect(run.stdout.trim()).toBe('');
    expect(run.stderr).toContain('Unknown encoding "klingon-8"');
  });
});
