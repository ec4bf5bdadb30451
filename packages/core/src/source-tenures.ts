import { PREFIXES } from '@policy-kg/ontology';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { sparqlTerm } from './query/index.js';
import { type TenureRecord, tenures } from './reason/index.js';

/** A source that answers whole CONSTRUCT queries: `RemoteQuerySource`, or any RDF/JS query engine bound to data. */
export interface QuadQuerySource {
  queryQuads(query: string, context?: { signal?: AbortSignal }): Promise<AsyncIterable<RDF.Quad> | Iterable<RDF.Quad>>;
}

const PROLOGUE = Object.entries(PREFIXES)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`)
  .join('\n');

/**
 * The CONSTRUCT that copies every triple `tenures()` (reason/tenures.ts) reads
 * about the given officials: their names, their memberships with post, title,
 * document, observation date, mention date, the document's issue date and its
 * texts (a collection's issue date does not count). One
 * UNION branch per chain, so optional facts never multiply each other.
 */
export function tenureSubgraphQuery(officials: readonly string[]): string {
  const values = officials.map((o) => sparqlTerm(DataFactory.namedNode(o))).join(' ');
  return `${PROLOGUE}
CONSTRUCT {
  ?o schema:name ?oname . ?o skos:prefLabel ?olabel .
  ?m org:member ?o ; kg:post ?post ; prov:hadPrimarySource ?doc ; kg:title ?title ;
     org:memberDuring ?during ; prov:wasDerivedFrom ?mention .
  ?post skos:prefLabel ?plabel . ?doc dcterms:issued ?issued . ?part dcterms:isPartOf ?doc .
  ?during time:inside ?inst . ?inst time:inXSDDate ?idate . ?mention dcterms:date ?mdate .
} WHERE {
  VALUES ?o { ${values} }
  { ?o schema:name ?oname }
  UNION { ?o skos:prefLabel ?olabel }
  UNION { ?m org:member ?o ; kg:post ?post . OPTIONAL { ?post skos:prefLabel ?plabel } }
  UNION { ?m org:member ?o ; prov:hadPrimarySource ?doc . OPTIONAL { ?doc dcterms:issued ?issued } }
  UNION { ?m org:member ?o ; prov:hadPrimarySource ?doc . ?part dcterms:isPartOf ?doc }
  UNION { ?m org:member ?o ; kg:title ?title }
  UNION { ?m org:member ?o ; org:memberDuring ?during .
          OPTIONAL { ?during time:inside ?inst . OPTIONAL { ?inst time:inXSDDate ?idate } } }
  UNION { ?m org:member ?o ; prov:wasDerivedFrom ?mention . OPTIONAL { ?mention dcterms:date ?mdate } }
}`;
}

/**
 * Post tenures (earliest and latest attesting date and document per post) of
 * the given officials, computed by reason/'s `tenures()` over the subgraph one
 * CONSTRUCT query fetches from `source`: on a SPARQL server the rule runs on
 * the client, over exactly the triples it reads, so the records equal those of
 * `tenures(store)` on the same data.
 *
 * @example
 * ```ts
 * const posts = await officialPosts(remote, { name: '马晓伟' });
 * const records = await tenuresFromSource(remote, { officials: [...new Set(posts.map((p) => p.official))] });
 * ```
 */
export async function tenuresFromSource(
  source: QuadQuerySource,
  options: { officials: readonly string[]; signal?: AbortSignal },
): Promise<TenureRecord[]> {
  if (options.officials.length === 0) return [];
  const quads = await source.queryQuads(
    tenureSubgraphQuery(options.officials),
    options.signal ? { signal: options.signal } : {},
  );
  const store = new Store();
  for await (const q of quads as AsyncIterable<RDF.Quad>) store.addQuad(q.subject, q.predicate, q.object);
  const triples = {
    match: (s: RDF.Term | null, p: RDF.Term | null, o: RDF.Term | null) =>
      store.getQuads(s as RDF.Quad_Subject | null, p as RDF.Quad_Predicate | null, o as RDF.Quad_Object | null, null),
  };
  const out: TenureRecord[] = [];
  for (const official of [...new Set(options.officials)].sort()) out.push(...tenures(triples, { official }));
  return out;
}
