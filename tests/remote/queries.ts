// SPARQL queries run on both the embedded engine and Virtuoso. Every pattern sits in GRAPH:
// Virtuoso's default graph is the union of all graphs, system graphs included.
const P = `PREFIX schema: <http://schema.org/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;

/** A SELECT query, its projected variables, and whether row order is part of the answer. */
export interface ComparedQuery {
  name: string;
  query: string;
  vars: string[];
  ordered?: boolean;
}

export const SELECT_QUERIES: ComparedQuery[] = [
  {
    name: 'documents with Chinese titles and xsd:date publication dates',
    query: `${P}SELECT ?doc ?title ?date WHERE { GRAPH ?g { ?doc a schema:Report ; dct:title ?title ; schema:datePublished ?date } }`,
    vars: ['doc', 'title', 'date'],
  },
  {
    name: 'statements per speaker name (GROUP BY, COUNT DISTINCT)',
    query: `${P}SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s kg:speaker ?p . ?p schema:name ?name } } GROUP BY ?name`,
    vars: ['name', 'n'],
  },
  {
    name: 'a date range on xsd:date',
    query: `${P}SELECT ?doc ?date WHERE { GRAPH ?g { ?doc schema:datePublished ?date FILTER (?date >= "2019-01-01"^^xsd:date && ?date < "2022-07-01"^^xsd:date) } }`,
    vars: ['doc', 'date'],
  },
  {
    name: 'CONTAINS on Chinese text',
    query: `${P}SELECT ?s ?text WHERE { GRAPH ?g { ?s schema:text ?text FILTER (CONTAINS(?text, "乡村振兴")) } }`,
    vars: ['s', 'text'],
  },
  {
    name: 'a language-tagged literal as a constant',
    query: `${P}SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p schema:name "王建国"@zh-Hans } }`,
    vars: ['p'],
  },
  {
    name: 'langMatches on zh-Hans',
    query: `${P}SELECT ?doc ?title WHERE { GRAPH ?g { ?doc dct:title ?title FILTER (langMatches(lang(?title), "zh-Hans")) } }`,
    vars: ['doc', 'title'],
  },
  {
    name: 'a numeric filter on xsd:decimal values',
    query: `${P}SELECT ?s ?v WHERE { GRAPH ?g { ?s kg:value ?v FILTER (?v > 500) } }`,
    vars: ['s', 'v'],
  },
  {
    name: 'OPTIONAL values of quotations',
    query: `${P}SELECT ?s ?v WHERE { GRAPH ?g { ?s a schema:Quotation OPTIONAL { ?s kg:value ?v } } }`,
    vars: ['s', 'v'],
  },
  {
    name: 'the latest documents (ORDER BY DESC date, LIMIT)',
    query: `${P}SELECT ?doc ?date WHERE { GRAPH ?g { ?doc schema:datePublished ?date } } ORDER BY DESC(?date) ?doc LIMIT 5`,
    vars: ['doc', 'date'],
    ordered: true,
  },
  {
    name: 'triples per document graph',
    query: `${P}SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/policy-kg/id/graph/doc-")) } GROUP BY ?g`,
    vars: ['g', 'n'],
  },
  {
    name: 'dateTimes with a +08:00 offset, joined across graphs',
    query: `${P}SELECT ?s ?t ?doc WHERE { GRAPH ?g { ?s prov:generatedAtTime ?t ; schema:isBasedOn ?doc } GRAPH ?h { ?doc a schema:Report } }`,
    vars: ['s', 't', 'doc'],
  },
];

export const ASK_QUERY = `${P}ASK { GRAPH ?g { ?s schema:name "李晓明"@zh-Hans } }`;
export const CONSTRUCT_QUERY = `${P}CONSTRUCT { ?doc dct:title ?t ; schema:datePublished ?d } WHERE { GRAPH ?g { ?doc dct:title ?t ; schema:datePublished ?d } }`;

/** Queries over whatever the corpus store holds (shape-agnostic: literals, dates, graph sizes). */
export const CORPUS_QUERIES: ComparedQuery[] = [
  {
    name: 'triples per corpus graph',
    query: `${P}SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`,
    vars: ['g', 'n'],
  },
  {
    name: 'every zh-Hans literal of the corpus',
    query: `${P}SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER (isLiteral(?o) && langMatches(lang(?o), "zh-Hans")) } }`,
    vars: ['s', 'p', 'o'],
  },
  {
    name: 'every xsd:date and xsd:dateTime value of the corpus',
    query: `${P}SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER (datatype(?o) = xsd:date || datatype(?o) = xsd:dateTime) } }`,
    vars: ['s', 'p', 'o'],
  },
  {
    name: 'classes and their instance counts',
    query: `${P}SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } } GROUP BY ?t`,
    vars: ['t', 'n'],
  },
];
