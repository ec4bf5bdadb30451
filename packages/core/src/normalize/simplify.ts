import { Locale, Trie } from 'opencc-js/t2cn';
import { type MappedText, MappedTextBuilder } from './text-map.js';

/**
 * Which Traditional standard the input follows; all convert to mainland
 * Simplified (`cn`). `tw`/`hk` convert characters and variant phrases only;
 * `twp`/`hkp` also swap regional vocabulary (記憶體 → 内存), which changes
 * lengths.
 */
export type TraditionalVariant = 'tw' | 'hk' | 'twp' | 'hkp';

const CONFIGS: Record<TraditionalVariant, string> = { tw: 'tw2s', hk: 'hk2s', twp: 'tw2sp', hkp: 'hk2sp' };

interface Tries {
  normalization: Trie[];
  segmentation: Trie;
  chain: Trie[];
  /** Traditional characters that have a different Simplified form (for detection). */
  traditional: Set<number>;
}

const tries = new Map<TraditionalVariant, Tries>();

interface PresetConfig {
  normalizationChain?: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
  segmentation: string | readonly string[];
  conversionChain: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
}

function load(variant: TraditionalVariant): Tries {
  const cached = tries.get(variant);
  if (cached) return cached;
  // The same dictionaries and order as opencc-js's own `tw2s` / `hk2s` converters.
  const config = Locale.configs[CONFIGS[variant]] as unknown as PresetConfig;
  const group = (g: PresetConfig['conversionChain'][number]): Trie => {
    const t = new Trie();
    t.loadDictGroup(g as never);
    return t;
  };
  const segmentation = new Trie();
  if (Array.isArray(config.segmentation)) segmentation.loadDictGroup(config.segmentation as never);
  else segmentation.loadDict(config.segmentation as never);
  const chain = config.conversionChain.map(group);
  const traditional = new Set<number>();
  const characters = config.conversionChain.at(-1)?.at(-1);
  if (typeof characters === 'string') {
    for (const entry of characters.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && from !== to) traditional.add(from.codePointAt(0) ?? 0);
    }
  }
  const loaded = { normalization: (config.normalizationChain ?? []).map(group), segmentation, chain, traditional };
  tries.set(variant, loaded);
  return loaded;
}

/** Share of Han characters with a distinct Simplified form above which a text is treated as Traditional. */
const TRADITIONAL_SHARE = 0.02;
/** …and at least this many of them, so a stray 著 or 乾 in Simplified text does not trigger conversion. */
const TRADITIONAL_MIN = 5;

/** Han characters examined to tell Traditional from Simplified text. */
const SAMPLE = 4000;

/**
 * Count Han characters (up to a sample of 4000) and those with a distinct Simplified form.
 *
 * @example
 * ```ts
 * traditionalShare('會議召開'); // { han: 4, traditional: 3 }
 * ```
 */
export function traditionalShare(
  text: string,
  variant: TraditionalVariant = 'tw',
): { han: number; traditional: number } {
  const { traditional } = load(variant);
  let han = 0;
  let count = 0;
  // A sample decides: the first SAMPLE Han characters are enough to tell the script.
  for (let i = 0; i < text.length && han < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (traditional.has(c)) count++;
    }
  }
  return { han, traditional: count };
}

/** True when the text is (mostly) Traditional Chinese. */
export function isTraditional(text: string, variant: TraditionalVariant = 'tw'): boolean {
  const { han, traditional } = traditionalShare(text, variant);
  return traditional >= TRADITIONAL_MIN && traditional / Math.max(1, han) >= TRADITIONAL_SHARE;
}

/**
 * Convert Traditional to Simplified Chinese (OpenCC `tw2s`/`hk2s`, phrase
 * level) while keeping the offset map: a phrase whose conversion changes
 * length maps every output unit to the whole input phrase.
 *
 * @example
 * ```ts
 * toSimplified(identityText('會議強調')).text; // '会议强调'
 * ```
 */
export function toSimplified(input: MappedText, options: { variant?: TraditionalVariant } = {}): MappedText {
  const { normalization, segmentation, chain } = load(options.variant ?? 'tw');
  let text = input;
  for (const trie of normalization) text = convertSegments(text, trie, [text.text.length]).text;
  // Phrases never cross the segmentation boundaries OpenCC computes first.
  let bounds: number[] = [];
  let at = 0;
  for (const segment of segmentation.segment(text.text)) {
    at += segment.length;
    bounds.push(at);
  }
  for (const trie of chain) {
    const next = convertSegments(text, trie, bounds);
    text = next.text;
    bounds = next.bounds;
  }
  return text;
}

function convertSegments(input: MappedText, trie: Trie, bounds: number[]): { text: MappedText; bounds: number[] } {
  const s = input.text;
  const out = new MappedTextBuilder(input);
  const outBounds: number[] = [];
  let segStart = 0;
  for (const segEnd of bounds) {
    const segment = s.slice(segStart, segEnd);
    let copyFrom = 0;
    for (let i = 0; i < segment.length; ) {
      const match = trie.matchPrefix(segment, i);
      if (match === null) {
        i += (segment.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      if (match.value !== segment.slice(i, match.end)) {
        out.copy(segStart + copyFrom, segStart + i);
        out.replace(match.value, segStart + i, segStart + match.end);
        copyFrom = match.end;
      }
      i = match.end;
    }
    out.copy(segStart + copyFrom, segEnd);
    outBounds.push(out.length);
    segStart = segEnd;
  }
  return { text: out.finish(), bounds: outBounds };
}
