import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KG_BIN, runKg } from './kg.js';

describe('kg entry point', () => {
  it('prints its help on stdout and nothing on stderr', async () => {
    const run = await runKg(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kg /);
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stderr).toBe('');
  });

  it('exits with code 2 and a one-line message for an unknown option', async () => {
    const run = await runKg(['--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--no-such-option'");
    expect(run.stdout).toBe('');
  });

  it('stops quietly when the reader closes the pipe early (kg … | head)', async () => {
    const child = spawn(process.execPath, [KG_BIN, 'extract', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before kg writes a byte: every write gets EPIPE
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
