// The README's quick-start demo: build examples/corpus into a store, then ask
// it three things a researcher asks on day one. Run by `pnpm demo`.
import { fileURLToPath } from 'node:url';
import {
  buildStore,
  createQueryEngine,
  localQuerySource,
  openSearchIndex,
  openStore,
  statements,
  timeline,
  timelineCounts,
} from '@policy-kg/core';
import { PREFIXES } from '@policy-kg/ontology';

const corpus = fileURLToPath(new URL('./corpus/', import.meta.url));
const storeDir = process.env.KG_STORE ?? 'kg-store';
const out = (line = '') => process.stdout.write(`${line}\n`);
const clip = (s, n = 60) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);

const built = await buildStore([corpus], { store: storeDir, prune: true });
out(
  `Built ${storeDir}/: ${built.manifest.sources.length} documents, ${built.quads} quads, ` +
    `${built.manifest.search?.items ?? 0} search items (${built.added.length} added, ${built.unchanged.length} unchanged).`,
);

const { store } = await openStore(storeDir);
const source = localQuerySource(store);

out('\n1. Who said what, at which meeting   (kg who-said --speaker NAME --store kg-store)');
// One substantive statement per speaker (not the bare "出席会议并讲话" acts).
const speakers = new Set();
const said = (await statements(source, {})).filter((s) => {
  if (!s.speaker.includes('/official/') || !s.meetingName || [...s.text].length < 15 || speakers.has(s.speaker))
    return false;
  speakers.add(s.speaker);
  return true;
});
for (const s of said.slice(0, 5)) {
  out(`   ${s.date ?? '????-??-??'}  ${s.speakerName} ${s.verb ?? '说'}:「${clip(s.text, 40)}」`);
  out(
    `              at ${s.meetingName}${s.placeName ? `, ${s.placeName}` : ''}  [chars ${s.provenance.start}-${s.provenance.end}]`,
  );
}

// The slogan mentioned in the most documents (found by a query, not named here).
const engine = createQueryEngine();
const prologue = Object.entries(PREFIXES)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`)
  .join('\n');
const top = await (
  await engine.queryBindings(
    `${prologue}
    SELECT ?label (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(?m) AS ?n) WHERE {
      ?c a kg:Slogan ; skos:prefLabel ?label . ?m kg:refersTo ?c ; prov:hadPrimarySource ?doc .
    } GROUP BY ?label ORDER BY DESC(?docs) DESC(?n) ?label LIMIT 1`,
    { sources: [store.unionView()] },
  )
).toArray();
const slogan = top[0]?.get('label')?.value;
if (slogan) {
  out(`\n2. Timeline of the slogan「${slogan}」by place and year   (kg timeline ${slogan} --by-year --store kg-store)`);
  for (const c of timelineCounts(await timeline(source, { label: slogan }))) {
    out(
      `   ${c.year ?? '----'}  ${c.placeName ?? '(place unknown)'}  ${c.mentions} mention(s) in ${c.documents} document(s)`,
    );
  }
}

const query = '分级诊疗';
out(`\n3. Search「${query}」   (kg search ${query} --store kg-store)`);
const index = await openSearchIndex(storeDir, (await openStore(storeDir)).manifest.search);
for (const [i, hit] of (await index.search(query, { k: 3, kind: 'passage' })).entries()) {
  out(`   ${i + 1}. [${hit.score.toFixed(3)}] ${clip(hit.text.replace(/\s+/g, ''), 70)}   (${hit.doc})`);
}
out('\nMore: npx -y pnpm@10 exec kg --help');
