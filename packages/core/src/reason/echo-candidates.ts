import { diceOf } from './similarity.js';

/** A clause's character-bigram multiset, as {@link bigrams} makes it. */
export type GramBag = ReadonlyMap<string, number>;

/**
 * Every pair of bags (by index, `i < j`) whose Dice coefficient is at least
 * `min`, with that coefficient, found without comparing all pairs: the
 * AllPairs prefix filter (Bayardo et al., WWW 2007) with PPJoin's
 * positional filter (Xiao et al., WWW 2008) over the bags as sets of
 * numbered grams (the k-th 工作 of a clause is its own token, so set overlap
 * equals the multiset overlap Dice counts).
 *
 * Why it is exact: if Dice(x, y) ≥ t then the overlap o ≥ t·|x|/(2−t) (as
 * |y| ≥ o), so with tokens in one global order (rarest first) the first
 * shared token lies within the first |x| − ⌈t·|x|/(2−t)⌉ + 1 tokens of x, and
 * likewise of y; as y is the shorter (bags are visited by size), o ≥ t·|y|
 * and y's first |y| − ⌈t·|y|⌉ + 1 tokens suffice. Only those prefixes are
 * indexed and probed; each surviving candidate is verified by its exact
 * overlap, 2·o / (|x| + |y|): the same integers {@link diceOf} divides, so
 * the pairs and values are those of the exhaustive comparison. For `min ≤ 0` every pair
 * qualifies and all are returned.
 *
 * @example for (const [i, j, d] of similarPairs(bags, { min: 0.5 })) …
 */
export function* similarPairs(bags: readonly GramBag[], options: { min: number }): Iterable<[number, number, number]> {
  const min = options.min;
  if (min <= 0) {
    for (let i = 0; i < bags.length; i++)
      for (let j = i + 1; j < bags.length; j++) yield [i, j, diceOf(bags[i] as GramBag, bags[j] as GramBag)];
    return;
  }
  const tokens = bags.map(tokensOf);
  const frequency = new Map<string, number>();
  for (const list of tokens) for (const t of list) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rank = new Map([...frequency].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([t], i) => [t, i]));
  // Each bag as its token ranks, ascending (rarest first).
  const ids = tokens.map((list) => Int32Array.from(list, (t) => rank.get(t) as number).sort());
  // Shorter bags first, so a bag only meets indexed bags no longer than itself.
  const order = bags.map((_, i) => i).sort((a, b) => (ids[a] as Int32Array).length - (ids[b] as Int32Array).length);
  const ratio = min / (2 - min);
  const eps = 1e-9;
  /** token rank → [bag, position, bag, position, …] of the bags whose index prefix holds it. */
  const index = new Map<number, number[]>();
  const overlap = new Int32Array(bags.length);
  const touched: number[] = [];
  for (const x of order) {
    const xs = ids[x] as Int32Array;
    const size = xs.length;
    if (size === 0) continue;
    const probe = size - Math.ceil(ratio * size - eps) + 1;
    for (let i = 0; i < probe && i < size; i++) {
      const posting = index.get(xs[i] as number);
      if (!posting) continue;
      for (let k = 0; k < posting.length; k += 2) {
        const y = posting[k] as number;
        const seen = overlap[y] as number;
        if (seen < 0) continue;
        const ySize = (ids[y] as Int32Array).length;
        // Length filter: Dice ≥ t needs |y| ≥ t·|x|/(2−t).
        if (ySize < ratio * size - eps) continue;
        // Positional filter (PPJoin): the overlap cannot exceed what is counted plus what is left on either side.
        const needed = Math.ceil((min * (size + ySize)) / 2 - eps);
        const left = Math.min(size - i - 1, ySize - (posting[k + 1] as number) - 1);
        if (seen === 0) touched.push(y);
        overlap[y] = seen + 1 + left >= needed ? seen + 1 : -1;
      }
    }
    // Index prefix: y meets only longer-or-equal bags x, so the overlap is at least t·|y|.
    const indexed = size - Math.ceil(min * size - eps) + 1;
    for (let i = 0; i < indexed && i < size; i++) {
      const id = xs[i] as number;
      const posting = index.get(id);
      if (posting) posting.push(x, i);
      else index.set(id, [x, i]);
    }
    for (const y of touched) {
      const counted = overlap[y] as number;
      overlap[y] = 0;
      if (counted <= 0) continue;
      const ys = ids[y] as Int32Array;
      // The same integers diceOf divides, so the same value.
      const d = (2 * intersectionSize(xs, ys)) / (size + ys.length);
      if (d >= min) yield x < y ? [x, y, d] : [y, x, d];
    }
    touched.length = 0;
  }
}

/** Size of the intersection of two ascending arrays of distinct integers. */
function intersectionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const d = (a[i] as number) - (b[j] as number);
    if (d === 0) {
      n++;
      i++;
      j++;
    } else if (d < 0) i++;
    else j++;
  }
  return n;
}

function tokensOf(bag: GramBag): string[] {
  const out: string[] = [];
  for (const [gram, n] of bag) for (let k = 1; k <= n; k++) out.push(`${gram}\u0001${k}`);
  return out;
}
