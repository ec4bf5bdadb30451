/**
 * Ingestion throughput (MB/s of raw text) on a corpus generated from the five
 * bundled documents (ingest-corpus.mjs), and how it scales.
 *
 * `npx vitest bench --run tests/bench/ingest.bench.ts`
 *
 * - `bench` cases: the 1× corpus (5 files, 312 KB) and 10× (50 files) in
 *   process, through the TypeScript sources.
 * - Scaling report: 1×, 10× and 100× (500 files, 31 MB), each in a fresh
 *   `node` process running the built library (so its peak RSS is its own),
 *   printing MB/s, peak RSS and heap, and each size's MB/s relative to 1×:
 *   cost grows linearly when that ratio stays near 1. Needs `pnpm build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '@policy-kg/core';
import { bench, describe } from 'vitest';
import { benchFiles } from './ingest-corpus.mjs';

const one = [...benchFiles(1)];
const ten = [...benchFiles(10)];
const megabytes = (files: Array<{ bytes: Uint8Array }>) => files.reduce((n, f) => n + f.bytes.byteLength, 0) / 1e6;

function ingestAll(files: Array<{ name: string; bytes: Uint8Array }>): number {
  let texts = 0;
  for (const f of files) texts += ingestBytes(f.bytes, { name: f.name }).length;
  return texts;
}

interface Scale {
  scale: number;
  files: number;
  texts: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  cpuSeconds: number;
  mbPerCpuSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function scalingReport(): void {
  const built = fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url));
  if (!existsSync(built)) {
    console.log('ingest scaling report skipped: run `pnpm build` first (it measures packages/core/dist)');
    return;
  }
  const script = fileURLToPath(new URL('./ingest-scale.mjs', import.meta.url));
  const rows: Scale[] = [1, 10, 100].map(
    (scale) => JSON.parse(execFileSync(process.execPath, [script, String(scale)], { encoding: 'utf8' })) as Scale,
  );
  const anchor = rows[0] as Scale;
  const lines = [
    'ingest throughput by corpus size (fresh process per size, median of repeats for small sizes)',
    'MB/s on wall time and on CPU time (user+system; steadier on a shared machine); "vs 1×" compares CPU MB/s',
    'scale  files  texts      MB   wall s    MB/s   CPU s  CPU MB/s  vs 1×  peak RSS MB  peak heap MB',
  ];
  for (const r of rows) {
    lines.push(
      [
        `${r.scale}×`.padStart(5),
        String(r.files).padStart(6),
        String(r.texts).padStart(6),
        r.megabytes.toFixed(2).padStart(7),
        r.seconds.toFixed(3).padStart(8),
        r.mbPerSecond.toFixed(1).padStart(7),
        r.cpuSeconds.toFixed(3).padStart(7),
        r.mbPerCpuSecond.toFixed(1).padStart(9),
        (r.mbPerCpuSecond / anchor.mbPerCpuSecond).toFixed(2).padStart(6),
        r.peakRssMb.toFixed(0).padStart(12),
        r.peakHeapMb.toFixed(0).padStart(13),
      ].join(' '),
    );
  }
  console.log(lines.join('\n'));
}

scalingReport();

describe(`ingestBytes on the generated corpus (1× = ${megabytes(one).toFixed(2)} MB)`, () => {
  bench('1× corpus: 5 files', () => {
    ingestAll(one);
  });
  bench(
    `10× corpus: 50 files, ${megabytes(ten).toFixed(1)} MB`,
    () => {
      ingestAll(ten);
    },
    { iterations: 5, time: 500 },
  );
});
