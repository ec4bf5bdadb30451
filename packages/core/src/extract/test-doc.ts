import type { Block, Doc, Jurisdiction, Sentence } from '../segment/index.js';
import { findPlaceholders } from '../segment/index.js';

/** Options of {@link makeTestDoc}. */
export interface TestDocOptions {
  /** File name; default `test.txt`. */
  name?: string;
  published?: string;
  eventDate?: string;
  jurisdiction?: Jurisdiction;
  /** The text was cut from a collection page (its `published` is the page's). */
  inCollection?: boolean;
  /** The first line is the text's title (a `title` block and `meta.title`). */
  title?: boolean;
}

/**
 * A minimal `Doc` for unit tests and as a fallback: NFKC, whitespace inside
 * lines removed, one block per line, sentences split on 。!?; and newlines,
 * placeholders (`xx县`, `202-年`) found as ingestion finds them.
 *
 * @example makeTestDoc('省委书记张三指出,要抓落实。', { jurisdiction: { level: 'province', name: '某某省' } })
 */
export function makeTestDoc(raw: string, options: TestDocOptions = {}): Doc {
  const text = raw
    .normalize('NFKC')
    .split(/\r?\n/u)
    .map((l) => l.replace(/[\s\u3000]+/gu, ''))
    .filter((l) => l.length > 0)
    .join('\n');
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const block = blocks.length;
    blocks.push({ kind: 'paragraph', span: { start: at, end: at + line.length } });
    let s = at;
    for (let i = 0; i < line.length; i++) {
      if ('。!?;'.includes(line[i] ?? '')) {
        sentences.push({ span: { start: s, end: at + i + 1 }, block });
        s = at + i + 1;
      }
    }
    if (s < at + line.length) sentences.push({ span: { start: s, end: at + line.length }, block });
    at += line.length + 1;
  }
  const name = options.name ?? 'test.txt';
  const meta: Doc['meta'] = {};
  if (options.published) meta.published = options.published;
  if (options.eventDate) meta.eventDate = options.eventDate;
  if (options.jurisdiction) meta.jurisdiction = options.jurisdiction;
  if (options.inCollection) meta.inCollection = true;
  const first = blocks[0];
  if (options.title && first) {
    first.kind = 'title';
    meta.title = text.slice(first.span.start, first.span.end);
  }
  return {
    id: `${name}#0`,
    source: { path: name, name, sha256: '', encoding: 'UTF-8', byteLength: text.length },
    index: 0,
    text,
    origin: {
      locate: (span) => ({ chars: span, utf16: span, bytes: span, quote: text.slice(span.start, span.end) }),
    },
    meta,
    blocks,
    sentences,
    placeholders: findPlaceholders(text),
    diagnostics: [],
  };
}
