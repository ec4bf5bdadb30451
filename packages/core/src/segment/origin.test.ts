import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText } from './index.js';
import type { Doc } from './types.js';

const CORPUS = new URL('../../../../examples/corpus/', import.meta.url);
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** What a normalized character may be, given the original characters it came from. */
function isImageOf(char: string, quote: string): boolean {
  if (quote.includes(char)) return true;
  if (/^\s$/.test(char) && /^\s+$/.test(quote)) return true;
  const folded = quote.normalize('NFKC');
  return folded.includes(char) || toSimplified(folded).includes(char);
}

function checkSpan(doc: Doc, raw: Uint8Array, original: string, start: number, end: number): void {
  const loc = doc.origin.locate({ start, end });
  // UTF-16 range and quote agree with the decoded original.
  expect(loc.quote).toBe(original.slice(loc.utf16.start, loc.utf16.end));
  // Code points agree with an independent count.
  expect(loc.chars.start).toBe(Array.from(original.slice(0, loc.utf16.start)).length);
  expect(loc.chars.end - loc.chars.start).toBe(Array.from(loc.quote).length);
  // Bytes of the raw file decode to the quote.
  expect(new TextDecoder().decode(raw.subarray(loc.bytes.start, loc.bytes.end))).toBe(loc.quote);
  // Every normalized character is an image of its own original range, which lies inside the span's.
  for (let k = start; k < end; k++) {
    const one = doc.origin.locate({ start: k, end: k + 1 });
    expect(isImageOf(doc.text.charAt(k), one.quote), `char ${k} ${doc.text.charAt(k)} from ${one.quote}`).toBe(true);
    expect(one.utf16.start).toBeGreaterThanOrEqual(loc.utf16.start);
    expect(one.utf16.end).toBeLessThanOrEqual(loc.utf16.end);
  }
}

describe('origin.locate on the corpus', () => {
  for (const file of files) {
    it(`maps random normalized spans of ${file} back to the original characters they came from`, () => {
      const raw = new Uint8Array(readFileSync(new URL(file, CORPUS)));
      const original = new TextDecoder().decode(raw);
      const docs = ingestBytes(raw, { name: file });
      expect(docs.length).toBeGreaterThan(0);
      const spans = fc.integer({ min: 0, max: docs.length - 1 }).chain((d) => {
        const n = (docs[d] as Doc).text.length;
        return fc.tuple(fc.constant(d), fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: 40 }));
      });
      fc.assert(
        fc.property(spans, ([d, start, width]) => {
          const doc = docs[d] as Doc;
          checkSpan(doc, raw, original, start, Math.min(doc.text.length, start + width));
        }),
        { numRuns: 150, seed: 20260101 },
      );
    });
  }
});

describe('origin.locate on generated text', () => {
  const UNITS = [
    '𠮷',
    '\r\n',
    '\n',
    '２',
    '０',
    'Ａ',
    '會',
    '議',
    '(huì)',
    '(hui)',
    '(long)',
    '（kai）',
    '(lv4)',
    '召',
    '開',
    ' ',
    '\u3000',
    '。',
    'a',
    '“',
    '”',
    '國',
  ];

  it('keeps code points, UTF-16 and bytes consistent with 𠮷, CRLF, width folding and Traditional text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }), (units) => {
        const original = `${units.join('')}會議召開國家衛生`;
        const raw = new TextEncoder().encode(original);
        const docs = ingestBytes(raw, { name: 'gen.txt' });
        for (const doc of docs) checkSpan(doc, raw, original, 0, doc.text.length);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('locates 𠮷 as two UTF-16 units, one code point and four bytes', () => {
    const original = 'a𠮷b\r\n第二行。';
    const [doc] = ingestBytes(new TextEncoder().encode(original), { name: 'x.txt' });
    expect(doc?.text).toBe('a𠮷b\n第二行。');
    expect(doc?.origin.locate({ start: 1, end: 3 })).toEqual({
      chars: { start: 1, end: 2 },
      utf16: { start: 1, end: 3 },
      bytes: { start: 1, end: 5 },
      quote: '𠮷',
    });
    // Half a surrogate pair widens to the whole character.
    expect(doc?.origin.locate({ start: 2, end: 3 }).quote).toBe('𠮷');
    // The LF of the normalized text came from CRLF.
    expect(doc?.origin.locate({ start: 4, end: 5 })).toMatchObject({ quote: '\r\n', bytes: { start: 6, end: 8 } });
  });

  it('clamps spans outside the text', () => {
    const [doc] = ingestText('会议召开。');
    expect(doc?.origin.locate({ start: -5, end: 100 }).quote).toBe('会议召开。');
    expect(doc?.origin.locate({ start: 3, end: 3 }).quote).toBe('');
  });
});

describe('ingestText on arbitrary Unicode', () => {
  it('never throws, and every normalized character maps into the original text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (a, b) => {
          const original = `${a}\n${b}`;
          for (const doc of ingestText(original)) {
            for (let k = 0; k < doc.text.length; k++) {
              const loc = doc.origin.locate({ start: k, end: k + 1 });
              expect(loc.quote).toBe(original.slice(loc.utf16.start, loc.utf16.end));
              expect(loc.utf16.end).toBeGreaterThan(loc.utf16.start);
            }
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
