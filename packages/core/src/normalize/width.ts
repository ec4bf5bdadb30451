import { type MappedText, MappedTextBuilder } from './text-map.js';

const COMBINING = /^\p{M}$/u;
/**
 * Compatibility characters kept as they are: NFKC would turn the ellipsis …
 * into three full stops and circled list markers ① into bare digits that run
 * into the text (①加强 → 1加强). Neither is a width variant.
 */
function keepAsIs(cp: number): boolean {
  return (
    cp === 0x2026 || (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x3251 && cp <= 0x32bf)
  );
}
/** Zero-width and invisible format characters dropped outright (U+200B..U+200D, U+2060, U+FEFF, soft hyphen). */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/**
 * Fold widths and compatibility forms with NFKC (２０２３ → 2023, full-width
 * punctuation → ASCII, U+3000 → space), turn CRLF and CR into LF, tabs into
 * spaces, and drop invisible and control characters. Each base character is
 * normalized together with its combining marks; results are cached per code
 * point, so the step is linear.
 *
 * @example
 * ```ts
 * foldWidth(identityText('２０２３年\r\n')).text; // '2023年\n'
 * ```
 */
export function foldWidth(input: MappedText): MappedText {
  const text = input.text;
  const out = new MappedTextBuilder(input);
  const cache = new Map<string, string>();
  let run = 0; // start of a run of units copied unchanged
  const flush = (to: number): void => {
    out.copy(run, to);
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x0d) {
        flush(i);
        const end = text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
        out.replace('\n', i, end);
        i = end;
        run = i;
      } else if (c === 0x09) {
        flush(i);
        out.replace(' ', i, i + 1);
        run = ++i;
      } else if (c < 0x20 && c !== 0x0a) {
        flush(i);
        run = ++i;
      } else i++;
      continue;
    }
    // Most characters (ideographs, CJK punctuation) are NFKC-stable on their own: one table lookup.
    if (isStable(c) && !mayCombine(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    let end = i + (cp > 0xffff ? 2 : 1);
    if (INVISIBLE.has(cp) || (cp >= 0x80 && cp < 0xa0)) {
      flush(i);
      run = i = end;
      continue;
    }
    while (end < text.length && mayCombine(text.charCodeAt(end))) {
      const next = text.codePointAt(end) ?? 0;
      if (!COMBINING.test(String.fromCodePoint(next))) break;
      end += next > 0xffff ? 2 : 1;
    }
    if (keepAsIs(cp)) {
      i = end;
      continue;
    }
    const cluster = text.slice(i, end);
    let folded = cache.get(cluster);
    if (folded === undefined) {
      folded = cluster.normalize('NFKC');
      cache.set(cluster, folded);
    }
    if (folded !== cluster) {
      flush(i);
      out.replace(folded, i, end);
      run = end;
    }
    i = end;
  }
  flush(text.length);
  return out.finish();
}

/** Cheap pre-check: could this UTF-16 unit start a combining mark? (Han and ASCII never do.) */
function mayCombine(unit: number): boolean {
  return unit >= 0x300 && !(unit >= 0x3400 && unit <= 0x9fff);
}

/** BMP code units known to be NFKC-stable (1) or not (2); 0 = not yet looked up. */
const STABLE = new Uint8Array(0x10000);

function isStable(unit: number): boolean {
  let known = STABLE[unit] ?? 0;
  if (known === 0) {
    const stable =
      !(unit >= 0xd800 && unit <= 0xdfff) &&
      !(unit >= 0x80 && unit < 0xa0) &&
      !keepAsIs(unit) &&
      !INVISIBLE.has(unit) &&
      !COMBINING.test(String.fromCharCode(unit)) &&
      String.fromCharCode(unit).normalize('NFKC') === String.fromCharCode(unit);
    known = stable ? 1 : 2;
    STABLE[unit] = known;
  }
  return known === 1;
}
