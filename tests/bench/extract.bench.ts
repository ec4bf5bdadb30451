/**
 * Extraction + in-document linking throughput (chars/s of normalized text) on
 * the corpus generated from the five bundled documents (ingest-corpus.mjs),
 * and how it scales.
 *
 * `npx vitest bench --run tests/bench/extract.bench.ts`
 *
 * - `bench` cases: the 1× corpus (5 files) in process, through the TypeScript
 *   sources; ingestion happens once, outside the timed part.
 * - Scaling report: 1×, 10× and 100× (500 files), each in a fresh `node`
 *   process running the built library (so its peak RSS is its own), printing
 *   chars/s, peak RSS and heap, and each size's chars/s relative to 1× (the
 *   anchor measured in the same run): cost is linear when the ratio stays
 *   near 1. Needs `pnpm build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildExtractionReport, type Doc, ingestBytes } from '@policy-kg/core';
import { bench, describe } from 'vitest';
import { benchFiles } from './ingest-corpus.mjs';

const one: Doc[][] = [...benchFiles(1)].map((f) => ingestBytes(f.bytes, { name: f.name }));
const chars = one.reduce((n, docs) => n + docs.reduce((m, d) => m + d.text.length, 0), 0);

function extractAll(files: Doc[][]): number {
  let n = 0;
  // Fresh Doc objects each round, so per-document caches do not carry over.
  for (const docs of files) n += buildExtractionReport(docs.map((d) => ({ ...d }))).statements.length;
  return n;
}

interface Scale {
  scale: number;
  files: number;
  chars: number;
  mentions: number;
  seconds: number;
  charsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function scalingReport(): void {
  const built = fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url));
  if (!existsSync(built)) {
    console.log('extract scaling report skipped: run `pnpm build` first (it measures packages/core/dist)');
    return;
  }
  const script = fileURLToPath(new URL('./extract-scale.mjs', import.meta.url));
  const rows: Scale[] = [1, 10, 100].map(
    (scale) => JSON.parse(execFileSync(process.execPath, [script, String(scale)], { encoding: 'utf8' })) as Scale,
  );
  const anchor = rows[0] as Scale;
  const lines = [
    'extraction + in-document linking by corpus size (fresh process per size)',
    'scale  files     chars  mentions   seconds   kchars/s  vs 1×  peak RSS MB  peak heap MB',
  ];
  for (const r of rows) {
    lines.push(
      [
        `${r.scale}×`.padStart(5),
        String(r.files).padStart(6),
        String(r.chars).padStart(9),
        String(r.mentions).padStart(9),
        r.seconds.toFixed(3).padStart(9),
        (r.charsPerSecond / 1000).toFixed(1).padStart(10),
        (r.charsPerSecond / anchor.charsPerSecond).toFixed(2).padStart(6),
        r.peakRssMb.toFixed(0).padStart(12),
        r.peakHeapMb.toFixed(0).padStart(13),
      ].join(' '),
    );
  }
  console.log(lines.join('\n'));
}

scalingReport();

describe(`buildExtractionReport on the generated corpus (1× = ${chars} chars)`, () => {
  bench(
    '1× corpus: 5 files',
    () => {
      extractAll(one);
    },
    { iterations: 5, time: 500 },
  );
});
