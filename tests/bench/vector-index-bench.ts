/**
 * Vector-index benchmark: HNSW (hnswlib) against exact brute force on clustered
 * low-rank data (a 32-d latent around 64 cluster centres, projected to the full
 * dimension, plus isotropic noise, L2-normalised) — closer to real sentence
 * embeddings than uniform random vectors, on which no ANN index does well.
 * Everything is seeded; timings are relative (QPS ratio in the same run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExactVectorIndex, HnswVectorIndex, loadVectorIndex, saveVectorIndex, seededRandom } from '@policy-kg/core';

export interface VectorBenchOptions {
  n: number;
  dimension?: number;
  queries?: number;
  /** Queries timed against exact search (slow at 100k). */
  exactQueries?: number;
  m?: number;
  efConstruction?: number;
  /** ef values to sweep; the index default (max(64, 4k)) is always included. */
  efs?: number[];
  seed?: number;
  data?: DataShape;
  /** Timing rounds; each measurement keeps its fastest round (the machine is shared). Default 3. */
  rounds?: number;
}

export interface EfResult {
  ef: number;
  recall: number;
  qps: number;
  speedup: number;
}

export interface VectorBenchResult {
  n: number;
  dimension: number;
  buildSeconds: number;
  rssMiB: number;
  exactQps: number;
  results: EfResult[];
  saveSeconds: number;
  loadSeconds: number;
}

