// Embedding the library in an app: build the graph in memory, query it, search it, reason over it.
// Run: pnpm build && node examples/embed-in-app.mjs
import { createQueryEngine, docPassages, echoes, SearchIndex } from '@policy-kg/core';
import { corpusGraph } from './corpus.mjs';

const { store, docs } = await corpusGraph();
console.log(`${docs.length} texts`);

const engine = createQueryEngine();
const counts = await engine.queryBindings(
  `PREFIX kg: <https://w3id.org/policy-kg/ontology#>
   SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type FILTER(?type IN (kg:Official, kg:Institution, kg:Statement, kg:Slogan)) }
   GROUP BY ?type ORDER BY ?type`,
  { sources: [store.unionView()] },
);
for (const b of await counts.toArray()) console.log(`${b.get('type').value.split('#')[1]}: ${b.get('n').value}`);

const index = new SearchIndex();
await index.add(docs.flatMap((d) => [...docPassages(d)]));
const [hit] = await index.search('基層醫療衛生服務能力', { k: 1 });
console.log(`search 基層醫療衛生服務能力 → ${hit.doc} ${hit.quote.slice(0, 30)}`);

for (const e of echoes(store))
  console.log(
    `echo (${e.similarity}, +${e.lagDays} days): ${e.earlier.clause} → ${e.later.speakerName}: ${e.later.clause.slice(0, 20)}`,
  );
