// One ingestion throughput measurement in a fresh process (so peak RSS
// belongs to this size alone): node ingest-scale.mjs <scale>. Prints JSON.
// Uses the built library (packages/core/dist); run `pnpm build` first.
import { ingestBytes } from '@policy-kg/core';
import { benchFiles } from './ingest-corpus.mjs';

const scale = Number(process.argv[2] ?? '1');
// Generate first, so generation is not timed; files are kept as bytes only.
const files = [...benchFiles(scale)];
const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
// Warm up the JIT and the converters: three rounds over one copy of each document.
const warm = [...benchFiles(1)];
for (let r = 0; r < 3; r++) for (const f of warm) ingestBytes(f.bytes, { name: f.name });
// Small sizes run several times (median), so each size is measured over at least ~3 MB.
const repeats = Math.max(1, Math.ceil(10 / scale));
let heapPeak = 0;
let texts = 0;
let chars = 0;
const times = [];
const cpuTimes = [];
for (let r = 0; r < repeats; r++) {
  const cpu = process.cpuUsage();
  texts = 0;
  chars = 0;
  const start = process.hrtime.bigint();
  for (const f of files) {
    const docs = ingestBytes(f.bytes, { name: f.name });
    texts += docs.length;
    for (const d of docs) chars += d.text.length;
    // Sampling every file costs ~1%; every 16th is enough to see the peak.
    if ((texts & 15) === 0) {
      const heap = process.memoryUsage().heapUsed;
      if (heap > heapPeak) heapPeak = heap;
    }
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1e6);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const seconds = times[Math.floor(times.length / 2)];
// CPU time is the steadier measure on a shared machine (wall time includes waiting for a core).
const cpuSeconds = cpuTimes[Math.floor(cpuTimes.length / 2)];
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
process.stdout.write(
  `${JSON.stringify({
    scale,
    files: files.length,
    repeats,
    texts,
    chars,
    megabytes: bytes / 1e6,
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    cpuSeconds,
    mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: heapPeak / 1e6,
  })}\n`,
);
