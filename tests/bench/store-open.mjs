// How long opening a store for a query takes: the binary snapshot (what
// openStore reads) vs re-parsing the store's N-Quads graph files (the
// fallback, and what a store without a snapshot would cost). Same run, same
// data; a generated policy-shaped graph of N quads (default 1M) in 500
// document graphs. Run: npx tsc -b packages/ontology packages/core && node tests/bench/store-open.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphStore, openStore, parseRdf, readManifest, saveStore } from '@policy-kg/core';
import { DataFactory as D } from 'n3';

const N = Number(process.env.N ?? 1_000_000);
const ID = 'https://w3id.org/policy-kg/id/';
const KG = 'https://w3id.org/policy-kg/ontology#';
const P = ['speaker', 'text', 'date', 'atMeeting'].map((p) => D.namedNode(KG + p));
const DATE = D.namedNode('http://www.w3.org/2001/XMLSchema#date');
const store = new GraphStore();
const byGraph = new Map();
for (let i = 0; i * 4 < N; i++) {
  const g = `${ID}graph/${i % 500}`;
  const s = D.namedNode(`${ID}statement/${i}`);
  let list = byGraph.get(g);
  if (!list) {
    list = [];
    byGraph.set(g, list);
  }
  list.push(
    D.quad(s, P[0], D.namedNode(`${ID}official/${i % 5000}`)),
    D.quad(s, P[1], D.literal(`要坚持人民至上、生命至上,第${i}条讲话内容`, 'zh-hans')),
    D.quad(s, P[2], D.literal(`20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`, DATE)),
    D.quad(s, P[3], D.namedNode(`${ID}meeting/${i % 3000}`)),
  );
}
for (const [g, quads] of byGraph) store.replaceGraph(D.namedNode(g), quads);
const dir = mkdtempSync(join(tmpdir(), 'kg-open-bench-'));
const sources = [...byGraph.keys()].map((g, i) => ({
  path: `/doc/${i}.txt`,
  sha256: String(i).padStart(64, '0'),
  graph: g,
}));
let t = performance.now();
await saveStore(dir, store, sources);
console.log(`store of ${store.size} quads saved in ${((performance.now() - t) / 1000).toFixed(1)} s`);

async function viaNQuads() {
  const manifest = await readManifest(dir);
  const s = new GraphStore();
  for (const src of manifest.sources) {
    s.replaceGraph(D.namedNode(src.graph), parseRdf(readFileSync(join(dir, src.file), 'utf8'), { syntax: 'nquads' }));
  }
  return s.size;
}
async function viaSnapshot() {
  return (await openStore(dir)).store.size;
}
const results = { snapshot: [], nquads: [] };
for (let round = 0; round < 3; round++) {
  for (const [name, fn] of [
    ['nquads', viaNQuads],
    ['snapshot', viaSnapshot],
  ]) {
    t = performance.now();
    const size = await fn();
    results[name].push(performance.now() - t);
    if (size !== store.size) throw new Error(`${name} opened ${size} quads, expected ${store.size}`);
  }
}
const best = (xs) => Math.min(...xs);
console.log(
  `open via snapshot: best ${best(results.snapshot).toFixed(0)} ms (${results.snapshot.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `open via N-Quads:  best ${best(results.nquads).toFixed(0)} ms (${results.nquads.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(`ratio snapshot / N-Quads: ${(best(results.snapshot) / best(results.nquads)).toFixed(2)}`);
rmSync(dir, { recursive: true, force: true });
