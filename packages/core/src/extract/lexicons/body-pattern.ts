import type { InstitutionType } from '../types.js';

/**
 * Short forms of a body, resolved against the document's own place:
 * `{p}` is the place (甘肃省 / 杭州市 / 沂南县). Keys are written after a level
 * prefix (省/市/县/区/州).
 */
export interface BodyPattern {
  /** Surface after the level prefix (卫健委, 卫生健康委, 委, 政府). */
  surface: string;
  /** Canonical template. */
  canonical: string;
  type: InstitutionType;
  /** Level prefixes this reading applies to (省法院 vs 市法院); all when absent. */
  levels?: string;
}
