import { DCTERMS, KG, RDF, XSD } from '@policy-kg/ontology';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { mint } from './iris.js';
import { canonicalQuads } from './nquads.js';
import { iri, QuadSink } from './rdf.js';
import type { QuadMatcher } from './source.js';

/**
 * Cross-document aggregates, recomputed from the document graphs after every
 * build: `kg:firstSeen`/`kg:lastSeen` of each policy and slogan (the earliest
 * and latest full date of a text that mentions it). Kept in their own graph so
 * that document graphs stay a function of their document alone.
 *
 * @example summaryQuads(store); // quads in the summary graph
 */
export function summaryQuads(source: QuadMatcher): Quad[] {
  const sink = new QuadSink(iri(mint.summaryGraph()));
  const typeOf = iri(RDF.type);
  const refersTo = iri(KG.refersTo);
  const date = iri(DCTERMS.date);
  for (const cls of [KG.Policy, KG.Slogan]) {
    const seen = new Map<string, { first: string; last: string }>();
    const concepts = new Set<string>();
    for (const q of source.match(null, typeOf, iri(cls), null)) concepts.add(q.subject.value);
    for (const value of concepts) {
      for (const m of source.match(null, refersTo, iri(value), null)) {
        for (const d of source.match(m.subject, date, null, null)) {
          if (!isFullDate(d.object)) continue;
          const day = d.object.value;
          const range = seen.get(value);
          if (!range) seen.set(value, { first: day, last: day });
          else {
            if (day < range.first) range.first = day;
            if (day > range.last) range.last = day;
          }
        }
      }
    }
    for (const [value, range] of seen) {
      sink.add(iri(value), KG.firstSeen, DataFactory.literal(range.first, iri(XSD.date)));
      sink.add(iri(value), KG.lastSeen, DataFactory.literal(range.last, iri(XSD.date)));
    }
  }
  return canonicalQuads(sink.quads);
}

function isFullDate(t: Term): boolean {
  return t.termType === 'Literal' && t.datatype.value === XSD.date;
}
