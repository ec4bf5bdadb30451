// Public API of @policy-kg/core. Explicit named exports only (STYLE.md).

export type { ExtractionReport, ReportOfficial } from './extract-report.js';
export { buildExtractionReport } from './extract-report.js';
export {
  EXTRACTORS,
  extractIndicators,
  extractInstitutions,
  extractMeetings,
  extractMentions,
  extractOfficials,
  extractPolicies,
  extractSlogans,
  extractStatements,
  resolveOverlaps,
} from './extract/index.js';
export type { DocInstitution, DocOfficial, DocPartialOfficial } from './link/index.js';
export { linkInstitutions, linkOfficials } from './link/index.js';

export type { SourcePosition } from './errors.js';
export {
  DecodeError,
  KgError,
  NotFoundError,
  ParseError,
  QueryEvaluationError,
  UsageError,
  ValidationError,
} from './errors.js';
export type {
  Extractor,
  IndicatorChange,
  IndicatorMention,
  InstitutionMention,
  InstitutionType,
  MeetingMention,
  Mention,
  MentionBase,
  MentionKind,
  OfficialMention,
  PolicyKind,
  PolicyMention,
  SloganMention,
  StatementMention,
} from './extract/index.js';
export type {
  Block,
  BlockKind,
  Diagnostic,
  Doc,
  DocMeta,
  IngestBytesOptions,
  IngestOptions,
  IngestPathsOptions,
  IngestProgress,
  IngestResult,
  IngestTextOptions,
  Jurisdiction,
  OffsetMap,
  OriginSpan,
  PlaceMention,
  PlaceResolver,
  Sentence,
  SourceFile,
  Span,
} from './segment/index.js';
export { gazetteerPlaces, ingestBytes, ingestFile, ingestPaths, ingestText } from './segment/index.js';
export type {
  Algebra,
  ExtensionFunction,
  Extensions,
  PropertyFunction,
  PropertyFunctionInput,
  PropertyFunctionResult,
  QuadSource,
  QueryBindings,
  QueryEngineContext,
  QueryEngineOptions,
  QueryPlan,
  QuerySourceInput,
  ServiceDescriptionOptions,
  SyncResultStream,
  TypedQuery,
} from './query/index.js';
export {
  createQueryEngine,
  explainQuery,
  formatPlan,
  n3Source,
  optimize,
  parseSparql,
  QueryEngine,
  serviceDescription,
  toAlgebra,
} from './query/index.js';
