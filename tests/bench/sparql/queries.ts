import type { GraphAnchors } from './generate.js';
import { PREFIXES } from './vocab.js';

/** One benchmark query shape. */
export interface QueryShape {
  id: string;
  /** What a user is asking, in one line. */
  title: string;
  sparql: string;
}

/**
 * The query shapes users run against the policy graph (issue 4, "What it must
 * show"), with the anchors' IRIs filled in. Every LIMIT sits under an ORDER BY
 * with a total order, so all engines must return the same rows.
 */
export function benchmarkQueries(a: GraphAnchors): QueryShape[] {
  const q = (id: string, title: string, body: string): QueryShape => ({ id, title, sparql: `${PREFIXES}\n${body}` });
  return [
    q(
      'Q01',
      'who said a slogan in a date range',
      `SELECT ?st ?name ?date ?meetingName WHERE {
  ?st schema:mentions <${a.slogan}> ; kg:speaker ?o ; dcterms:date ?date .
  ?o schema:name ?name .
  OPTIONAL { ?st kg:atMeeting ?m . ?m schema:name ?meetingName }
  FILTER(?date >= "2020-01-01"^^xsd:date && ?date < "2021-07-01"^^xsd:date)
} ORDER BY ?date ?st`,
    ),
    q(
      'Q02',
      'top officials for a slogan',
      `SELECT ?o ?name (COUNT(?st) AS ?n) WHERE {
  ?st schema:mentions <${a.slogan}> ; kg:speaker ?o .
  ?o schema:name ?name .
} GROUP BY ?o ?name ORDER BY DESC(?n) ?o LIMIT 10`,
    ),
    q(
      'Q03',
      "a slogan's adoption by province over time",
      `SELECT ?province ?year (MIN(?date) AS ?first) (COUNT(?st) AS ?n) WHERE {
  ?st schema:mentions <${a.slogan}> ; dcterms:date ?date ; schema:isBasedOn ?doc .
  ?doc kg:jurisdiction ?place .
  ?place skos:broader* ?province .
  ?province kg:level kg:ProvincialLevel .
  BIND(YEAR(?date) AS ?year)
} GROUP BY ?province ?year ORDER BY ?province ?year`,
    ),
    q(
      'Q04',
      'institutions under a parent (subOrganizationOf+)',
      `SELECT ?inst ?label WHERE {
  ?inst org:subOrganizationOf+ <${a.provinceHealth}> ; skos:prefLabel ?label .
}`,
    ),
    q(
      'Q05',
      'indicator values over a threshold',
      `SELECT ?obs ?placeName ?value ?period WHERE {
  ?obs kg:metric "${a.metric}"@zh-hans ; kg:value ?value ; sdmx-dimension:refArea ?place ; sdmx-dimension:refPeriod ?period ;
       kg:valueKind kg:Achieved .
  ?place skos:prefLabel ?placeName .
  FILTER(?value > 80.5)
} ORDER BY DESC(?value) ?obs LIMIT 20`,
    ),
    q(
      'Q06',
      'current post-holders per institution (OPTIONAL, NOT EXISTS, COUNT DISTINCT)',
      `SELECT ?inst (COUNT(DISTINCT ?o) AS ?holders) (SAMPLE(?label) AS ?name) WHERE {
  ?inst kg:level kg:ProvincialLevel .
  ?m org:organization ?inst ; org:member ?o ; org:memberDuring ?during .
  OPTIONAL { ?inst skos:prefLabel ?label }
  OPTIONAL { ?m kg:title ?title }
  FILTER NOT EXISTS { ?during time:hasEnd ?end }
} GROUP BY ?inst`,
    ),
    q(
      'Q07',
      'statements made in the speaker’s own jurisdiction (6-pattern cyclic join)',
      `SELECT (COUNT(*) AS ?n) WHERE {
  ?st kg:speaker ?o ; schema:isBasedOn ?doc .
  ?doc kg:jurisdiction ?place .
  ?m org:member ?o ; org:organization ?inst .
  ?inst kg:jurisdiction ?place .
}`,
    ),
    q(
      'Q08',
      'statements containing a Chinese phrase (CONTAINS)',
      `SELECT ?st ?text WHERE {
  ?st a kg:Statement ; schema:text ?text .
  FILTER(CONTAINS(?text, "基层医疗卫生人才"))
} ORDER BY ?st LIMIT 50`,
    ),
    q(
      'Q09',
      'statements matching a Chinese pattern (REGEX)',
      `SELECT (COUNT(?st) AS ?n) WHERE {
  ?st schema:text ?text .
  FILTER(REGEX(?text, "疫情防控.{0,4}(常态化|精准化)"))
}`,
    ),
    q(
      'Q10',
      'distinct speakers per slogan (COUNT DISTINCT)',
      `SELECT ?slogan ?label (COUNT(DISTINCT ?o) AS ?speakers) WHERE {
  ?st schema:mentions ?slogan ; kg:speaker ?o .
  ?slogan a kg:Slogan ; skos:prefLabel ?label .
} GROUP BY ?slogan ?label ORDER BY DESC(?speakers) ?slogan`,
    ),
    q(
      'Q11',
      'statements per institution under a parent (subOrganizationOf* + join)',
      `SELECT ?inst (COUNT(?st) AS ?n) WHERE {
  ?inst org:subOrganizationOf* <${a.provinceHealth}> .
  ?m org:organization ?inst ; org:member ?o .
  ?st kg:speaker ?o ; schema:mentions <${a.slogan}> .
} GROUP BY ?inst ORDER BY DESC(?n) ?inst LIMIT 20`,
    ),
    q('Q12', 'entity page (point lookup)', `SELECT ?p ?o WHERE { <${a.official}> ?p ?o }`),
    q(
      'Q13',
      'officials who never made a statement (NOT EXISTS)',
      `SELECT (COUNT(?o) AS ?n) WHERE {
  ?o a kg:Official .
  FILTER NOT EXISTS { ?st kg:speaker ?o }
}`,
    ),
    q(
      'Q14',
      'busiest meetings (OPTIONAL + aggregate + ORDER BY/LIMIT)',
      `SELECT ?m ?name (COUNT(?st) AS ?n) (SAMPLE(?chairName) AS ?chair) WHERE {
  ?m a kg:Meeting ; schema:name ?name .
  OPTIONAL { ?st kg:atMeeting ?m }
  OPTIONAL { ?m kg:chair ?c . ?c schema:name ?chairName }
} GROUP BY ?m ?name ORDER BY DESC(?n) ?m LIMIT 10`,
    ),
  ];
}
