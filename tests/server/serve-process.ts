import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KG_BIN, runKg } from '../e2e/kg.js';

/** The five example documents. */
export const CORPUS = fileURLToPath(new URL('../../examples/corpus', import.meta.url));

/** Build the example corpus into a fresh temporary store with the real `kg build`. */
export async function buildCorpusStore(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kg-serve-'));
  const dir = join(root, 'store');
  const run = await runKg(['build', CORPUS, '--store', dir, '--quiet']);
  if (run.code !== 0) throw new Error(`kg build failed (${run.code}): ${run.stderr}`);
  return { dir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** A running `kg serve` child process. */
export interface ServeProcess {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  child: ChildProcess;
  stderr: () => string;
  /** SIGTERM, then wait for the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Spawn `kg serve --store DIR --port 0` (the OS picks a free port) on
 * 127.0.0.1 and wait for its "on http://…" line.
 */
export function startServe(store: string, extra: string[] = []): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG_BIN, 'serve', '--store', store, '--port', '0', ...extra], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`kg serve did not start within 60 s: ${err}`));
    }, 60_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          origin: m[1],
          child,
          stderr: () => err,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited with ${code}: ${err}`));
    });
  });
}
