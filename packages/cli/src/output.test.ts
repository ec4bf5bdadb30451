import { Writable } from 'node:stream';
import { UsageError } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { resolveFormat, writeRows } from './output.js';

function captureIo(isTTY: boolean): { io: Io; out: () => string } {
  let buffer = '';
  const out = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        buffer += String(chunk);
        done();
      },
    }),
    { isTTY },
  );
  return { io: { out, err: out }, out: () => buffer };
}

const rows = [
  { speaker: '王明', verb: '指出', text: '要坚持"人民至上",统筹发展' },
  { speaker: '李华', verb: '强调', text: null },
];
const columns = ['speaker', 'verb', 'text'];

describe('row output', () => {
  it('defaults to a table on a TTY and JSON Lines when piped', () => {
    expect(resolveFormat({}, captureIo(true).io)).toBe('table');
    expect(resolveFormat({}, captureIo(false).io)).toBe('jsonl');
    expect(resolveFormat({ json: true }, captureIo(true).io)).toBe('json');
  });

  it('rejects an unknown format with a usage error naming the choices', () => {
    expect(() => resolveFormat({ format: 'yaml' }, captureIo(false).io)).toThrow(UsageError);
    expect(() => resolveFormat({ format: 'yaml' }, captureIo(false).io)).toThrow(/expected one of table, json/);
  });

  it('quotes CSV fields holding commas and quotes, and leaves empty cells for nulls', () => {
    const { io, out } = captureIo(false);
    writeRows(io, rows, { columns, format: 'csv' });
    expect(out().split('\r\n')).toEqual([
      'speaker,verb,text',
      '王明,指出,"要坚持""人民至上"",统筹发展"',
      '李华,强调,',
      '',
    ]);
  });

  it('writes one JSON object per line for jsonl', () => {
    const { io, out } = captureIo(false);
    writeRows(io, rows, { columns, format: 'jsonl' });
    expect(
      out()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).speaker),
    ).toEqual(['王明', '李华']);
  });

  it('draws tables without ANSI escapes, even for CJK text', () => {
    const { io, out } = captureIo(false);
    writeRows(io, rows, { columns, format: 'table' });
    expect(out()).toContain('王明');
    expect(out()).not.toContain(String.fromCharCode(27));
  });
});
