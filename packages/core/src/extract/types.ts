import type { Doc, Span } from '../segment/index.js';

/** The kinds of things extractors find. */
export type MentionKind =
  | 'official'
  | 'institution'
  | 'place'
  | 'policy'
  | 'slogan'
  | 'indicator'
  | 'meeting'
  | 'statement';

/**
 * What every extractor yields: a typed span of `Doc.text` plus the id of the
 * rule that produced it (recorded as PROV in the graph). Kind-specific fields
 * live in the per-kind interfaces that extend this one.
 */
export interface MentionBase<K extends MentionKind = MentionKind> {
  kind: K;
  /** Span in the normalized text of the doc. */
  span: Span;
  /** `doc.text.slice(span.start, span.end)`. */
  text: string;
  /** Id of the rule or component that produced it, e.g. `official/title-name`. */
  rule: string;
}

/** The one contract all extractors share (see STYLE.md). */
export type Extractor<M extends MentionBase = MentionBase> = (doc: Doc) => Iterable<M>;
