// Public API of search/: embedders, BM25, vector indexes, the SearchIndex facade.
export { Bm25Index, type Bm25Options } from './bm25.js';
export { charNgrams, foldText, queryNgrams, skipBigrams } from './fold.js';
export { fuseScores } from './fuse-scores.js';
export { HashingEmbedder, type HashingEmbedderOptions } from './hashing-embedder.js';
export { type HnswOptions, HnswVectorIndex } from './hnsw-index.js';
export { docPassages, type PassageOptions } from './passages.js';
export {
  hitTerm,
  KGS,
  KGS_NAMESPACE,
  type SearchPropertyFunction,
  type SearchPropertyFunctionInput,
  type SearchPropertyFunctionOptions,
  type SearchPropertyFunctionResult,
  searchPropertyFunctions,
} from './property-function.js';
export { fuseRanks } from './rrf.js';
export {
  type AddOptions,
  type LoadReport,
  SEARCH_FORMAT_VERSION,
  SearchIndex,
  type SearchIndexOptions,
} from './search-index.js';
export {
  MODEL_FILES,
  type ModelDtype,
  TransformersEmbedder,
  type TransformersEmbedderOptions,
} from './transformers-embedder.js';
export type {
  Embedder,
  EmbedKind,
  EmbedOptions,
  SearchHit,
  SearchItem,
  SearchKind,
  SearchMode,
  SearchOptions,
  TextSpan,
} from './types.js';
export { ENTITY_KINDS } from './types.js';
export {
  ExactVectorIndex,
  type Vector,
  type VectorHit,
  type VectorIndex,
  type VectorSearchOptions,
} from './vector-index.js';
export { loadVectorIndex, saveVectorIndex, VECTOR_FORMAT_VERSION, type VectorSidecar } from './vector-store.js';
