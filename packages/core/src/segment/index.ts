export { findMarker } from './blocks.js';
export type { BuildOptions } from './build-docs.js';
export type { EventDate } from './event-date.js';
export { findEventDate } from './event-date.js';
export { gazetteerPlaces } from './gazetteer-places.js';
export type {
  IngestBytesOptions,
  IngestOptions,
  IngestPathsOptions,
  IngestProgress,
  IngestResult,
  IngestTextOptions,
} from './ingest.js';
export { ingestBytes, ingestFile, ingestPaths, ingestText } from './ingest.js';
export type { PlaceMention, PlaceResolver } from './jurisdiction.js';
export { detectJurisdiction } from './jurisdiction.js';
export type { MetadataOptions } from './metadata.js';
export { textDate } from './metadata.js';
export { findPlaceholders } from './placeholders.js';
export type {
  Block,
  BlockKind,
  Diagnostic,
  Doc,
  DocMeta,
  Jurisdiction,
  OffsetMap,
  OriginSpan,
  Sentence,
  SourceFile,
  Span,
} from './types.js';
