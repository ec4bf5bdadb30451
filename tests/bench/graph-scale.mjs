// One graph-building throughput measurement in a fresh process (so peak RSS
// belongs to this size alone): node graph-scale.mjs <scale>. Prints JSON.
// Ingestion is done first and not timed. Timed, per source file: extraction
// of all seven kinds, in-document and cross-document linking, the RDF model
// (spans, PROV, sorted quads) and insertion into the GraphStore; then, once,
// the summary graph (first/last seen). Uses the built library
// (packages/core/dist); run `pnpm build` first. With `--no-store` the graphs
// are built and dropped (quads counted), for sizes whose store would not fit
// in memory next to the other processes on the machine.
import { buildDocumentGraph, GraphStore, ingestBytes, linkText, refreshSummary } from '@policy-kg/core';
import { benchFiles } from './ingest-corpus.mjs';

const scale = Number(process.argv[2] ?? '1');
const keep = !process.argv.includes('--no-store');
const files = [...benchFiles(scale)].map((f) => ingestBytes(f.bytes, { name: f.name }));
const chars = files.reduce((n, docs) => n + docs.reduce((m, d) => m + d.text.length, 0), 0);
const bytes = files.reduce((n, docs) => n + (docs[0]?.source.byteLength ?? 0), 0);
// Warm-up on a throwaway store (loads jieba's dictionary, the gazetteer, the JIT).
for (const docs of files.slice(0, 5)) buildDocumentGraph(docs.map((d) => linkText({ ...d })));
const store = new GraphStore();
let heapPeak = 0;
let extractLink = 0;
let quads = 0;
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
for (let i = 0; i < files.length; i++) {
  const t0 = process.hrtime.bigint();
  const texts = (files[i] ?? []).map((d) => linkText({ ...d }));
  extractLink += Number(process.hrtime.bigint() - t0) / 1e9;
  const graph = buildDocumentGraph(texts);
  quads += graph.quads.length;
  if (keep) store.replaceGraph(graph.graph, graph.quads);
  if ((i & 15) === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}
const summaryStart = process.hrtime.bigint();
if (keep) refreshSummary(store);
const end = process.hrtime.bigint();
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const seconds = Number(end - start) / 1e9;
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
process.stdout.write(
  `${JSON.stringify({
    scale,
    files: files.length,
    texts: files.reduce((n, d) => n + d.length, 0),
    megabytes: bytes / 1e6,
    chars,
    store: keep,
    quads: keep ? store.size : quads,
    seconds,
    cpuSeconds,
    extractLinkSeconds: extractLink,
    summarySeconds: Number(end - summaryStart) / 1e9,
    charsPerSecond: chars / seconds,
    charsPerCpuSecond: chars / cpuSeconds,
    quadsPerSecond: (keep ? store.size : quads) / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: heapPeak / 1e6,
  })}\n`,
);
