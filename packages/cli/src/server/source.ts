import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerContext } from './context.js';

/** The original text of a document and a span in it, ready for highlighting. */
export interface SourceText {
  doc: string;
  fileName?: string;
  title?: string;
  encoding: string;
  /** The whole decoded file. */
  text: string;
  /** The span in UTF-16 units of `text` (what the browser's String indexes). */
  start: number;
  end: number;
  quote: string;
}

/**
 * Where the raw bytes of a document are: a copy inside the store
 * (`DIR/sources/`, named by hash) when the store keeps one, else the path the
 * manifest recorded. Only bytes whose SHA-256 matches the stored hash are
 * used, so a changed or vanished original is never shown as the source.
 */
export async function readSourceBytes(ctx: ServerContext, sha256: string): Promise<Buffer | undefined> {
  const candidates: string[] = [];
  try {
    const dir = join(ctx.dir, 'sources');
    for (const name of await readdir(dir, { recursive: true })) {
      if (name.includes(sha256)) candidates.push(join(dir, name));
    }
  } catch {
    // no copies in this store
  }
  for (const s of ctx.manifest.sources) if (s.sha256 === sha256) candidates.push(s.path);
  for (const path of candidates) {
    try {
      const bytes = await readFile(path);
      if (createHash('sha256').update(bytes).digest('hex') === sha256) return bytes;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/**
 * Decode the original file and convert a code-point span (what RDF stores,
 * RFC 5147) to UTF-16 units. Throws RangeError when the span is outside the text.
 */
export function sliceSource(
  bytes: Uint8Array,
  options: { encoding: string; start: number; end: number },
): { text: string; start: number; end: number; quote: string } {
  const text = new TextDecoder(options.encoding.toLowerCase()).decode(bytes);
  const points = Array.from(text);
  const { start, end } = options;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= points.length)) {
    throw new RangeError(`span ${start}-${end} is outside the text (${points.length} code points)`);
  }
  const u16start = points.slice(0, start).join('').length;
  const quote = points.slice(start, end).join('');
  return { text, start: u16start, end: u16start + quote.length, quote };
}
