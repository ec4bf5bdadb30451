import { describe, expect, it } from 'vitest';
import { DecodeError, KgError, ParseError, UsageError } from './errors.js';

describe('error classes', () => {
  it('carry a stable code, their class name and the cause they wrap', () => {
    const cause = new Error('bad byte');
    const error = new DecodeError('cannot decode a.txt: binary content', { file: 'a.txt', cause });
    expect(error).toBeInstanceOf(KgError);
    expect(error.code).toBe('KG_DECODE');
    expect(error.name).toBe('DecodeError');
    expect(error.file).toBe('a.txt');
    expect(error.cause).toBe(cause);
  });

  it('give parse errors a line, column and offset', () => {
    const error = new ParseError('SPARQL syntax error at line 3, column 12: expected "}"', {
      line: 3,
      column: 12,
      offset: 40,
    });
    expect([error.line, error.column, error.offset, error.code]).toEqual([3, 12, 40, 'KG_PARSE']);
  });

  it('let callers choose a more specific code', () => {
    expect(new UsageError('no store given', { code: 'KG_NO_STORE' }).code).toBe('KG_NO_STORE');
  });
});
