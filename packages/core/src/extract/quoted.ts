import type { Doc } from '../segment/index.js';
import { LAW_SUFFIXES, NOT_LAW_SUFFIXES, POLICY_HEADS } from './lexicons/policies.js';
import type { PolicyKind } from './types.js';

/** A quoted term (“两个确立”, "两会") with what follows it. */
export interface QuotedTerm {
  /** Span of the text inside the quotes. */
  start: number;
  end: number;
  inner: string;
  /** A policy head noun right after the closing quote (“放管服”改革 → 改革). */
  headAfter?: readonly [string, PolicyKind];
}

/** Longest quoted text that still reads as a term, not a quotation of speech. */
const MAX_TERM = 20;

/**
 * Quoted short terms in both quote styles of the genre (“…” and "…").
 * Quotations of speech (long, or holding a full stop or comma) are skipped.
 */
export function* quotedTerms(doc: Doc): Iterable<QuotedTerm> {
  const text = doc.text;
  const re = /“([^“”\n]{1,40})”|"([^"\n]{1,40})"/gu;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.length > MAX_TERM || /[。,;:!?]/u.test(inner) || inner.trim() === '') continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const q: QuotedTerm = { start, end, inner };
    const after = end + 1;
    const head = POLICY_HEADS.filter(([h]) => text.startsWith(h, after)).sort((a, b) => b[0].length - a[0].length)[0];
    if (head) q.headAfter = head;
    yield q;
  }
}

/** The policy kind of a name by its head noun, if it has one. */
export function policyKindOf(name: string): PolicyKind | undefined {
  if (isLawName(name)) return 'law';
  const head = POLICY_HEADS.filter(([h]) => name.endsWith(h)).sort((a, b) => b[0].length - a[0].length)[0];
  return head?.[1];
}

/** Whether a title names a law or regulation (…条例, …法), not a measure (…办法, …方法). */
export function isLawName(name: string): boolean {
  return LAW_SUFFIXES.some((s) => name.endsWith(s)) && !NOT_LAW_SUFFIXES.some((s) => name.endsWith(s));
}
