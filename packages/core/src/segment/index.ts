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
