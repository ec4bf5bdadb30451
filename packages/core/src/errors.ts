/**
 * Error classes shared by every stage. Each error carries a stable `code` that
 * callers (and the CLI's exit codes) can switch on; messages say what happened,
 * where, and what to do.
 *
 * @example
 * ```ts
 * try { await ingestFile('a.txt'); } catch (e) { if (e instanceof DecodeError) console.error(e.code, e.file); }
 * ```
 */
export class KgError extends Error {
  /** Stable machine-readable code, e.g. `KG_PARSE`. */
  readonly code: string;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? 'KG_ERROR';
  }
}

/** Where in a text an error was found: 1-based line and column, 0-based offset. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** Malformed input text: a query, an RDF file, a configuration. */
export class ParseError extends KgError {
  readonly line: number;
  readonly column: number;
  readonly offset: number;

  constructor(message: string, options: SourcePosition & { code?: string; cause?: unknown }) {
    super(message, { code: options.code ?? 'KG_PARSE', cause: options.cause });
    this.line = options.line;
    this.column = options.column;
    this.offset = options.offset;
  }
}

/** A file whose bytes cannot be decoded as text (binary, invalid encoding). */
export class DecodeError extends KgError {
  /** The file that failed, as given by the caller. */
  readonly file: string;

  constructor(message: string, options: { file: string; code?: string; cause?: unknown }) {
    super(message, { code: options.code ?? 'KG_DECODE', cause: options.cause });
    this.file = options.file;
  }
}

/** Data that does not conform to the ontology's shapes or a manifest's schema. */
export class ValidationError extends KgError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'KG_VALIDATION', cause: options.cause });
  }
}

/** A file, store, model or entity that does not exist where it was expected. */
export class NotFoundError extends KgError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'KG_NOT_FOUND', cause: options.cause });
  }
}

/** The caller used the API or the CLI wrongly (bad option, missing argument). */
export class UsageError extends KgError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'KG_USAGE', cause: options.cause });
  }
}

/** A query failed while running: timeout, cancellation, result limit, type error. */
export class QueryEvaluationError extends KgError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { code: options.code ?? 'KG_QUERY_EVAL', cause: options.cause });
  }
}
