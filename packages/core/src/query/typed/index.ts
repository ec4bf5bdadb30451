// Typed query API: the questions users ask most, as functions over a QuerySource.
export {
  type IndicatorRow,
  type InstitutionRow,
  indicators,
  institutionsUnder,
  type MeetingRow,
  meetings,
  officialPosts,
  type PostRow,
  type StatementFilter,
  type StatementRow,
  statements,
  type TimelineRow,
  timeline,
  timelineCounts,
} from './queries.js';
export type { Provenance, TypedQueryOptions } from './run.js';
export { localQuerySource, type QuerySource } from './source.js';
export { sparqlTerm, valuesBlock } from './terms.js';
