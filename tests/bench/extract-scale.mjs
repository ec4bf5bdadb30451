// One extraction throughput measurement in a fresh process (so peak RSS
// belongs to this size alone): node extract-scale.mjs <scale>. Prints JSON.
// Ingestion is done first and not timed; the timed part is extraction of all
// seven kinds plus in-document linking (buildExtractionReport per file).
// Uses the built library (packages/core/dist); run `pnpm build` first.
import { buildExtractionReport, ingestBytes } from '@policy-kg/core';
import { benchFiles } from './ingest-corpus.mjs';

const scale = Number(process.argv[2] ?? '1');
const files = [...benchFiles(scale)].map((f) => ingestBytes(f.bytes, { name: f.name }));
const chars = files.reduce((n, docs) => n + docs.reduce((m, d) => m + d.text.length, 0), 0);
// Warm-up: one round over the first copy of each document (also loads jieba's dictionary).
for (const docs of files.slice(0, 5)) buildExtractionReport(docs.map((d) => ({ ...d })));
const repeats = Math.max(1, Math.ceil(3 / scale));
const times = [];
let mentions = 0;
let heapPeak = 0;
for (let r = 0; r < repeats; r++) {
  mentions = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < files.length; i++) {
    // Fresh Doc objects, so per-document caches never carry over between repeats.
    const report = buildExtractionReport((files[i] ?? []).map((d) => ({ ...d })));
    mentions +=
      report.officials.length +
      report.institutions.length +
      report.policies.length +
      report.slogans.length +
      report.indicators.length +
      report.meetings.length +
      report.statements.length;
    if ((i & 15) === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
const seconds = times[Math.floor(times.length / 2)];
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
process.stdout.write(
  `${JSON.stringify({
    scale,
    files: files.length,
    repeats,
    chars,
    mentions,
    seconds,
    charsPerSecond: chars / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: heapPeak / 1e6,
  })}\n`,
);
