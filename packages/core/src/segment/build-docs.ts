import type { DecodedText, NormalizedText, NormalizeOptions } from '../normalize/index.js';
import { normalizeText, OriginText } from '../normalize/index.js';
import { blocksOf } from './blocks.js';
import { splitCollection } from './collection.js';
import { splitTextLines } from './lines.js';
import { describeText, type MetadataOptions } from './metadata.js';
import { createOffsetMap } from './offset-map.js';
import { sentencesOf } from './sentences.js';
import type { Diagnostic, Doc, DocMeta, OriginSpan, SourceFile } from './types.js';

export interface BuildOptions extends MetadataOptions {
  normalize?: NormalizeOptions;
}

/** Texts of one file, and problems that concern the file rather than one text. */
export interface BuiltFile {
  docs: Doc[];
  diagnostics: Diagnostic[];
}

/**
 * Normalize a decoded file and cut it into `Doc`s: one per text of a
 * collection, each with blocks, sentences, metadata and an offset map into
 * the file.
 */
export function buildDocs(decoded: DecodedText, source: SourceFile, options: BuildOptions = {}): BuiltFile {
  const fileDiagnostics: Diagnostic[] = [...decoded.diagnostics];
  const normalized: NormalizedText = normalizeText(decoded.text, options.normalize);
  const origin = new OriginText(decoded.text, decoded.bytePrefix);
  const { text, starts, ends } = normalized.text;
  const lines = splitTextLines(text);
  if (lines.length === 0) {
    fileDiagnostics.push({
      code: 'KG_EMPTY',
      severity: 'warning',
      message: `${source.name} holds no text${decoded.text.length > 0 ? ' after removing page chrome' : ''}`,
    });
    return { docs: [], diagnostics: fileDiagnostics };
  }
  const layout = splitCollection(lines);
  const collectionTitle = layout.header === undefined ? undefined : lines[layout.header]?.text;
  if (layout.preamble) {
    fileDiagnostics.push({
      code: 'KG_PREAMBLE_SKIPPED',
      severity: 'info',
      message: `${source.name}: ${layout.preamble.endLine - layout.preamble.firstLine} introductory line(s) before the first text belong to no text`,
    });
  }
  const docs = layout.parts.map((part, index): Doc => {
    const first = lines[part.firstLine];
    const last = lines[part.endLine - 1];
    const from = first?.start ?? 0;
    const to = last?.end ?? from;
    const docText = text.slice(from, to);
    const docLines = lines
      .slice(part.firstLine, part.endLine)
      .map((l) => ({ ...l, start: l.start - from, end: l.end - from }));
    const blocks = blocksOf(docLines, { title: true });
    const sentences = sentencesOf(docText, blocks);
    const diagnostics: Diagnostic[] = [...normalized.diagnostics.map((d) => ({ ...d }))];
    if (layout.parts.length > 1) {
      diagnostics.push({
        code: 'KG_COLLECTION',
        severity: 'info',
        message: `text ${index + 1} of ${layout.parts.length} in the collection ${source.name}`,
      });
    }
    // A collection page's date is when the page was posted, not when its texts were:
    // partial dates inside its texts are not resolved against it.
    const described = describeText(docText, blocks, sentences, {
      ...options,
      page: normalized.page,
      collectionTitle,
      resolveAgainstPublished: layout.parts.length === 1,
    });
    diagnostics.push(...described.diagnostics);
    if (layout.parts.length > 1) described.meta.inCollection = true;
    const map = createOffsetMap(origin, starts.subarray(from, to), ends.subarray(from, to));
    // Evidence is located on first access: locating builds the file's byte and
    // code-point tables, which a run that never asks should not pay for.
    const evidence: NonNullable<DocMeta['evidence']> = {};
    const lazy = (key: keyof typeof evidence, find: () => OriginSpan): void => {
      let value: OriginSpan | undefined;
      Object.defineProperty(evidence, key, { enumerable: true, get: () => (value ??= find()) });
    };
    const { title: titleSpan, eventDate: eventSpan } = described.spans;
    if (titleSpan) lazy('title', () => map.locate(titleSpan));
    if (eventSpan) lazy('eventDate', () => map.locate(eventSpan));
    for (const key of ['published', 'source', 'author'] as const) {
      const range = normalized.page.origins?.[key];
      if (range && described.meta[key] === normalized.page[key]) lazy(key, () => origin.locate(range.start, range.end));
    }
    if (Object.keys(evidence).length > 0) described.meta.evidence = evidence;
    return {
      id: `${source.name}#${index}`,
      source,
      index,
      text: docText,
      origin: map,
      meta: described.meta,
      blocks,
      sentences,
      placeholders: described.placeholders,
      diagnostics,
    };
  });
  return { docs, diagnostics: fileDiagnostics };
}
