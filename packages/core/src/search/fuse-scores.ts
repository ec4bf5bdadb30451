/**
 * Convex combination of min-max normalised scores (CombSUM with weights; Bruch et al.
 * 2023, "An analysis of fusion functions for hybrid retrieval"): each list's scores
 * are mapped to [0, 1] over the list (best 1, worst 0; a list whose scores are all
 * equal maps to 1), then `score(d) = Σ w_i · norm_i(d)`, an item missing from a list
 * adding 0. Unlike reciprocal rank fusion, a weak list moves items only as far as
 * its score gaps allow, so it breaks ties of a strong list without overturning its
 * clear winners. Ties are broken by id, so the order is deterministic.
 *
 * @example
 * ```ts
 * fuseScores([[{ id: 'a', score: 9 }, { id: 'b', score: 1 }], [{ id: 'b', score: 0.9 }]], { weights: [0.8, 0.2] });
 * // [{ id: 'a', score: 0.8 }, { id: 'b', score: 0.2 }]
 * ```
 */
export function fuseScores(
  lists: readonly (readonly { id: string; score: number }[])[],
  options: { weights?: readonly number[] } = {},
): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  lists.forEach((list, l) => {
    const w = options.weights?.[l] ?? 1;
    let hi = Number.NEGATIVE_INFINITY;
    let lo = Number.POSITIVE_INFINITY;
    for (const h of list) {
      hi = Math.max(hi, h.score);
      lo = Math.min(lo, h.score);
    }
    for (const h of list) {
      const norm = hi > lo ? (h.score - lo) / (hi - lo) : 1;
      scores.set(h.id, (scores.get(h.id) ?? 0) + w * norm);
    }
  });
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
