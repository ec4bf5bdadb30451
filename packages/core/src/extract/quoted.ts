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
    const formula = isParallelFormula(inner);
    if (!formula && (inner.length > MAX_TERM || /[。,;:!?]/u.test(inner) || inner.trim() === '')) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const q: QuotedTerm = { start, end, inner };
    const after = end + 1;
    const head = POLICY_HEADS.filter(([h]) => text.startsWith(h, after)).sort((a, b) => b[0].length - a[0].length)[0];
    if (head) q.headAfter = head;
    yield q;
  }
}

/**
 * A quoted formula of parallel short phrases split by commas (三加强,三提升;
 * 政府领导,部门配合,社区参与; 讲政治、有信念,讲大局、有担当), unlike a quoted
 * sentence: two or more Han phrases of 2–8 characters and nearly equal length.
 *
 * @example isParallelFormula('守初心,担使命') // true
 */
export function isParallelFormula(inner: string): boolean {
  const parts = inner.split(',');
  if (parts.length < 2 || inner.length > 40) return false;
  if (!parts.every((p) => /^[\p{Script=Han}、]{2,8}$/u.test(p))) return false;
  const lengths = parts.map((p) => p.length);
  return Math.max(...lengths) - Math.min(...lengths) <= 2;
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
