// Public API of query/: SPARQL 1.1 query engine over quad sources.
export type { QueryBindings } from './bindings.js';
export {
  createQueryEngine,
  explainQuery,
  QueryEngine,
  type QueryEngineContext,
  type QueryEngineOptions,
  type QuerySourceInput,
  type TypedQuery,
} from './engine.js';
export { formatPlan } from './explain.js';
export type {
  ExtensionFunction,
  Extensions,
  PropertyFunction,
  PropertyFunctionInput,
  PropertyFunctionResult,
} from './functions/registry.js';
export { optimize } from './optimize/index.js';
export type { Algebra, Expr, PathExpr, PTerm, QueryPlan, TriplePattern } from './parse/algebra.js';
export { parseSparql } from './parse/parse.js';
export { toAlgebra } from './parse/to-algebra.js';
export type { SyncResultStream } from './result-stream.js';
export type {
  BindingsInput,
  BindingsLike,
  GraphFormat,
  QueryResultLike,
  ResultsFormat,
  WriteQuadsOptions,
  WriteQueryResultOptions,
} from './serialize/index.js';
export {
  collectText,
  GRAPH_MEDIA_TYPES,
  RESULTS_MEDIA_TYPES,
  writeBoolean,
  writeQuads,
  writeQueryResult,
  writeResults,
} from './serialize/index.js';
export { type ServiceDescriptionOptions, serviceDescription } from './service-description.js';
export { datasetSource, n3Source, type QuadSource } from './source.js';
export {
  type IndicatorRow,
  type InstitutionRow,
  indicators,
  institutionsUnder,
  localQuerySource,
  type MeetingRow,
  meetings,
  officialPosts,
  type PostRow,
  type Provenance,
  type QuerySource,
  type StatementFilter,
  type StatementRow,
  sparqlTerm,
  statements,
  type TimelineRow,
  type TypedQueryOptions,
  timeline,
  timelineCounts,
} from './typed/index.js';
