/** A half-open range `[start, end)`; the unit is given by where it is used. */
export interface Range {
  start: number;
  end: number;
}

/** One range of the original file in every unit (structurally `OriginSpan` of segment/types.ts). */
export interface OriginLocation {
  /** Code points into the decoded original text. */
  chars: Range;
  /** UTF-16 units into the decoded original text. */
  utf16: Range;
  /** Bytes into the raw file (a byte-order mark counts). */
  bytes: Range;
  /** The original text of the range. */
  quote: string;
}

/**
 * The decoded original text of a file, able to turn UTF-16 ranges into code
 * point and byte ranges. The prefix tables are built on the first request and
 * kept, so a file that is never located costs nothing extra.
 */
export class OriginText {
  private codePointPrefix: Int32Array | undefined;
  private bytePrefixTable: Int32Array | undefined;

  /**
   * @param text - the decoded text, without a byte-order mark
   * @param bytePrefix - builds `table[u]` = byte offset in the raw file of UTF-16 unit `u`, for `u` in `0..text.length`
   */
  constructor(
    readonly text: string,
    private readonly bytePrefix: () => Int32Array,
  ) {}

  /**
   * Locate the original range `[start, end)` (UTF-16 units), widened to whole
   * code points so a quote never holds half a surrogate pair.
   *
   * @example
   * ```ts
   * new OriginText('a𠮷', utf8BytePrefix('a𠮷')).locate(1, 2); // chars 1..2, utf16 1..3, bytes 1..5
   * ```
   */
  locate(start: number, end: number): OriginLocation {
    const text = this.text;
    let s = Math.max(0, Math.min(start, text.length));
    let e = Math.max(s, Math.min(end, text.length));
    if (s > 0 && s < text.length && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
    if (e > 0 && e < text.length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e++;
    const cps = this.codePoints();
    const bytes = this.bytes();
    return {
      chars: { start: cps[s] ?? 0, end: cps[e] ?? 0 },
      utf16: { start: s, end: e },
      bytes: { start: bytes[s] ?? 0, end: bytes[e] ?? 0 },
      quote: text.slice(s, e),
    };
  }

  private codePoints(): Int32Array {
    if (this.codePointPrefix) return this.codePointPrefix;
    const text = this.text;
    const table = new Int32Array(text.length + 1);
    let count = 0;
    for (let u = 0; u < text.length; u++) {
      table[u] = count;
      // The low half of a pair does not start a code point.
      if (!(isLowSurrogate(text.charCodeAt(u)) && u > 0 && isHighSurrogate(text.charCodeAt(u - 1)))) count++;
      else table[u] = count - 1;
    }
    table[text.length] = count;
    this.codePointPrefix = table;
    return table;
  }

  private bytes(): Int32Array {
    this.bytePrefixTable ??= this.bytePrefix();
    return this.bytePrefixTable;
  }
}

/** True for U+D800..U+DBFF. */
export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** True for U+DC00..U+DFFF. */
export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
