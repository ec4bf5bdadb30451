import type { MentionBase } from './types.js';

/**
 * Overlap policy "longest wins, then earliest": of mentions whose spans
 * overlap, keep the longest (国务院办公厅 over 国务院); ties keep the first
 * produced. Mentions with empty alias-less spans (split coordinated lists)
 * take part like any other. Output is sorted by start offset.
 */
export function resolveOverlaps<M extends MentionBase>(mentions: readonly M[]): M[] {
  const ranked = mentions
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.span.end - b.m.span.start - (a.m.span.end - a.m.span.start) || a.i - b.i);
  const kept: M[] = [];
  for (const { m } of ranked) {
    if (kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
