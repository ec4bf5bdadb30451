/**
 * A text together with, for every UTF-16 unit, the half-open range of the
 * original (decoded) text it came from. Every normalization step reads one
 * `MappedText` and writes another through a {@link MappedTextBuilder}, which
 * composes the ranges as it goes, so the map always points at the original
 * file no matter how many steps ran. Ranges are monotone: steps only copy,
 * replace or drop, never reorder.
 */
export interface MappedText {
  readonly text: string;
  /** `starts[i]`: first original UTF-16 unit of normalized unit `i`. */
  readonly starts: Int32Array;
  /** `ends[i]`: one past the last original UTF-16 unit of normalized unit `i`. */
  readonly ends: Int32Array;
  /** Length of the original text (for points past the end). */
  readonly originLength: number;
}

/**
 * The identity map over an original text.
 *
 * @example
 * ```ts
 * identityText('ab').ends; // Int32Array [1, 2]
 * ```
 */
export function identityText(text: string): MappedText {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends, originLength: n };
}

/** The original position of an empty span at normalized index `at`. */
export function originPoint(input: MappedText, at: number): number {
  const n = input.text.length;
  if (at < n) return input.starts[at] ?? 0;
  return n > 0 ? (input.ends[n - 1] ?? input.originLength) : 0;
}

/**
 * Builds the output of one normalization step. Output is kept as an array of
 * parts joined once at the end, and the map as growable typed arrays, so a
 * step is linear in the size of its input.
 *
 * @example
 * ```ts
 * const b = new MappedTextBuilder(identityText('a\r\nb'));
 * b.copy(0, 1); b.replace('\n', 1, 3); b.copy(3, 4);
 * b.finish().text; // 'a\nb', and '\n' maps back to '\r\n'
 * ```
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private size = 0;

  constructor(private readonly input: MappedText) {
    const capacity = input.text.length + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Number of UTF-16 units written so far. */
  get length(): number {
    return this.size;
  }

  /** Copy input units `[from, to)` unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.input.text.slice(from, to));
    this.reserve(to - from);
    this.starts.set(this.input.starts.subarray(from, to), this.size);
    this.ends.set(this.input.ends.subarray(from, to), this.size);
    this.size += to - from;
  }

  /**
   * Write `text` in place of input units `[from, to)`. When the lengths agree
   * the units map one to one (a character-for-character substitution);
   * otherwise every output unit maps to the whole input range (a phrase).
   */
  replace(text: string, from: number, to: number): void {
    const n = text.length;
    if (n === 0) return;
    this.parts.push(text);
    this.reserve(n);
    const { starts, ends } = this.input;
    if (n === to - from) {
      this.starts.set(starts.subarray(from, to), this.size);
      this.ends.set(ends.subarray(from, to), this.size);
    } else if (to > from) {
      this.starts.fill(starts[from] ?? 0, this.size, this.size + n);
      this.ends.fill(ends[to - 1] ?? 0, this.size, this.size + n);
    } else {
      const at = originPoint(this.input, from);
      this.starts.fill(at, this.size, this.size + n);
      this.ends.fill(at, this.size, this.size + n);
    }
    this.size += n;
  }

  /** The finished text and its map back to the original. */
  finish(): MappedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.size),
      ends: this.ends.slice(0, this.size),
      originLength: this.input.originLength,
    };
  }

  private reserve(extra: number): void {
    const need = this.size + extra;
    if (need <= this.starts.length) return;
    let capacity = this.starts.length * 2;
    while (capacity < need) capacity *= 2;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.size));
    ends.set(this.ends.subarray(0, this.size));
    this.starts = starts;
    this.ends = ends;
  }
}
