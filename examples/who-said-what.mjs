// Who said what about a topic: statements mentioning 疫情防控, with speaker, place and date, by SPARQL.
// Run: pnpm build && node examples/who-said-what.mjs
import { createQueryEngine } from '@policy-kg/core';
import { corpusGraph } from './corpus.mjs';

const topic = process.argv[2] ?? '疫情防控';
const { store } = await corpusGraph();
const engine = createQueryEngine();
const stream = await engine.queryBindings(
  `PREFIX kg: <https://w3id.org/policy-kg/ontology#> PREFIX schema: <http://schema.org/>
   PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
   SELECT ?date ?name ?verb ?text WHERE {
     ?s a kg:Statement ; kg:speaker ?who ; kg:verb ?verb ; schema:text ?text ; dcterms:date ?date .
     OPTIONAL { ?who schema:name ?person } OPTIONAL { ?who skos:prefLabel ?body }
     BIND(COALESCE(?person, ?body, "?") AS ?name)
     FILTER(CONTAINS(?text, "${topic}"))
   } ORDER BY ?date ?name ?text`,
  { sources: [store.unionView()] },
);
for (const b of await stream.toArray()) {
  const text = b.get('text').value;
  const at = text.indexOf(topic);
  const excerpt = text.slice(Math.max(0, at - 12), at + topic.length + 12);
  console.log(`${b.get('date').value} ${b.get('name').value} ${b.get('verb').value}: …${excerpt}…`);
}
