import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';

describe('kg extract', () => {
  it('writes one report per file and skips a bad file with a message on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-extract-in-'));
    const out = mkdtempSync(join(tmpdir(), 'kg-extract-out-'));
    writeFileSync(
      join(dir, 'meeting.txt'),
      '全市卫生健康工作会议召开\n3月2日,全市卫生健康工作会议召开。市卫健委主任韩立平作工作报告。会议强调,要坚持“两个维护”。\n',
    );
    const run = await runKg(['extract', join(dir, 'meeting.txt'), join(dir, 'missing.txt'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.txt');
    expect(readdirSync(out)).toEqual(['meeting.json']);
    const report = JSON.parse(readFileSync(join(out, 'meeting.json'), 'utf8'));
    expect(report.doc).toBe('meeting.txt');
    expect(report.officials.map((o: { name: string }) => o.name)).toEqual(['韩立平']);
    expect(report.slogans.map((s: { text: string }) => s.text)).toEqual(['两个维护']);
    expect(report.statements.map((s: { speaker: string; verb: string }) => `${s.speaker}:${s.verb}`)).toEqual([
      '韩立平:作工作报告',
      '会议:强调',
    ]);
  });
});
