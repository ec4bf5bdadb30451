import iconv from 'iconv-lite';

/**
 * Byte offset of each UTF-16 unit, walking the bytes with the WHATWG UTF-8
 * decoder's rules (the ones `TextDecoder` follows), so replaced sequences
 * still line up with the raw file.
 */
export function utf8BytePrefix(body: Uint8Array, textLength: number, offset: number): Int32Array {
  const table = new Int32Array(textLength + 1);
  let unit = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const emit = (units: number, from: number): void => {
    for (let k = 0; k < units && unit < textLength; k++) table[unit++] = offset + from;
  };
  for (let i = 0; i < body.length; i++) {
    const b = body[i] ?? 0;
    if (needed === 0) {
      start = i;
      if (b <= 0x7f) emit(1, i);
      else if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else emit(1, i);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one replacement character; re-read this byte.
      emit(1, start);
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen++;
    if (seen === needed) {
      emit(needed === 3 ? 2 : 1, start);
      needed = 0;
      seen = 0;
    }
  }
  if (needed !== 0) emit(1, start);
  while (unit < textLength) table[unit++] = offset + body.length;
  table[textLength] = offset + body.length;
  return table;
}

/** Byte offsets for a legacy multi-byte encoding: each code point re-encoded once (cached). */
export function legacyBytePrefix(text: string, encoding: string): Int32Array {
  const table = new Int32Array(text.length + 1);
  const cache = new Map<number, number>();
  let offset = 0;
  for (let u = 0; u < text.length; ) {
    const cp = text.codePointAt(u) ?? 0;
    const units = cp > 0xffff ? 2 : 1;
    let length = cp < 0x80 ? 1 : cache.get(cp);
    if (length === undefined) {
      length = iconv.encode(String.fromCodePoint(cp), encoding).length;
      cache.set(cp, length);
    }
    for (let k = 0; k < units; k++) table[u + k] = offset;
    offset += length;
    u += units;
  }
  table[text.length] = offset;
  return table;
}