function gaussian(rand: () => number): () => number {
  return () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** Lets the test runner's RPC through during long synchronous phases. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Shape of the generated data. */
export interface DataShape {
  /** Latent dimension; default 32. */
  latent?: number;
  /** Number of cluster centres in latent space; default 64. */
  clusters?: number;
  /** Scale of the centres relative to the unit within-cluster spread; default 1. */
  centreScale?: number;
  /** Standard deviation of the isotropic noise per full dimension; default 0.5. */
  noise?: number;
}

/** Seeded clustered low-rank vectors, rows of one Float32Array. */
export async function clusteredVectors(
  count: number,
  dimension: number,
  seed: number,
  shape: DataShape = {},
): Promise<Float32Array> {
  const rand = seededRandom(seed);
  const g = gaussian(rand);
  const g0 = gaussian(seededRandom(12345)); // shared basis and centres for data and queries
  const latent = shape.latent ?? 32;
  const noise = shape.noise ?? 0.5;
  const scale = shape.centreScale ?? 1;
  const basis = Float32Array.from({ length: latent * dimension }, () => g0() / Math.sqrt(latent));
  const centres = Array.from({ length: shape.clusters ?? 64 }, () =>
    Float32Array.from({ length: latent }, () => scale * g0()),
  );
  const out = new Float32Array(count * dimension);
  const z = new Float32Array(latent);
  for (let i = 0; i < count; i++) {
    const c = centres[Math.floor(rand() * centres.length)] as Float32Array;
    for (let j = 0; j < latent; j++) z[j] = (c[j] as number) + g();
    let norm = 0;
    const base = i * dimension;
    for (let d = 0; d < dimension; d++) {
      let s = noise * g();
      for (let j = 0; j < latent; j++) s += (z[j] as number) * (basis[j * dimension + d] as number);
      out[base + d] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm);
    for (let d = 0; d < dimension; d++) out[base + d] = (out[base + d] as number) / norm;
    if (i % 2000 === 1999) await breathe();
  }
  return out;
}

function rss(): number {
  return process.memoryUsage().rss;
}

/** Builds both indexes on `n` vectors and measures build, memory, QPS, recall@10 and persistence. */
export async function runVectorBench(options: VectorBenchOptions): Promise<VectorBenchResult> {
  const d = options.dimension ?? 384;
  const n = options.n;
  const nq = options.queries ?? 200;
  const k = 10;
  const data = await clusteredVectors(n, d, options.seed ?? 1, options.data);
  const queries = await clusteredVectors(nq, d, (options.seed ?? 1) + 1000, options.data);
  const rounds = options.rounds ?? 3;
  await breathe();
  const row = (m: Float32Array, i: number) => m.subarray(i * d, (i + 1) * d);

  global.gc?.();
  const before = rss();
  let t = performance.now();
  const hnsw = new HnswVectorIndex({
    dimension: d,
    capacity: n,
    m: options.m ?? 16,
    efConstruction: options.efConstruction ?? 100,
  });
  for (let i = 0; i < n; i++) {
    hnsw.add(`v${i}`, row(data, i));
    if (i % 2000 === 1999) await breathe();
  }
  const buildSeconds = (performance.now() - t) / 1000;
  const rssMiB = (rss() - before) / 2 ** 20;

  const exact = new ExactVectorIndex({ dimension: d, capacity: n });
  for (let i = 0; i < n; i++) exact.add(`v${i}`, row(data, i));
  const truth: Set<string>[] = [];
  for (let q = 0; q < nq; q++) {
    truth.push(new Set(exact.search(row(queries, q), { k }).map((h) => h.id)));
    if (q % 20 === 19) await breathe();
  }
  const ne = Math.min(nq, options.exactQueries ?? nq);
  const efs = [...new Set([Math.max(64, 4 * k), ...(options.efs ?? [])])].sort((a, b) => a - b);
  // Rounds alternate exact and HNSW timings so both see the same machine load; keep each one's fastest.
  let exactBest = Number.POSITIVE_INFINITY;
  const hnswBest = new Map<number, number>();
  const recall = new Map<number, number>();
  for (let r = 0; r < rounds; r++) {
    let spent = 0;
    for (let q = 0; q < ne; q++) {
      t = performance.now();
      exact.search(row(queries, q), { k });
      spent += performance.now() - t;
      if (q % 5 === 4) await breathe(); // outside the timed span
    }
    exactBest = Math.min(exactBest, spent / ne);
    await breathe();
    for (const ef of efs) {
      const hits = [];
      t = performance.now();
      for (let q = 0; q < nq; q++) hits.push(hnsw.search(row(queries, q), { k, ef }));
      hnswBest.set(ef, Math.min(hnswBest.get(ef) ?? Number.POSITIVE_INFINITY, (performance.now() - t) / nq));
      let found = 0;
      hits.forEach((h, q) => {
        found += h.filter((x) => truth[q]?.has(x.id)).length;
      });
      recall.set(ef, found / (nq * k));
      await breathe();
    }
  }
  const exactQps = 1000 / exactBest;
  const results: EfResult[] = efs.map((ef) => {
    const qps = 1000 / (hnswBest.get(ef) as number);
    return { ef, recall: recall.get(ef) as number, qps, speedup: qps / exactQps };
  });

  const dir = mkdtempSync(join(tmpdir(), 'kg-vector-bench-'));
  try {
    t = performance.now();
    saveVectorIndex(hnsw, dir, { embedderId: 'bench' });
    const saveSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const back = loadVectorIndex(dir, { embedderId: 'bench', dimension: d });
    const loadSeconds = (performance.now() - t) / 1000;
    if (back.size !== n) throw new Error(`reloaded ${back.size} of ${n} vectors`);
    return { n, dimension: d, buildSeconds, rssMiB, exactQps, results, saveSeconds, loadSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A printable table of results. */
export function formatVectorBench(r: VectorBenchResult): string {
  const lines = [
    `N=${r.n} d=${r.dimension}: build ${r.buildSeconds.toFixed(1)} s, RSS +${r.rssMiB.toFixed(0)} MiB, exact ${r.exactQps.toFixed(0)} QPS, save ${r.saveSeconds.toFixed(2)} s, load ${r.loadSeconds.toFixed(2)} s`,
    '  ef    recall@10  QPS     × exact',
    ...r.results.map(
      (x) =>
        `  ${String(x.ef).padEnd(5)} ${x.recall.toFixed(3).padEnd(10)} ${x.qps.toFixed(0).padEnd(7)} ${x.speedup.toFixed(1)}`,
    ),
  ];
  return lines.join('\n');
}
