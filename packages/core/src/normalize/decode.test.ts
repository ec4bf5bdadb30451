import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, UsageError } from '../errors.js';
import { decodeBytes } from './decode.js';

const SIMPLIFIED = '今天召开全县卫生健康工作会议,主要任务是总结2019年度卫生健康工作,部署2020年度工作任务。';
const TRADITIONAL = '今天召開全縣衛生健康工作會議,主要任務是總結2019年度衛生健康工作,部署2020年度工作任務。';

function bytesOf(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function check(decoded: ReturnType<typeof decodeBytes>, raw: Uint8Array, encoding: string): void {
  // Byte offsets of every character re-encode to the raw bytes.
  const table = decoded.bytePrefix();
  expect(table[decoded.text.length]).toBe(raw.length);
  for (let u = 0; u < decoded.text.length; ) {
    const char = String.fromCodePoint(decoded.text.codePointAt(u) ?? 0);
    const slice = raw.subarray(table[u], table[u + char.length]);
    expect(iconv.decode(Buffer.from(slice), encoding)).toBe(char);
    u += char.length;
  }
}

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without a BOM, offsets counting the BOM', () => {
    const plain = new TextEncoder().encode(SIMPLIFIED);
    expect(decodeBytes(plain, { name: 'a.txt' })).toMatchObject({ text: SIMPLIFIED, encoding: 'UTF-8', bomLength: 0 });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const decoded = decodeBytes(bom, { name: 'b.txt' });
    expect(decoded).toMatchObject({ text: SIMPLIFIED, encoding: 'UTF-8', bomLength: 3 });
    expect(decoded.bytePrefix()[0]).toBe(3);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const text = `𠮷${SIMPLIFIED}`;
    const le = new Uint8Array([0xff, 0xfe, ...bytesOf(text, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...bytesOf(text, 'utf-16be')]);
    const a = decodeBytes(le, { name: 'le.txt' });
    const b = decodeBytes(be, { name: 'be.txt' });
    expect(a).toMatchObject({ text, encoding: 'UTF-16LE', bomLength: 2 });
    expect(b).toMatchObject({ text, encoding: 'UTF-16BE', bomLength: 2 });
    expect(a.bytePrefix()[2]).toBe(6);
  });

  it('recognises UTF-16 without a byte-order mark by where its NUL bytes fall', () => {
    const text = `2023年${SIMPLIFIED}`;
    const le = decodeBytes(bytesOf(text, 'utf-16le'), { name: 'le.txt' });
    expect(le).toMatchObject({ text, encoding: 'UTF-16LE', bomLength: 0 });
    expect(le.diagnostics.map((d) => d.code)).toEqual(['KG_ENCODING_GUESSED']);
    expect(decodeBytes(bytesOf(text, 'utf-16be'), { name: 'be.txt' })).toMatchObject({ text, encoding: 'UTF-16BE' });
  });

  it('detects GB18030 and maps every character to its bytes', () => {
    const raw = bytesOf(`${SIMPLIFIED}𠮷`, 'gb18030');
    const decoded = decodeBytes(raw, { name: 'gb.txt' });
    expect(decoded).toMatchObject({ text: `${SIMPLIFIED}𠮷`, encoding: 'GB18030' });
    check(decoded, raw, 'gb18030');
  });

  it('detects Big5', () => {
    const raw = bytesOf(TRADITIONAL, 'big5');
    const decoded = decodeBytes(raw, { name: 'big5.txt' });
    expect(decoded).toMatchObject({ text: TRADITIONAL, encoding: 'Big5' });
    check(decoded, raw, 'big5');
  });

  it('honours a forced encoding, and rejects an unknown one as a usage error', () => {
    const raw = bytesOf(SIMPLIFIED, 'gbk');
    expect(decodeBytes(raw, { name: 'g.txt', encoding: 'gbk' })).toMatchObject({
      text: SIMPLIFIED,
      encoding: 'GB18030',
    });
    expect(() => decodeBytes(raw, { name: 'g.txt', encoding: 'klingon-8' })).toThrow(UsageError);
    try {
      decodeBytes(raw, { name: 'g.txt', encoding: 'klingon-8' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'KG_UNKNOWN_ENCODING' });
      expect((error as Error).message).toBe(
        'Unknown encoding "klingon-8" for g.txt: use a name such as utf-8, gb18030, gbk, big5, utf-16le',
      );
    }
  });

  it('rejects a binary file with a DecodeError naming the file', () => {
    const raw = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    let error: unknown;
    try {
      decodeBytes(raw, { name: 'image.png' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ code: 'KG_BINARY', file: 'image.png' });
    expect((error as Error).message).toBe(
      'Cannot decode image.png: binary file (NUL byte at offset 8); expected a text file',
    );
  });

  it('rejects mostly invalid UTF-8 that is no known legacy encoding either', () => {
    const raw = new Uint8Array(200);
    for (let i = 0; i < raw.length; i++) raw[i] = i % 2 === 0 ? 0xc3 : 0x28; // lead byte + non-continuation, over and over
    expect(() => decodeBytes(raw, { name: 'bad.txt' })).toThrow(DecodeError);
    try {
      decodeBytes(raw, { name: 'bad.txt' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'KG_DECODE_INVALID', file: 'bad.txt' });
      expect((error as Error).message).toMatch(/^Cannot decode bad\.txt: not valid UTF-8 \(100 invalid sequences\)/);
    }
  });

  it('decodes UTF-8 with a few invalid bytes, replacing them and reporting a diagnostic', () => {
    const good = new TextEncoder().encode(SIMPLIFIED.repeat(5));
    const raw = new Uint8Array([...good.subarray(0, 30), 0xff, ...good.subarray(30)]);
    const decoded = decodeBytes(raw, { name: 'mostly.txt' });
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toContain('\ufffd');
    expect(decoded.diagnostics).toEqual([
      {
        code: 'KG_INVALID_BYTES',
        severity: 'warning',
        message: 'mostly.txt: 1 invalid UTF-8 sequence(s) replaced with U+FFFD',
      },
    ]);
    // Offsets after the bad byte still line up with the raw file.
    const table = decoded.bytePrefix();
    const at = decoded.text.indexOf('\ufffd');
    expect(table[at]).toBe(30);
    expect(table[at + 1]).toBe(31);
    expect(table[decoded.text.length]).toBe(raw.length);
  });

  it('decodes an empty file to an empty text', () => {
    expect(decodeBytes(new Uint8Array(0), { name: 'empty.txt' })).toMatchObject({ text: '', encoding: 'UTF-8' });
  });
});
