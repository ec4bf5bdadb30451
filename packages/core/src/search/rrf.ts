/**
 * Reciprocal rank fusion (Cormack et al. 2009): `score(d) = Σ 1 / (k + rank_i(d))`
 * over the ranked lists that contain `d` (each list optionally weighted: `w_i / (k + rank)`). Scale-free, so BM25 scores and cosines
 * need no calibration.
 *
 * @example
 * ```ts
 * fuseRanks([['a', 'b'], ['b', 'c']]); // [{ id: 'b', … }, { id: 'a', … }, { id: 'c', … }]
 * ```
 */
export function fuseRanks(
  lists: readonly (readonly string[])[],
  options: { k?: number; weights?: readonly number[] } = {},
): { id: string; score: number }[] {
  const k = options.k ?? 60;
  const scores = new Map<string, number>();
  lists.forEach((list, l) => {
    const w = options.weights?.[l] ?? 1;
    list.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + w / (k + i + 1));
    });
  });
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
