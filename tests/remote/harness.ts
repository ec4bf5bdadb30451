// Starts a private Virtuoso for a test file (scripts/virtuoso/virtuoso.sh) and stops it by PID
// afterwards: in afterAll, and on process exit if the run dies first.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/virtuoso/virtuoso.sh', import.meta.url).pathname;

/** What the harness writes to `$DIR/env`. */
export interface VirtuosoEnv {
  VT_SPARQL: string;
  VT_SPARQL_AUTH: string;
  VT_GSP_AUTH: string;
  VT_USER: string;
  VT_PASSWORD: string;
  VT_PID: string;
  VT_DIR: string;
}

/** A running instance. `stop` is idempotent. */
export interface Virtuoso {
  env: VirtuosoEnv;
  stop(): Promise<void>;
}

function hasVirtuoso(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure Virtuoso is installed (apt-get, as root). Resolves to a reason to
 * skip when it cannot be; in CI (`CI=true`) that is an error instead.
 */
export async function virtuosoAvailable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (hasVirtuoso()) return { ok: true };
  let reason: string;
  try {
    await run(SCRIPT, ['install'], { timeout: 300_000 });
    if (hasVirtuoso()) return { ok: true };
    reason = 'virtuoso-t still missing after install';
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? String(err);
    reason = `Virtuoso 7 is not installed and could not be installed (${stderr.trim().split('\n').at(-1)})`;
  }
  if (process.env.CI === 'true') throw new Error(`CI=true but ${reason}; .ci/run installs it first`);
  return { ok: false, reason };
}

function parseEnv(text: string): VirtuosoEnv {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env as unknown as VirtuosoEnv;
}

/** Starts a private instance in a fresh temporary directory (about 6–15 s). */
export async function startVirtuoso(options: { maxRows?: number; buffers?: number } = {}): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-virtuoso-'));
  let stopped = false;
  const stopSync = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      execFileSync(SCRIPT, ['stop', dir], { stdio: 'ignore', timeout: 40_000 });
    } catch {
      // Best effort at exit.
    }
  };
  process.once('exit', stopSync);
  try {
    const env = {
      ...process.env,
      VT_OWNER_PID: String(process.pid),
      ...(options.maxRows ? { VT_MAX_ROWS: String(options.maxRows) } : {}),
      ...(options.buffers
        ? { VT_BUFFERS: String(options.buffers), VT_DIRTY_BUFFERS: String(Math.round(options.buffers * 0.75)) }
        : {}),
    };
    await run(SCRIPT, ['start', dir], { timeout: 120_000, env });
  } catch (err) {
    stopSync();
    throw new Error(`could not start Virtuoso: ${(err as { stderr?: string }).stderr ?? String(err)}`);
  }
  const env = parseEnv(readFileSync(join(dir, 'env'), 'utf8'));
  return {
    env,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', stopSync);
      await run(SCRIPT, ['stop', dir], { timeout: 40_000 });
    },
  };
}
