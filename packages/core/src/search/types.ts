/**
 * Types shared by search/: embedders, indexed items, queries and hits.
 * Search sees documents only through these plain records, so the graph can
 * feed statements and entity descriptions without search importing it.
 */

/** Whether a text is a search query or an indexed passage (models prefix them differently). */
export type EmbedKind = 'query' | 'passage';

/** Options of {@link Embedder.embed}. */
export interface EmbedOptions {
  /** Default `'passage'`. */
  kind?: EmbedKind;
  signal?: AbortSignal;
}

/**
 * Turns texts into L2-normalised vectors. `id` is stored with every index built
 * from it: a different id means the stored vectors are unusable and the index is rebuilt.
 *
 * @example
 * ```ts
 * const e = new HashingEmbedder();
 * const [v] = await e.embed(['基层医生'], { kind: 'query' }); // Float32Array(1024), norm 1
 * ```
 */
export interface Embedder {
  /** Model + version + settings, e.g. `hash:v1:c12:d1024:fnv1a`. */
  readonly id: string;
  readonly dimension: number;
  /** Always true: vectors are unit length, so inner product is cosine similarity. */
  readonly normalized: true;
  /** Embeds texts in batches; resolves to one vector per text, in order. */
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /** Synchronous embedding, when the embedder can (the hashing embedder can; models cannot). */
  embedSync?(texts: readonly string[], options?: EmbedOptions): Float32Array[];
  /** Releases native resources (ONNX sessions). */
  close?(): Promise<void>;
}

/** A half-open range `[start, end)` in UTF-16 code units of a document's normalized text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Kinds of indexed items: text passages, statements (a passage with a speaker),
 * and entity descriptions. Other strings are allowed for kinds added later.
 */
export type SearchKind = 'passage' | 'statement' | 'official' | 'institution' | 'slogan' | 'policy' | (string & {});

/** The kinds that are entity descriptions (what `kg search --kind entity` means). */
export const ENTITY_KINDS: readonly SearchKind[] = Object.freeze(['official', 'institution', 'slogan', 'policy']);

/**
 * One thing to index. Passages carry `doc`, `span` and `quote`; entity
 * descriptions (`{ id, kind, text, meta }`) need only `id`, `kind` and `text`.
 *
 * @example
 * ```ts
 * index.add([{ id: 'https://w3id.org/policy-kg/id/official/1', kind: 'official', text: '甘肃省省长 任振鹤' }]);
 * ```
 */
export interface SearchItem {
  /** Unique id (an IRI for graph resources, `<doc id>@<start>-<end>` for passages). */
  id: string;
  kind: SearchKind;
  /** The text that is embedded and matched (normalized, Simplified). */
  text: string;
  /** Document id (`Doc.id`) the item was read from. */
  doc?: string;
  /** Span in the document's normalized text. */
  span?: TextSpan;
  /** The original text of the span, as written in the source file. */
  quote?: string;
  /** Speaker (name or IRI) for statements. */
  speaker?: string;
  /** Place name or IRI the item is about or was issued in. */
  place?: string;
  /** ISO 8601 date, possibly partial (`2022`, `2022-03`). */
  date?: string;
  /** Ids/IRIs of linked entities (speaker, statement, mentioned officials). */
  entities?: string[];
  /** Anything else the caller wants back with the hit (JSON-serialisable). */
  meta?: Record<string, unknown>;
}

/** Retrieval mode: lexical BM25, dense vectors, or both fused by reciprocal rank. */
export type SearchMode = 'hybrid' | 'bm25' | 'dense';

/** Filters and options of a search; every filter is optional and they combine with AND. */
export interface SearchOptions {
  /** Number of hits; default 10. */
  k?: number;
  /** Only these kinds. */
  kind?: SearchKind | readonly SearchKind[];
  /** Only items dated on or after this ISO date (partial dates compare by prefix). */
  from?: string;
  /** Only items dated on or before this ISO date. */
  to?: string;
  /** Only items whose place contains this string. */
  place?: string;
  /** Only items whose speaker contains this string. */
  speaker?: string;
  /** Only items of this document id (or ids). */
  doc?: string | readonly string[];
  /** Default `'hybrid'`. */
  mode?: SearchMode;
  signal?: AbortSignal;
}

/** One search result: the item's fields plus its score. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  /** Higher is better. Hybrid: fused score (convex: 0–1; rrf: RRF score); bm25: BM25 score; dense: cosine similarity. */
  score: number;
  /** Per-method scores and ranks (1-based) that went into the fused score. */
  detail: { bm25?: { score: number; rank: number }; dense?: { score: number; rank: number } };
  text: string;
  doc?: string;
  span?: TextSpan;
  quote?: string;
  speaker?: string;
  place?: string;
  date?: string;
  entities: string[];
  meta?: Record<string, unknown>;
}
