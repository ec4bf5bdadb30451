// Result serializers: SPARQL 1.1 JSON/XML/CSV/TSV for bindings and booleans,
// n3's Writer for graphs. They take plain RDF/JS terms, not engine internals.
export { csvField, writeCsvResults, writeTsvResults } from './delimited.js';
export type { WriteQuadsOptions } from './graph.js';
export { writeQuads } from './graph.js';
export { jsonTerm, writeJsonResults } from './json.js';
export type { QueryResultLike, WriteQueryResultOptions } from './query-result.js';
export { writeQueryResult } from './query-result.js';
export { collectText, writeBoolean, writeResults } from './results.js';
export { turtleTerm } from './terms.js';
export type { BindingsInput, BindingsLike, GraphFormat, ResultsFormat } from './types.js';
export { GRAPH_MEDIA_TYPES, RESULTS_MEDIA_TYPES } from './types.js';
export { writeXmlResults, xmlTerm } from './xml.js';
