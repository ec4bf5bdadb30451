import type { PageMeta } from './chrome.js';
import type { NormalizeDiagnostic } from './diagnostics.js';
import { type LayoutOptions, layoutLines } from './layout.js';
import { removePinyinRuby } from './ruby.js';
import { isTraditional, type TraditionalVariant, toSimplified } from './simplify.js';
import { identityText, type MappedText } from './text-map.js';
import { foldWidth } from './width.js';

export interface NormalizeOptions extends LayoutOptions {
  /** Convert Traditional to Simplified: `'auto'` detects Traditional text. Default `'auto'`. */
  simplify?: boolean | 'auto';
  /** Traditional standard of the input. Default `'tw'`. */
  variant?: TraditionalVariant;
}

/** The normalized text of a whole file, mapped back to its decoded original. */
export interface NormalizedText {
  /** One paragraph per line; NFKC, Simplified, chrome removed, PDF damage repaired. */
  text: MappedText;
  page: PageMeta;
  /** Which steps changed something. */
  steps: { width: boolean; ruby: number; simplified: boolean; pdf: boolean; chrome: number };
  diagnostics: NormalizeDiagnostic[];
}

/**
 * Normalize a decoded text for extraction. The original is never modified:
 * the result carries, for each UTF-16 unit, the range of the original it
 * came from. Order matters: width folding first (full-width parentheses
 * become ASCII for ruby), ruby before Traditional→Simplified (readings would
 * split phrases), conversion before chrome removal (so 來源 reads as 来源).
 *
 * @example
 * ```ts
 * normalizeText('2022年全國(guó)衛(wèi)生健康工作會(huì)議').text.text; // '2022年全国卫生健康工作会议'
 * ```
 */
export function normalizeText(original: string, options: NormalizeOptions = {}): NormalizedText {
  const diagnostics: NormalizeDiagnostic[] = [];
  const start = identityText(original);
  const folded = foldWidth(start);
  const ruby = removePinyinRuby(folded);
  if (ruby.removed > 0) {
    diagnostics.push({
      code: 'KG_RUBY_REMOVED',
      severity: 'info',
      message: `removed ${ruby.removed} pinyin reading(s) printed after Han characters`,
    });
  }
  const variant = options.variant ?? 'tw';
  const convert =
    options.simplify === 'auto' || options.simplify === undefined
      ? isTraditional(ruby.text.text, variant)
      : options.simplify;
  const simplified = convert ? toSimplified(ruby.text, { variant }) : ruby.text;
  if (convert) {
    diagnostics.push({
      code: 'KG_TRADITIONAL',
      severity: 'info',
      message: 'converted Traditional Chinese to Simplified',
    });
  }
  const layout = layoutLines(simplified, options);
  diagnostics.push(...layout.diagnostics);
  const chrome = Object.values(layout.removed).reduce((a, b) => a + (b ?? 0), 0);
  return {
    text: layout.text,
    page: layout.page,
    steps: { width: folded.text !== original, ruby: ruby.removed, simplified: convert, pdf: layout.pdf, chrome },
    diagnostics,
  };
}
