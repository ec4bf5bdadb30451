import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DecodeError, KgError, NotFoundError } from '../errors.js';
import { type DecodedText, decodeBytes } from '../normalize/index.js';
import { type BuildOptions, buildDocs } from './build-docs.js';
import type { Diagnostic, Doc, SourceFile } from './types.js';

/** Options shared by every ingest function. */
export interface IngestOptions extends BuildOptions {
  /** Force the encoding instead of detecting it (`gbk`, `big5`, `utf-16le`, …). */
  encoding?: string;
}

/** Options of {@link ingestText}. */
export interface IngestTextOptions extends Omit<IngestOptions, 'encoding'> {
  /** File name the text is reported under. Default `text`. */
  name?: string;
}

/** Options of {@link ingestBytes}. */
export interface IngestBytesOptions extends IngestOptions {
  /** File name without directories, used in ids and messages. */
  name: string;
  /** The path as given by the caller. Default: `name`. */
  path?: string;
}

/** Progress of {@link ingestPaths}, one call per file. */
export interface IngestProgress {
  /** Files finished so far, including this one. */
  done: number;
  /** Files found in total. */
  total: number;
  path: string;
}

/** Options of {@link ingestPaths}. */
export interface IngestPathsOptions extends IngestOptions {
  /** Stop before the next file when aborted. */
  signal?: AbortSignal;
  /** Called after each file. */
  onProgress?: (progress: IngestProgress) => void;
  /** File extensions read from directories (lower case, with dot). Default `.txt`, `.text`, `.md` (HTML is not parsed: save pages as text). */
  extensions?: readonly string[];
}

/** The outcome for one file: its texts, or the error that stopped it. */
export type IngestResult =
  | { ok: true; path: string; docs: Doc[]; diagnostics: Diagnostic[] }
  | { ok: false; path: string; error: KgError };

const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md'];

/**
 * Ingest an already decoded text (as if it were a UTF-8 file): normalize,
 * split a collection into its texts, segment, read metadata.
 *
 * @example
 * ```ts
 * const [doc] = ingestText('会议强调,要坚持稳中求进。', { name: 'a.txt' });
 * doc.sentences.length; // 1
 * ```
 */
export function ingestText(text: string, options: IngestTextOptions = {}): Doc[] {
  const name = options.name ?? 'text';
  const bytes = new TextEncoder().encode(text);
  const decoded: DecodedText = {
    text,
    encoding: 'UTF-8',
    bomLength: 0,
    diagnostics: [],
    bytePrefix: () => utf8Prefix(text),
  };
  return buildDocs(decoded, sourceFile(bytes, name, name, 'UTF-8'), options).docs;
}

/**
 * Ingest the raw bytes of a file: detect and decode the encoding, then as
 * {@link ingestText}. Byte offsets in `origin.locate` point into `bytes`.
 *
 * @throws DecodeError when the bytes are binary or not decodable
 * @example
 * ```ts
 * ingestBytes(await readFile('a.txt'), { name: 'a.txt' })[0]?.source.encoding; // 'UTF-8'
 * ```
 */
export function ingestBytes(bytes: Uint8Array, options: IngestBytesOptions): Doc[] {
  return ingestBytesReport(bytes, options).docs;
}

function ingestBytesReport(bytes: Uint8Array, options: IngestBytesOptions): { docs: Doc[]; diagnostics: Diagnostic[] } {
  const decodeOptions =
    options.encoding === undefined ? { name: options.name } : { name: options.name, encoding: options.encoding };
  const decoded = decodeBytes(bytes, decodeOptions);
  return buildDocs(decoded, sourceFile(bytes, options.path ?? options.name, options.name, decoded.encoding), options);
}

/**
 * Read and ingest one file.
 *
 * @throws NotFoundError when the file does not exist; DecodeError when it is not text
 * @example
 * ```ts
 * const docs = await ingestFile('examples/corpus/000_97935c6e3442e2c0.txt');
 * ```
 */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Doc[]> {
  return (await ingestFileReport(path, options)).docs;
}

async function ingestFileReport(
  path: string,
  options: IngestOptions,
): Promise<{ docs: Doc[]; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
  return ingestBytesReport(bytes, { ...options, name: basename(path), path });
}

/**
 * Ingest files and directories (walked recursively, entries sorted by name,
 * so runs are deterministic). Yields one result per file, in order; a file
 * that fails is reported as `{ ok: false, error }` and the rest goes on.
 *
 * @example
 * ```ts
 * for await (const r of ingestPaths(['examples/corpus'])) if (r.ok) console.log(r.path, r.docs.length);
 * ```
 */
export async function* ingestPaths(paths: string[], options: IngestPathsOptions = {}): AsyncIterable<IngestResult> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const files: Array<{ path: string; error?: KgError }> = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) for await (const file of walk(path, extensions)) files.push(file);
      else files.push({ path });
    } catch (error) {
      files.push({ path, error: fileError(path, error) });
    }
  }
  let done = 0;
  for (const file of files) {
    if (options.signal?.aborted) return;
    let result: IngestResult;
    if (file.error) result = { ok: false, path: file.path, error: file.error };
    else {
      try {
        const report = await ingestFileReport(file.path, options);
        result = { ok: true, path: file.path, docs: report.docs, diagnostics: report.diagnostics };
      } catch (error) {
        result = { ok: false, path: file.path, error: asKgError(file.path, error) };
      }
    }
    done++;
    options.onProgress?.({ done, total: files.length, path: file.path });
    yield result;
  }
}

/** Files under `dir` in name order; a folder that cannot be listed becomes a failed entry, the walk goes on. */
async function* walk(dir: string, extensions: readonly string[]): AsyncIterable<{ path: string; error?: KgError }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { path: dir, error: fileError(dir, error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, extensions);
    else if (entry.isFile() && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) yield { path };
  }
}

function fileError(path: string, error: unknown): KgError {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT')
    return new NotFoundError(`File not found: ${path}; check the path`, { code: 'KG_FILE_NOT_FOUND', cause: error });
  if (code === 'EISDIR')
    return new DecodeError(`Cannot read ${path}: it is a directory`, {
      file: path,
      code: 'KG_NOT_A_FILE',
      cause: error,
    });
  const message = error instanceof Error ? error.message : String(error);
  return new KgError(`Cannot read ${path}: ${message}`, { code: 'KG_READ', cause: error });
}

function asKgError(path: string, error: unknown): KgError {
  if (error instanceof KgError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new KgError(`Failed to ingest ${path}: ${message}`, { code: 'KG_INGEST', cause: error });
}

function sourceFile(bytes: Uint8Array, path: string, name: string, encoding: string): SourceFile {
  return {
    path,
    name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding,
    byteLength: bytes.byteLength,
  };
}

function utf8Prefix(text: string): Int32Array {
  const table = new Int32Array(text.length + 1);
  let offset = 0;
  for (let u = 0; u < text.length; u++) {
    table[u] = offset;
    const c = text.charCodeAt(u);
    if (c < 0x80) offset += 1;
    else if (c < 0x800) offset += 2;
    else if (c >= 0xd800 && c <= 0xdbff && u + 1 < text.length) {
      const d = text.charCodeAt(u + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[++u] = offset;
        offset += 4;
      } else offset += 3;
    } else offset += 3;
  }
  table[text.length] = offset;
  return table;
}
