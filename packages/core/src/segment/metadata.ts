import type { PageMeta } from '../normalize/index.js';
import type { Block, Diagnostic, DocMeta, Span } from './types.js';

export interface MetadataOptions {
  /** Publication date to use when the page prints none (ISO 8601, possibly partial). */
  published?: string;
}

export interface DescribedText {
  meta: DocMeta;
  placeholders: Span[];
  diagnostics: Diagnostic[];
}

/**
 * Read a text's metadata: title from its title block, publication date,
 * source and author from the page chrome (or the caller).
 */
export function describeText(
  text: string,
  blocks: Block[],
  options: MetadataOptions & { page: PageMeta; collectionTitle: string | undefined },
): DescribedText {
  const meta: DocMeta = {};
  const diagnostics: Diagnostic[] = [];
  const title = blocks.find((b) => b.kind === 'title');
  if (title) meta.title = text.slice(title.span.start, title.span.end);
  else diagnostics.push({ code: 'KG_NO_TITLE', severity: 'info', message: 'no title line found' });
  const published = options.page.published ?? options.published;
  if (published !== undefined) meta.published = published;
  if (options.page.source !== undefined) meta.source = options.page.source;
  if (options.page.author !== undefined) meta.author = options.page.author;
  return { meta, placeholders: [], diagnostics };
}
