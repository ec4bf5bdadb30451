import type { Doc } from '../segment/index.js';
import type { PolicyKind, PolicyMention } from './types.js';

/** Fields of {@link policyMention}: the span in the (compact) text, the name and how it was found. */
export interface PolicyFields {
  start: number;
  end: number;
  /** The name without quotation marks or 《》. */
  name: string;
  kind: PolicyKind;
  /** The rule that produced it (`policy/head-noun`). */
  rule: string;
}

/**
 * A policy mention over `doc.text` from `start` to `end`.
 *
 * @example policyMention(doc, { start: 2, end: 10, name: '医药卫生体制改革', kind: 'reform', rule: 'policy/head-noun' })
 */
export function policyMention(doc: Doc, fields: PolicyFields): PolicyMention {
  const { start, end, name, kind, rule } = fields;
  return { kind: 'policy', span: { start, end }, text: doc.text.slice(start, end), rule, name, policyKind: kind };
}
