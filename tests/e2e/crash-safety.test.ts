// Crash safety of `kg build`: kill the real process (SIGKILL) at several
// moments while it rebuilds a store, then reopen the store: it must hold
// either the old state or the new one, complete, never a mix or a torn file.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSearchIndex, openStore, verifyStore } from '@policy-kg/core';
import { afterAll, describe, expect, it } from 'vitest';
import { KG_BIN, runKg } from './kg.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kg-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Spawn `kg build`, SIGKILL it after `ms`; resolves with whether it was still running. */
function buildAndKill(args: string[], ms: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], { stdio: 'ignore' });
    let exited = false;
    const timer = setTimeout(() => {
      if (!exited) child.kill('SIGKILL');
    }, ms);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      exited = true;
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

/** The set of source file names a store lists (its "state"). */
async function state(dir: string): Promise<string> {
  const { manifest, store } = await openStore(dir);
  const { problems } = await verifyStore(dir);
  expect(problems).toEqual([]);
  expect(store.size).toBeGreaterThan(0);
  const index = await openSearchIndex(dir, manifest.search);
  expect(index?.loadReport.rebuilt).toBe(false);
  return manifest.sources.map((s) => s.path.split('/').pop()).join(',');
}

describe('kg build killed mid-write', () => {
  it('leaves the old or the new store, never a corrupt one', async () => {
    const files = readdirSync(CORPUS).sort();
    const oldDocs = join(work, 'old');
    const newDocs = join(work, 'new');
    for (const f of files.slice(0, 2)) cpSync(join(CORPUS, f), join(oldDocs, f));
    for (const f of files) cpSync(join(CORPUS, f), join(newDocs, f));
    const base = join(work, 'base');
    expect((await runKg(['build', oldDocs, '--store', base, '-q'])).code).toBe(0);
    const oldState = await state(base);

    // How long a full rebuild takes here, to spread the kills over it.
    const timed = join(work, 'timed');
    cpSync(base, timed, { recursive: true });
    const t0 = Date.now();
    expect((await runKg(['build', newDocs, '--store', timed, '--prune', '-q'])).code).toBe(0);
    const duration = Date.now() - t0;
    const newState = await state(timed);
    expect(newState).not.toBe(oldState);

    const seen = { old: 0, new: 0, killed: 0 };
    for (const fraction of [0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.97]) {
      const dir = join(work, `kill-${fraction}`);
      cpSync(base, dir, { recursive: true });
      const { killed } = await buildAndKill(['build', newDocs, '--store', dir, '--prune', '-q'], duration * fraction);
      if (killed) seen.killed++;
      const now = await state(dir);
      expect([oldState, newState]).toContain(now);
      if (now === oldState) seen.old++;
      else seen.new++;
      // A killed build leaves temporary files at most; the next build finishes and cleans them.
      expect((await runKg(['build', newDocs, '--store', dir, '--prune', '-q'])).code).toBe(0);
      expect(await state(dir)).toBe(newState);
      expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    }
    // The kills must have landed while the build ran (not all after it finished).
    expect(seen.killed).toBeGreaterThanOrEqual(4);
    console.log(`crash-safety: ${seen.killed} builds killed of 8; reopened as old ${seen.old}, new ${seen.new}`);
  });
});
