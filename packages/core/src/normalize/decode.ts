import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { DecodeError, UsageError } from '../errors.js';
import { legacyBytePrefix, utf8BytePrefix } from './byte-offsets.js';
import type { NormalizeDiagnostic } from './diagnostics.js';

/** A decoded file: the text, how it was decoded, and a way back to byte offsets. */
export interface DecodedText {
  /** The decoded text without a byte-order mark. */
  text: string;
  /** Canonical encoding name: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`, `Big5`, or what the caller forced. */
  encoding: string;
  /** Bytes of byte-order mark skipped before the text (0, 2 or 3). */
  bomLength: number;
  /** Builds the byte offset of every UTF-16 unit of `text` (length `text.length + 1`). */
  bytePrefix: () => Int32Array;
  diagnostics: NormalizeDiagnostic[];
}

export interface DecodeOptions {
  /** File name used in error messages. */
  name: string;
  /** Force an encoding (any name iconv-lite knows, e.g. `gbk`, `big5`, `utf-16le`); default: detect. */
  encoding?: string;
}

/** Share of bytes that are NUL or other control characters above which a file is binary. */
const MAX_CONTROL_RATE = 0.1;
/** Share of replaced (undecodable) characters among non-ASCII ones above which decoding has failed. */
const MAX_REPLACED_RATE = 0.05;
/** Legacy encodings we accept from detection; everything else is reported. */
const LEGACY = new Map([
  ['GB18030', 'GB18030'],
  ['GBK', 'GB18030'],
  ['GB2312', 'GB18030'],
  ['Big5', 'Big5'],
]);

/**
 * Decode the raw bytes of a text file. UTF-8 (with or without BOM) and UTF-16
 * with a BOM are recognised directly; other input goes through chardet, and
 * GB18030/GBK and Big5 are decoded with iconv-lite. Binary input (NUL bytes,
 * control characters) and input that decodes to mostly replacement
 * characters throw a {@link DecodeError} naming the file.
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), { name: 'a.txt' }).text; // 'a'
 * ```
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  if (options.encoding !== undefined) return decodeForced(bytes, options.encoding, options.name);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes, 3, options.name);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'UTF-16LE', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'UTF-16BE', 2);
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const decoded = decodeUtf16(bytes, utf16, 0);
    decoded.diagnostics.push({
      code: 'KG_ENCODING_GUESSED',
      severity: 'info',
      message: `${options.name}: no byte-order mark; decoded as ${utf16}, the byte order that gives printable text`,
    });
    return decoded;
  }
  rejectBinary(bytes, options.name);
  const utf8 = decodeUtf8Lenient(bytes, 0);
  if (utf8.replaced === 0) return utf8.decoded;
  const nonAscii = countNonAscii(utf8.decoded.text);
  const utf8Rate = utf8.replaced / Math.max(1, nonAscii);
  const legacy = decodeLegacy(bytes);
  if (
    legacy &&
    legacy.replaced / Math.max(1, countNonAscii(legacy.decoded.text)) < Math.min(utf8Rate, MAX_REPLACED_RATE)
  ) {
    return legacy.decoded;
  }
  if (utf8Rate <= MAX_REPLACED_RATE) {
    utf8.decoded.diagnostics.push({
      code: 'KG_INVALID_BYTES',
      severity: 'warning',
      message: `${options.name}: ${utf8.replaced} invalid UTF-8 sequence(s) replaced with U+FFFD`,
    });
    return utf8.decoded;
  }
  throw new DecodeError(
    `Cannot decode ${options.name}: not valid UTF-8 (${utf8.replaced} invalid sequences) and not recognisable as GB18030 or Big5; pass --encoding if you know it`,
    { file: options.name, code: 'KG_DECODE_INVALID' },
  );
}

function decodeForced(bytes: Uint8Array, encoding: string, name: string): DecodedText {
  if (!iconv.encodingExists(encoding)) {
    throw new UsageError(
      `Unknown encoding "${encoding}" for ${name}: use a name such as utf-8, gb18030, gbk, big5, utf-16le`,
      {
        code: 'KG_UNKNOWN_ENCODING',
      },
    );
  }
  const canonical = canonicalName(encoding);
  if (canonical === 'UTF-8') {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return decodeUtf8(bytes, bom, name);
  }
  if (canonical === 'UTF-16LE' || canonical === 'UTF-16BE') {
    const bom = (
      canonical === 'UTF-16LE'
        ? bytes[0] === 0xff && bytes[1] === 0xfe
        : bytes[0] === 0xfe && bytes[1] === 0xff
    )
      ? 2
      : 0;
    return decodeUtf16(bytes, canonical, bom);
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
  return legacyResult(text, canonical, encoding);
}

function canonicalName(encoding: string): string {
  const key = encoding.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === 'utf8') return 'UTF-8';
  if (key === 'utf16le' || key === 'utf16' || key === 'ucs2') return 'UTF-16LE';
  if (key === 'utf16be') return 'UTF-16BE';
  if (key === 'gb18030' || key === 'gbk' || key === 'gb2312' || key === 'cp936') return 'GB18030';
  if (key === 'big5' || key === 'big5hkscs' || key === 'cp950') return 'Big5';
  return encoding;
}

function rejectBinary(bytes: Uint8Array, name: string): void {
  // Like git: a NUL in the first 8000 bytes of a file without a UTF-16 BOM means binary.
  const head = Math.min(bytes.length, 8000);
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0 && i < head) {
      throw new DecodeError(`Cannot decode ${name}: binary file (NUL byte at offset ${i}); expected a text file`, {
        file: name,
        code: 'KG_BINARY',
      });
    }
    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return, escape.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  if (bytes.length > 0 && controls / bytes.length > MAX_CONTROL_RATE) {
    throw new DecodeError(
      `Cannot decode ${name}: binary file (${controls} control bytes in ${bytes.length}); expected a text file`,
      { file: name, code: 'KG_BINARY' },
    );
  }
}

/**
 * UTF-16 without a byte-order mark: ASCII characters leave NUL bytes, which
 * send such a file down the binary path. Before calling it binary, decode it
 * both ways and accept the byte order whose text is printable (ASCII, CJK,
 * full-width forms): random binary decodes to code points all over the BMP.
 */
function sniffUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 4 || bytes.length % 2 === 1 || !bytes.includes(0)) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
    const text = iconv.decode(buffer, encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be');
    let printable = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (
        (c >= 0x20 && c < 0x7f) ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x09 ||
        (c >= 0x3000 && c <= 0x9fff) ||
        (c >= 0xff00 && c <= 0xffef)
      ) {
        printable++;
      }
    }
    if (printable >= text.length * 0.98) return encoding;
  }
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', bomLength: number): DecodedText {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.byteLength - bomLength);
  const text = iconv.decode(body, encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { stripBOM: false });
  const diagnostics: NormalizeDiagnostic[] = [];
  if (body.length % 2 === 1) {
    diagnostics.push({
      code: 'KG_INVALID_BYTES',
      severity: 'warning',
      message: `${encoding} input has an odd trailing byte`,
    });
  }
  return {
    text,
    encoding,
    bomLength,
    diagnostics,
    bytePrefix: () => {
      const table = new Int32Array(text.length + 1);
      for (let u = 0; u <= text.length; u++) table[u] = bomLength + 2 * u;
      return table;
    },
  };
}

function decodeUtf8(bytes: Uint8Array, bomLength: number, name: string): DecodedText {
  const result = decodeUtf8Lenient(bytes, bomLength);
  if (result.replaced > 0) {
    result.decoded.diagnostics.push({
      code: 'KG_INVALID_BYTES',
      severity: 'warning',
      message: `${name}: ${result.replaced} invalid UTF-8 sequence(s) replaced with U+FFFD`,
    });
  }
  return result.decoded;
}

function decodeUtf8Lenient(bytes: Uint8Array, bomLength: number): { decoded: DecodedText; replaced: number } {
  const body = bytes.subarray(bomLength);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  // Genuine U+FFFD characters in the input are not errors.
  const genuine = replaced > 0 ? countGenuineReplacement(body) : 0;
  return {
    decoded: {
      text,
      encoding: 'UTF-8',
      bomLength,
      diagnostics: [],
      bytePrefix: () => utf8BytePrefix(body, text.length, bomLength),
    },
    replaced: replaced - genuine,
  };
}

function countGenuineReplacement(body: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < body.length; i++) {
    if (body[i] === 0xef && body[i + 1] === 0xbf && body[i + 2] === 0xbd) count++;
  }
  return count;
}

function decodeLegacy(bytes: Uint8Array): { decoded: DecodedText; replaced: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const match of analyse(buffer)) {
    const canonical = LEGACY.get(match.name);
    if (canonical === undefined) continue;
    const text = iconv.decode(buffer, canonical, { stripBOM: true });
    let replaced = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
    return { decoded: legacyResult(text, canonical, canonical), replaced };
  }
  return undefined;
}

function legacyResult(text: string, canonical: string, iconvName: string): DecodedText {
  return {
    text,
    encoding: canonical,
    bomLength: 0,
    diagnostics: text.includes('\ufffd')
      ? [
          {
            code: 'KG_INVALID_BYTES',
            severity: 'warning',
            message: `undecodable ${canonical} sequences replaced with U+FFFD; byte offsets after them are approximate`,
          },
        ]
      : [],
    bytePrefix: () => legacyBytePrefix(text, iconvName),
  };
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) count++;
  return count;
}
