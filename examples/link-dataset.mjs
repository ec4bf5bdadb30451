// Linking a small third-party dataset: a CSV of provincial health commissions (made-up extra fields)
// is imported into its own graph, linked to our institutions, and joined with them in SPARQL.
// Run: pnpm build && node examples/link-dataset.mjs
import { readFileSync } from 'node:fs';
import {
  collectEntities,
  createQueryEngine,
  DEFAULT_MIN_SCORE,
  importCsv,
  linksetQuads,
  proposeLinks,
} from '@policy-kg/core';
import { corpusGraph } from './corpus.mjs';

const data = new URL('./data/', import.meta.url);
const graph = 'https://example.org/health-commissions';
const { store } = await corpusGraph();
const mapping = JSON.parse(readFileSync(new URL('provincial-health-commissions.mapping.json', data), 'utf8'));
const imported = importCsv(readFileSync(new URL('provincial-health-commissions.csv', data), 'utf8'), mapping, {
  graph,
});
console.log(
  `imported ${imported.rows} rows; skipped ${imported.errors.map((e) => `line ${e.line} (${e.message})`).join(', ')}`,
);
store.addQuads(imported.quads);

const ours = collectEntities(store, { exclude: [graph] });
const theirs = collectEntities(store, {
  graphs: [{ termType: 'NamedNode', value: graph, equals: (o) => o?.value === graph }],
});
const candidates = proposeLinks(ours, theirs, { kinds: ['institution'] });
const accepted = candidates.filter((c) => c.score >= DEFAULT_MIN_SCORE);
console.log(`${candidates.length} candidates, ${accepted.length} accepted at ${DEFAULT_MIN_SCORE}:`);
for (const c of accepted) console.log(`  ${c.score.toFixed(2)} ${c.theirsLabel} ← ${c.evidence.join('; ')}`);
store.addQuads(
  linksetQuads(accepted, {
    linkset: `${graph}/linkset`,
    subjectsTarget: 'https://w3id.org/policy-kg/id/dataset/policy-kg',
    objectsTarget: graph,
  }),
);

const stream = await createQueryEngine().queryBindings(
  `PREFIX kg: <https://w3id.org/policy-kg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
   PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX schema: <http://schema.org/>
   SELECT ?name ?phone ?beds WHERE {
     ?inst a kg:Institution ; skos:prefLabel ?name .
     GRAPH <${graph}/linkset> { ?inst owl:sameAs ?theirs }
     GRAPH <${graph}> { ?theirs schema:telephone ?phone ; <https://example.org/vocab#beds> ?beds }
   } ORDER BY ?name`,
  { sources: [store.unionView()] },
);
console.log('joined with our graph:');
for (const b of await stream.toArray())
  console.log(`  ${b.get('name').value}  hotline ${b.get('phone').value}  beds ${b.get('beds').value}`);
