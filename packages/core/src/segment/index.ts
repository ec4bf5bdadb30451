export { findMarker } from './blocks.js';
export type { BuildOptions } from './build-docs.js';
export type {
  IngestBytesOptions,
  IngestOptions,
  IngestPathsOptions,
  IngestProgress,
  IngestResult,
  IngestTextOptions,
} from './ingest.js';
export { ingestBytes, ingestFile, ingestPaths, ingestText } from './ingest.js';
export type { MetadataOptions } from './metadata.js';
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
