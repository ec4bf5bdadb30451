import type { Doc, Span } from '../segment/index.js';
import { compactDoc } from './compact.js';
import { extractIndicators } from './indicator.js';
import { extractInstitutions } from './institution.js';
import { extractMeetings } from './meeting.js';
import { extractOfficials } from './official.js';
import { extractPolicies } from './policy.js';
import { extractSlogans } from './slogan.js';
import { extractStatements } from './statement.js';
import type { Extractor, Mention } from './types.js';

/** The extractors, one per kind, in the order their mentions are yielded. */
export const EXTRACTORS: ReadonlyArray<Extractor<Mention>> = [
  extractOfficials,
  extractInstitutions,
  extractPolicies,
  extractSlogans,
  extractIndicators,
  extractMeetings,
  extractStatements,
];

/**
 * Run every extractor over a document. Rules see the text with in-line
 * whitespace removed; every span in the result is mapped back to `doc.text`.
 * String fields (names, content text) are the compact forms.
 *
 * @example for (const m of extractMentions(doc)) console.log(m.kind, m.text);
 */
export function* extractMentions(doc: Doc): Iterable<Mention> {
  const { doc: compact, toOriginal } = compactDoc(doc);
  for (const extract of EXTRACTORS) {
    for (const m of extract(compact)) yield remap(m, toOriginal);
  }
}

function remap(m: Mention, map: (s: Span) => Span): Mention {
  const out = { ...m, span: map(m.span) } as Mention;
  if (out.kind === 'indicator' && m.kind === 'indicator') out.sourceSpan = map(m.sourceSpan);
  if (out.kind === 'statement' && m.kind === 'statement') {
    if (m.content) out.content = map(m.content);
    if (m.speakerSpan) out.speakerSpan = map(m.speakerSpan);
  }
  return out;
}
