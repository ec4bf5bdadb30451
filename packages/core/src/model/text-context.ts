import { DCTERMS, KG, OA, PROV, RDF } from '@policy-kg/ontology';
import type { NamedNode, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { Mention } from '../extract/index.js';
import type { LinkedText } from '../link/index.js';
import type { Span } from '../segment/index.js';
import { mint } from './iris.js';
import { dateLiteral, iri, nonNeg, type QuadSink, str } from './rdf.js';
import { LIBRARY_VERSION } from './version.js';

/** Characters of context kept around a quote (`oa:prefix`/`oa:suffix`), for re-anchoring. */
const QUOTE_CONTEXT = 16;

/**
 * Builds the document-scoped resources of one text: spans (Web Annotation),
 * mentions and extraction activities, with PROV links to the document.
 */
export class TextContext {
  readonly docIri: NamedNode;
  readonly textIri: NamedNode;
  private readonly activities = new Map<string, Set<string>>();
  // A span or mention is written once per text, however many facts point at it.
  private readonly spans = new Map<string, NamedNode | undefined>();
  private readonly mentions = new Map<string, NamedNode>();

  constructor(
    readonly sink: QuadSink,
    readonly text: LinkedText,
  ) {
    this.docIri = iri(mint.document(text.doc.source.sha256));
    this.textIri = iri(mint.text(text.doc.source.sha256, text.doc.index));
  }

  /**
   * An `oa:SpecificResource` on the original file: code-point positions
   * (`oa:TextPositionSelector`), the exact quote with prefix/suffix
   * (`oa:TextQuoteSelector`) and byte offsets. Undefined for an empty span.
   */
  span(span: Span): NamedNode | undefined {
    const key = `${span.start}:${span.end}`;
    if (this.spans.has(key)) return this.spans.get(key);
    const node = this.writeSpan(span);
    this.spans.set(key, node);
    return node;
  }

  private writeSpan(span: Span): NamedNode | undefined {
    if (span.end <= span.start) return undefined;
    const { doc } = this.text;
    const origin = doc.origin.locate(span);
    if (origin.quote.length === 0) return undefined;
    const node = iri(mint.span(this.text.textKey, span.start, span.end));
    const { sink } = this;
    sink.add(node, RDF.type, iri(OA.SpecificResource));
    sink.add(node, OA.hasSource, this.docIri);
    sink.add(node, KG.byteStart, nonNeg(origin.bytes.start));
    sink.add(node, KG.byteEnd, nonNeg(origin.bytes.end));
    const position = iri(`${node.value}/position`);
    sink.add(node, OA.hasSelector, position);
    sink.add(position, RDF.type, iri(OA.TextPositionSelector));
    sink.add(position, OA.start, nonNeg(origin.chars.start));
    sink.add(position, OA.end, nonNeg(origin.chars.end));
    const quote = iri(`${node.value}/quote`);
    sink.add(node, OA.hasSelector, quote);
    sink.add(quote, RDF.type, iri(OA.TextQuoteSelector));
    sink.add(quote, OA.exact, str(origin.quote));
    const before = doc.origin.locate({ start: Math.max(0, span.start - QUOTE_CONTEXT), end: span.start }).quote;
    const after = doc.origin.locate({
      start: span.end,
      end: Math.min(doc.text.length, span.end + QUOTE_CONTEXT),
    }).quote;
    if (before) sink.add(quote, OA.prefix, str(before));
    if (after) sink.add(quote, OA.suffix, str(after));
    return node;
  }

  /** The extraction activity of a component (`extract/official`) in this file; records the rule. */
  activity(component: string, rule: string): NamedNode {
    let rules = this.activities.get(component);
    if (!rules) {
      rules = new Set();
      this.activities.set(component, rules);
    }
    rules.add(rule);
    return iri(mint.activity(this.text.doc.source.sha256, component));
  }

  /** Provenance of a fact: primary source, generating activity, and the mention it was read from. */
  provenance(subject: Quad_Subject, m: Mention, mention: NamedNode | undefined): void {
    this.sink.add(subject, PROV.hadPrimarySource, this.docIri);
    this.sink.add(subject, PROV.wasGeneratedBy, this.activity(`extract/${m.kind}`, m.rule));
    if (mention) this.sink.add(subject, PROV.wasDerivedFrom, mention);
  }

  /**
   * A `kg:Mention` of `m` (optionally over `span` instead of `m.span`),
   * referring to `entity`. Undefined when the span is empty.
   */
  mention(
    m: Mention,
    entity: Quad_Object | undefined,
    options: { span?: Span; extra?: string } = {},
  ): NamedNode | undefined {
    const where = options.span ?? m.span;
    const spanNode = this.span(where);
    if (!spanNode) return undefined;
    const node = iri(mint.mention(this.text.textKey, m.kind, where.start, where.end, options.extra ?? ''));
    const seen = this.mentions.get(node.value);
    if (seen) return seen;
    this.mentions.set(node.value, node);
    const { sink } = this;
    sink.add(node, RDF.type, iri(KG.Mention));
    sink.add(node, KG.span, spanNode);
    sink.add(node, KG.refersTo, entity);
    sink.add(node, KG.rule, str(m.rule));
    sink.add(node, DCTERMS.isPartOf, this.textIri);
    sink.add(node, DCTERMS.date, dateLiteral(this.text.date));
    this.provenance(node, m, undefined);
    return node;
  }

  /** Write the activities used so far (call once, after every fact of the text). */
  flushActivities(): void {
    for (const [component, rules] of [...this.activities].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const node = iri(mint.activity(this.text.doc.source.sha256, component));
      this.sink.add(node, RDF.type, iri(KG.ExtractionActivity));
      this.sink.add(node, KG.component, str(component));
      this.sink.add(node, KG.toolVersion, str(LIBRARY_VERSION));
      for (const rule of [...rules].sort()) this.sink.add(node, KG.rule, str(rule));
      this.sink.add(node, PROV.used, this.docIri);
    }
  }
}
