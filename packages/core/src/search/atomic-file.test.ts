import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256, sha256File, writeFileAtomic } from './atomic-file.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-atomic-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary behind', () => {
    const dir = tmp();
    const path = join(dir, 'items.jsonl');
    writeFileAtomic(path, 'old');
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['items.jsonl']);
    expect(sha256File(path)).toBe(sha256('new'));
  });

  it('keeps the old file when the writer fails halfway, and cleans up', () => {
    const dir = tmp();
    const path = join(dir, 'vectors.bin');
    writeFileAtomic(path, 'complete');
    expect(() =>
      writeFileAtomic(path, (tmpPath) => {
        writeFileSync(tmpPath, 'half');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('complete');
    expect(readdirSync(dir)).toEqual(['vectors.bin']);
  });
});
