import { DCTERMS, KG, RDF } from '@policy-kg/ontology';
import type { NamedNode, Quad } from '@rdfjs/types';
import type { LinkedText } from '../link/index.js';
import type { SourceFile } from '../segment/index.js';
import { indicatorQuads, meetingQuads, policyQuads, sloganQuads, statementQuads } from './facts.js';
import { mint } from './iris.js';
import { canonicalQuads } from './nquads.js';
import { institutionQuads, officialQuads } from './people.js';
import { jurisdictionQuads } from './places.js';
import { dateLiteral, iri, nonNeg, QuadSink, str, zh } from './rdf.js';
import { TextContext } from './text-context.js';

/** The RDF of one source file: its own named graph. */
export interface DocumentGraph {
  /** Named graph IRI (one per source file, from its SHA-256). */
  graph: NamedNode;
  document: NamedNode;
  source: SourceFile;
  /** Sorted, deduplicated quads, all in `graph`. */
  quads: Quad[];
  /** Facts that could not be written (a statement whose speaker is unknown), by kind. */
  skipped: Record<string, number>;
}

/**
 * Build the named graph of one source file from its linked texts: the
 * document and its texts, every mention with its Web Annotation span, and the
 * facts (officials, posts, institutions, places, policies, slogans,
 * indicators, meetings, statements), each with PROV. A pure function of the
 * texts, so a file can be replaced or removed alone, and deterministic.
 *
 * @example const g = buildDocumentGraph(docs.map((d) => linkText(d)));
 */
export function buildDocumentGraph(texts: readonly LinkedText[]): DocumentGraph {
  const first = texts[0];
  if (!first) throw new TypeError('buildDocumentGraph needs at least one text');
  const source = first.doc.source;
  const graph = iri(mint.graph(source.sha256));
  const sink = new QuadSink(graph);
  const document = iri(mint.document(source.sha256));
  sink.add(document, RDF.type, iri(KG.Document));
  sink.add(document, KG.sha256, str(source.sha256));
  sink.add(document, KG.encoding, str(source.encoding));
  sink.add(document, KG.fileName, str(source.name));
  const meta = first.doc.meta;
  const title = texts.length > 1 ? (meta.collectionTitle ?? meta.title) : meta.title;
  if (title) sink.add(document, DCTERMS.title, zh(title));
  sink.add(document, DCTERMS.issued, dateLiteral(meta.published));
  if (meta.source) sink.add(document, DCTERMS.source, str(meta.source));
  if (texts.length === 1) sink.add(document, KG.jurisdiction, jurisdictionQuads(sink, first.place, meta.jurisdiction));
  const skipped: Record<string, number> = {};
  for (const text of texts) {
    const ctx = new TextContext(sink, text);
    textQuads(ctx, skipped);
    ctx.flushActivities();
  }
  return { graph, document, source, quads: canonicalQuads(sink.quads), skipped };
}

function textQuads(ctx: TextContext, skipped: Record<string, number>): void {
  const { sink, text } = ctx;
  const { doc } = text;
  sink.add(ctx.textIri, RDF.type, iri(KG.Text));
  sink.add(ctx.textIri, DCTERMS.isPartOf, ctx.docIri);
  sink.add(ctx.textIri, KG.textIndex, nonNeg(doc.index));
  if (doc.meta.title) sink.add(ctx.textIri, DCTERMS.title, zh(doc.meta.title));
  sink.add(ctx.textIri, DCTERMS.date, dateLiteral(text.date));
  sink.add(ctx.textIri, KG.jurisdiction, jurisdictionQuads(sink, text.place, doc.meta.jurisdiction));
  for (const inst of text.institutions) {
    const node = institutionQuads(ctx, inst);
    for (const m of inst.mentions) ctx.mention(m, node);
  }
  for (const o of text.officials) officialQuads(ctx, o);
  for (const m of text.policies) policyQuads(ctx, m);
  for (const m of text.slogans) sloganQuads(ctx, m);
  for (const m of text.indicators) if (!indicatorQuads(ctx, m)) count(skipped, 'indicator');
  for (const meeting of text.meetings) meetingQuads(ctx, meeting);
  for (const m of text.statements) if (!statementQuads(ctx, m)) count(skipped, 'statement');
}

function count(tally: Record<string, number>, kind: string): void {
  tally[kind] = (tally[kind] ?? 0) + 1;
}
