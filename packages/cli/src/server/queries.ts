import { iriRef, type Row, stringLiteral } from './sparql-rows.js';

// The server's typed queries as SPARQL over the union view. Inputs reach the
// query text only through iriRef/stringLiteral (quoted, never spliced raw).

/** The best label of ?x in ?label: name, prefLabel, title, post title. */
const LABEL = (x: string, out: string): string => `OPTIONAL { ${x} schema:name ?${out}_n }
  OPTIONAL { ${x} skos:prefLabel ?${out}_p }
  OPTIONAL { ${x} dcterms:title ?${out}_t }
  OPTIONAL { ${x} kg:title ?${out}_k }
  OPTIONAL { ${x} schema:text ?${out}_x }
  BIND(COALESCE(?${out}_n, ?${out}_p, ?${out}_t, ?${out}_k, SUBSTR(?${out}_x, 1, 24)) AS ?${out})`;

/** Match an entity given as an IRI or as an exact name/label. */
function entityFilter(variable: string, value: string): string {
  const iri = iriRef(value);
  if (iri) return `VALUES ${variable} { ${iri} }`;
  const lit = stringLiteral(value);
  return `{ ${variable} schema:name ?_name FILTER(STR(?_name) = ${lit}) } UNION { ${variable} skos:prefLabel ?_name FILTER(STR(?_name) = ${lit}) }`;
}

/** Types and label of one entity, and every literal property. */
export function entityQuery(iri: string): string {
  return `SELECT ?type ?label ?p ?o WHERE {
  VALUES ?e { ${iri} }
  { ?e a ?type } UNION { ?e ?p ?o FILTER(isLiteral(?o)) }
  ${LABEL('?e', 'label')}
}`;
}

/** An official's posts (memberships) over time, oldest first. */
export function postsQuery(official: string): string {
  return `SELECT ?membership ?title ?org ?orgLabel ?date ?doc ?docTitle WHERE {
  ?membership org:member ${official} ; kg:title ?title .
  OPTIONAL { ?membership org:organization ?org . ${LABEL('?org', 'orgLabel')} }
  OPTIONAL { ?membership org:memberDuring/time:inside/time:inXSDDate ?date }
  OPTIONAL { ?membership prov:hadPrimarySource ?doc . OPTIONAL { ?doc dcterms:title ?docTitle } }
} ORDER BY ?date ?title`;
}

/** The people of an institution (memberships pointing at it). */
export function peopleQuery(institution: string): string {
  return `SELECT ?person ?name ?title ?date WHERE {
  ?membership org:organization ${institution} ; org:member ?person .
  ?person schema:name ?name .
  OPTIONAL { ?membership kg:title ?title }
  OPTIONAL { ?membership org:memberDuring/time:inside/time:inXSDDate ?date }
} ORDER BY ?name ?date`;
}

/** Filters of {@link statementsQuery}. */
export interface StatementFilter {
  speaker?: string;
  topic?: string;
  from?: string;
  to?: string;
}

/** Statements with speaker, verb, date, document, meeting and source span (code points). */
export function statementsQuery(filter: StatementFilter): string {
  const where: string[] = [];
  if (filter.speaker !== undefined) where.push(entityFilter('?speaker', filter.speaker));
  if (filter.topic !== undefined) where.push(`FILTER(CONTAINS(STR(?text), ${stringLiteral(filter.topic)}))`);
  if (filter.from !== undefined) where.push(`FILTER(STR(?date) >= ${stringLiteral(filter.from)})`);
  if (filter.to !== undefined) where.push(`FILTER(STR(?date) <= ${stringLiteral(`${filter.to}\uffff`)})`);
  return `SELECT ?statement ?speaker ?name ?verb ?text ?date ?doc ?docTitle ?meeting ?meetingName ?start ?end WHERE {
  ?statement a kg:Statement ; kg:speaker ?speaker ; schema:text ?text .
  OPTIONAL { ?speaker schema:name ?name }
  OPTIONAL { ?statement kg:verb ?verb }
  OPTIONAL { ?statement dcterms:date ?date }
  ${where.join('\n  ')}
  OPTIONAL { ?statement schema:isBasedOn ?doc . OPTIONAL { ?doc dcterms:title ?docTitle } }
  OPTIONAL { ?statement kg:atMeeting ?meeting . OPTIONAL { ?meeting schema:name ?meetingName } }
  OPTIONAL { ?statement kg:span/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end }
} ORDER BY ?date ?doc ?start`;
}

// Plumbing nodes (spans, selectors, mentions, provenance, time) hidden from the explorer.
const HIDDEN_TYPES = [
  'kg:Mention',
  'oa:SpecificResource',
  'oa:TextPositionSelector',
  'oa:TextQuoteSelector',
  'kg:ExtractionActivity',
  'kg:Text',
  'time:Interval',
  'time:Instant',
];

/** Entity neighbours of a node, both directions, with their type, label and degree. */
export function neighboursQuery(iri: string, limit: number): string {
  return `SELECT ?n ?p ?dir ?type ?label WHERE {
  { ${iri} ?p ?n BIND("out" AS ?dir) } UNION { ?n ?p ${iri} BIND("in" AS ?dir) }
  FILTER(isIRI(?n) && ?p != rdf:type && ?p != prov:wasGeneratedBy && ?p != prov:wasDerivedFrom && ?p != skos:inScheme)
  ?n a ?type .
  FILTER(?type NOT IN (${HIDDEN_TYPES.join(', ')}))
  ${LABEL('?n', 'label')}
} LIMIT ${limit}`;
}

/** Start, end and document of a span IRI (code points into the original file). */
export function spanQuery(span: string): string {
  return `SELECT ?doc ?start ?end ?exact WHERE {
  ${span} oa:hasSource ?doc ; oa:hasSelector ?pos .
  ?pos oa:start ?start ; oa:end ?end .
  OPTIONAL { ${span} oa:hasSelector/oa:exact ?exact }
} LIMIT 1`;
}

/** What the server knows of a document: file name, hash, encoding, title. */
export function documentQuery(doc: string): string {
  return `SELECT ?sha ?file ?encoding ?title WHERE {
  ${doc} a kg:Document ; kg:sha256 ?sha .
  OPTIONAL { ${doc} kg:fileName ?file }
  OPTIONAL { ${doc} kg:encoding ?encoding }
  OPTIONAL { ${doc} dcterms:title ?title }
} LIMIT 1`;
}

/** A row's value as a number, or undefined. */
export function num(row: Row, key: string): number | undefined {
  const v = row[key];
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}
