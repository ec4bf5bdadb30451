import type { PageMeta } from '../normalize/index.js';
import { issueDateLine, speechDateline } from './datelines.js';
import { findEventDate } from './event-date.js';
import { gazetteerPlaces } from './gazetteer-places.js';
import { detectJurisdiction, type PlaceResolver } from './jurisdiction.js';
import { findPlaceholders } from './placeholders.js';
import type { Block, Diagnostic, DocMeta, Sentence, Span } from './types.js';

export interface MetadataOptions {
  /** Publication date to use when the page prints none (ISO 8601, possibly partial). */
  published?: string;
  /**
   * Place-name lookup for the jurisdiction. Default: the `@policy-kg/ontology`
   * gazetteer. `false`: detect only the level (全省/全市/全县).
   */
  places?: PlaceResolver | false;
}

export interface DescribedText {
  meta: DocMeta;
  /** Spans of `text` the title and event date were read from. */
  spans: { title?: Span; eventDate?: Span };
  placeholders: Span[];
  diagnostics: Diagnostic[];
}

/**
 * Read a text's metadata: title from its title block; publication date,
 * source and author from the page chrome (or the caller); the event date
 * resolved against the publication date; the jurisdiction; placeholders.
 */
export function describeText(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  options: MetadataOptions & { page: PageMeta; collectionTitle: string | undefined; resolveAgainstPublished: boolean },
): DescribedText {
  const meta: DocMeta = {};
  const spans: DescribedText['spans'] = {};
  const diagnostics: Diagnostic[] = [];
  const title = blocks.find((b) => b.kind === 'title');
  if (title) {
    meta.title = text.slice(title.span.start, title.span.end);
    spans.title = title.span;
  } else diagnostics.push({ code: 'KG_NO_TITLE', severity: 'info', message: 'no title line found' });
  let published = options.page.published ?? options.published;
  // A document without page chrome may print its own issue date (…2024年3月20日印发).
  if (published === undefined && !options.collectionTitle) {
    const issued = issueDateLine(text);
    if (issued) {
      published = issued.iso;
      diagnostics.push({
        code: 'KG_PUBLISHED_FROM_TEXT',
        severity: 'info',
        message: `publication date ${issued.iso} read from the document's issue-date line`,
        span: { start: issued.start, end: issued.end },
      });
    }
  }
  if (published !== undefined) meta.published = published;
  if (options.page.source !== undefined) meta.source = options.page.source;
  if (options.page.author !== undefined) meta.author = options.page.author;
  if (options.collectionTitle !== undefined) meta.collectionTitle = options.collectionTitle;

  const body = sentences
    .filter((s) => blocks[s.block]?.kind !== 'title')
    .map((s) => ({ text: text.slice(s.span.start, s.span.end), start: s.span.start }));
  const eventOptions: { published?: string; title?: string } = {};
  if (published !== undefined && options.resolveAgainstPublished) eventOptions.published = published;
  if (meta.title !== undefined) eventOptions.title = meta.title;
  // A speech's dateline under its title is the day it was given.
  const dateline = speechDateline(text, blocks);
  const event = dateline
    ? { iso: dateline.iso, span: { start: dateline.start, end: dateline.end }, basis: 'absolute' as const }
    : findEventDate(body, eventOptions);
  if (event?.basis === 'unresolved') {
    diagnostics.push({
      code: 'KG_EVENT_YEAR_UNKNOWN',
      severity: 'info',
      message: `event date ${text.slice(event.span.start, event.span.end)} has no year: ${options.resolveAgainstPublished ? 'the page gives no publication date' : 'the text comes from a collection page, whose date is not its own,'} and the text names no year for it`,
      span: event.span,
    });
  } else if (event) {
    meta.eventDate = event.iso;
    spans.eventDate = event.span;
    if (event.basis !== 'absolute') {
      diagnostics.push({
        code: 'KG_EVENT_DATE_RESOLVED',
        severity: 'info',
        message: `event date ${text.slice(event.span.start, event.span.end)} read as ${event.iso} (${BASIS[event.basis]}${event.basis === 'published' || event.basis === 'relative' ? ` ${published}` : ''})`,
        span: event.span,
      });
    }
  }

  const jurisdictionOptions: { places?: PlaceResolver } = {};
  if (options.places !== false) jurisdictionOptions.places = options.places ?? gazetteerPlaces();
  const jurisdiction = detectJurisdiction(meta.title ?? '', text, jurisdictionOptions);
  if (jurisdiction) meta.jurisdiction = jurisdiction;

  const placeholders = findPlaceholders(text);
  const first = placeholders[0];
  if (first) {
    // One diagnostic per text: template pages hold hundreds of placeholders.
    const forms = [...new Set(placeholders.map((p) => text.slice(p.start, p.end)))].slice(0, 5);
    diagnostics.push({
      code: 'KG_PLACEHOLDER',
      severity: 'warning',
      message: `${placeholders.length} placeholder(s) (${forms.map((f) => `"${f}"`).join(', ')}) stand for values the source left out; they are not read as values`,
      span: first,
    });
  }
  return { meta, spans, placeholders, diagnostics };
}

const BASIS = {
  absolute: 'written out',
  published: 'year from the publication date',
  'meeting-name': 'year from the meeting name',
  relative: 'counted from the publication date',
} as const;

/**
 * The date of a text from its own evidence: the event it reports, else its
 * publication date, except in a collection, whose page date belongs to the
 * page, not to the speeches on it (an unknown year stays unknown).
 *
 * @example textDate({ published: '2023-11-19', inCollection: true }); // undefined
 */
export function textDate(meta: DocMeta): string | undefined {
  return meta.eventDate ?? (meta.inCollection ? undefined : meta.published);
}
