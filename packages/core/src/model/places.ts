import {
  ancestors,
  KG,
  KG_RESOURCES,
  PLACE_LEVEL_TERMS,
  type Place,
  RDF,
  SKOS,
  WD_NAMESPACE,
  wikidataIri,
} from '@policy-kg/ontology';
import type { Quad_Subject } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { Jurisdiction } from '../segment/index.js';
import { mint } from './iris.js';
import { iri, type QuadSink, zh } from './rdf.js';

/** The country node (`kgid:place/CN`): national level, no code. */
export function countryQuads(sink: QuadSink): Quad_Subject {
  const cn = iri(KG_RESOURCES.china);
  sink.add(cn, RDF.type, iri(KG.AdministrativeDivision));
  sink.add(cn, SKOS.inScheme, iri(KG_RESOURCES.divisionScheme));
  sink.add(cn, KG.level, iri(KG.NationalLevel));
  sink.add(cn, SKOS.prefLabel, zh('中华人民共和国'));
  // As in the ontology: the genre calls the country 全国 (a national text's scope) and 中国.
  sink.add(cn, SKOS.altLabel, zh('全国'));
  sink.add(cn, SKOS.altLabel, zh('中国'));
  sink.add(cn, SKOS.exactMatch, iri(`${WD_NAMESPACE}Q148`));
  return cn;
}

/**
 * The place node a text speaks for: its gazetteer place, else the country
 * for a national text (全国 conferences, national bodies' texts), else none.
 *
 * @example jurisdictionQuads(sink, undefined, { level: 'national' }); // kgid:place/CN
 */
export function jurisdictionQuads(
  sink: QuadSink,
  place: Place | undefined,
  jurisdiction: Jurisdiction | undefined,
): Quad_Subject | undefined {
  if (place) return placeQuads(sink, place);
  return jurisdiction?.level === 'national' ? countryQuads(sink) : undefined;
}

// Places already written into a sink (a place and its ancestors are the same in every text).
const placesWritten = new WeakMap<QuadSink, Set<string>>();

/**
 * A gazetteer place and its ancestors up to the country, as
 * `kg:AdministrativeDivision`s with GB/T 2260 codes (`skos:notation`) and,
 * where recorded, their Wikidata QIDs (`skos:exactMatch`).
 *
 * @example placeQuads(sink, lookupPlaces('兰州')[0]!); // kgid:place/620100 …
 */
export function placeQuads(sink: QuadSink, place: Place): Quad_Subject {
  let written = placesWritten.get(sink);
  if (!written) {
    written = new Set();
    placesWritten.set(sink, written);
  }
  if (written.has(place.code)) return iri(mint.place(place.code));
  written.add(place.code);
  const chain = [place, ...ancestors(place.code)];
  for (const p of chain) {
    const node = iri(mint.place(p.code));
    sink.add(node, RDF.type, iri(KG.AdministrativeDivision));
    sink.add(node, SKOS.inScheme, iri(KG_RESOURCES.divisionScheme));
    sink.add(node, KG.level, iri(PLACE_LEVEL_TERMS[p.level]));
    sink.add(node, SKOS.notation, DataFactory.literal(p.code, iri(KG.GBT2260Code)));
    sink.add(node, SKOS.prefLabel, zh(p.name));
    for (const short of p.shortNames) if (short !== p.name) sink.add(node, SKOS.altLabel, zh(short));
    sink.add(node, SKOS.broader, iri(p.parent ? mint.place(p.parent) : KG_RESOURCES.china));
    // As for national bodies: skos:exactMatch, only where the ontology records a sourced QID.
    const wd = wikidataIri(p);
    if (wd) sink.add(node, SKOS.exactMatch, iri(wd));
  }
  countryQuads(sink);
  return iri(mint.place(place.code));
}
