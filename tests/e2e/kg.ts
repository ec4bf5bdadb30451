import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Absolute path of the `kg` launcher (runs the built CLI in packages/cli/dist). */
export const KG_BIN = fileURLToPath(new URL('../../packages/cli/bin/kg.js', import.meta.url));

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawn the real `kg` binary, as a user would, and collect its output. */
export function runKg(
  args: string[],
  options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
