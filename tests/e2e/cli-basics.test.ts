import { describe, expect, it } from 'vitest';
import { runKg } from './kg.js';

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
});
