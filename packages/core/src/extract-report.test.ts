import { describe, expect, it } from 'vitest';
import { makeTestDoc } from './extract/test-doc.js';
import { buildExtractionReport } from './extract-report.js';

describe('buildExtractionReport', () => {
  it('merges the texts of one file: one official per name, statements and meetings per text', () => {
    const a = makeTestDoc('3月2日,全市卫生健康工作会议召开。市卫健委主任韩立平作工作报告。', { name: 'f.txt' });
    const b = makeTestDoc('韩立平主任强调,要坚持“两个维护”。会议由副主任魏东主持。', { name: 'f.txt' });
    const report = buildExtractionReport([a, b]);
    expect(report.doc).toBe('f.txt');
    expect(report.officials.map((o) => o.name)).toEqual(['韩立平', '魏东']);
    expect(report.statements.map((s) => `${s.speaker}:${s.verb}`)).toEqual([
      '韩立平:作工作报告',
      '韩立平:强调',
      '魏东:主持',
    ]);
    expect(report.slogans).toEqual([{ text: '两个维护', numbered: true, ambiguous: true }]);
    expect(report.meetings.map((m) => [m.name, m.chair, m.reporters])).toEqual([
      ['全市卫生健康工作会议', null, ['韩立平']],
    ]);
  });

  it('gives an empty report for a file without texts', () => {
    const report = buildExtractionReport([]);
    expect(report.officials).toEqual([]);
    expect(report.statements).toEqual([]);
  });
});
