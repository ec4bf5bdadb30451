/**
 * The contract between ingestion (normalize/, segment/) and everything after it.
 * Extractors, linking, the graph and search read only these types.
 */

/** A half-open range `[start, end)` in UTF-16 code units of `Doc.text` (the normalized text). */
export interface Span {
  start: number;
  end: number;
}

/** Where a normalized span came from in the original file. */
export interface OriginSpan {
  /** Code-point offsets into the decoded original text (what RDF stores, RFC 5147 style). */
  chars: Span;
  /** UTF-16 offsets into the decoded original text (what JS `slice` takes). */
  utf16: Span;
  /** Byte offsets into the raw file. */
  bytes: Span;
  /** The original text of that range, exactly as decoded (Traditional, ruby and all). */
  quote: string;
}

/** Maps normalized text back to the original file. */
export interface OffsetMap {
  /** Locate a normalized span in the original file. Spans are clamped to the text. */
  locate(span: Span): OriginSpan;
}

/** A recoverable problem found while ingesting; never thrown. */
export interface Diagnostic {
  /** Stable code, e.g. `KG_ENCODING_GUESSED`, `KG_PLACEHOLDER`. */
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  span?: Span;
}

/** The file a document was read from. */
export interface SourceFile {
  /** The path as given by the caller. */
  path: string;
  /** File name without directories, e.g. `000_97935c6e3442e2c0.txt`. */
  name: string;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  /** Encoding the bytes were decoded with, e.g. `UTF-8`, `GB18030`, `Big5`, `UTF-16LE`. */
  encoding: string;
  byteLength: number;
}

/** A place a text is about, resolved against the gazetteer when possible. */
export interface Jurisdiction {
  /** Level of government the text speaks for. */
  level: 'national' | 'province' | 'prefecture' | 'county' | 'unknown';
  /** Canonical place name, e.g. `甘肃省`; absent when only the level is known (全县 in an unnamed county). */
  name?: string;
  /** GB/T 2260 code when the place is in the gazetteer. */
  code?: string;
}

/** Metadata of one text, with the span it was read from where there is one. */
export interface DocMeta {
  title?: string;
  /** Publication date, ISO 8601, possibly partial (`2022`, `2022-03`, `2022-03-05`). */
  published?: string;
  /** Date of the event the text reports (a meeting), resolved against `published`. */
  eventDate?: string;
  /** Publisher or source line (来源). */
  source?: string;
  author?: string;
  jurisdiction?: Jurisdiction;
  /** Title of the collection page a text was cut from (a page of 19 speeches), when it has one. */
  collectionTitle?: string;
  /**
   * True for a text cut from a collection page: `published` is then the
   * page's date, not the text's, and never dates what the text reports
   * (see {@link textDate}).
   */
  inCollection?: boolean;
  /**
   * Where each field was read in the original file: the title line, the date
   * expression of the event, or the page-chrome line (removed from `text`)
   * that gave the publication date, source or author.
   */
  evidence?: { [K in 'title' | 'published' | 'eventDate' | 'source' | 'author']?: OriginSpan };
}

/** The structural role of a block in its text. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item';

/** A structural unit of a text: heading, paragraph or enumerated item. */
export interface Block {
  kind: BlockKind;
  span: Span;
  /** Enumeration marker as written, e.g. `一是`, `(一)`, `01`, `■`. */
  marker?: string;
}

/** A sentence of a block: split at 。!?; (with the closing quotes that follow), never inside quotes or brackets. */
export interface Sentence {
  span: Span;
  /** Index into `Doc.blocks` of the block holding this sentence. */
  block: number;
}

/**
 * One text after ingestion. A file is usually one text; a collection (a page
 * of 19 speeches) is one `Doc` per speech, with `index` counting from 0.
 */
export interface Doc {
  /** Stable id: `<file name>#<index>`. */
  id: string;
  source: SourceFile;
  index: number;
  /** Normalized text: NFKC, Simplified, chrome removed, PDF damage repaired. */
  text: string;
  /** Normalized text → original file. */
  origin: OffsetMap;
  meta: DocMeta;
  blocks: Block[];
  sentences: Sentence[];
  /** Spans of placeholders (`xx同志`, `202-年`, `x月`): never values or names. */
  placeholders: Span[];
  diagnostics: Diagnostic[];
}
