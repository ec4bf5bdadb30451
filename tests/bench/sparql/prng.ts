/**
 * A seeded PRNG (mulberry32): the benchmark graph must be identical on every
 * run and machine, so Math.random is never used.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One index in [0, n), skewed towards 0 (Zipf-like, exponent `s`). */
  skewed(n: number, s?: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** A {@link Random} seeded with a 32-bit integer. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    // Inverse-CDF of a continuous power law on [1, n+1): cheap and good enough for skew.
    skewed: (n, s = 1.2) => {
      const u = next();
      const a = 1 - s;
      const x = (1 + u * ((n + 1) ** a - 1)) ** (1 / a);
      return Math.min(n - 1, Math.floor(x) - 1);
    },
    chance: (p) => next() < p,
  };
}
