import { ancestors, KG, KG_RESOURCES, PLACE_LEVEL_TERMS, type Place, RDF, SKOS } from '@policy-kg/ontology';
import type { Quad_Subject } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { mint } from './iris.js';
import { iri, type QuadSink, zh } from './rdf.js';

/** The country node (`kgid:place/CN`): national level, no code. */
export function countryQuads(sink: QuadSink): Quad_Subject {
  const cn = iri(KG_RESOURCES.china);
  sink.add(cn, RDF.type, iri(KG.AdministrativeDivision));
  sink.add(cn, SKOS.inScheme, iri(KG_RESOURCES.divisionScheme));
  sink.add(cn, KG.level, iri(KG.NationalLevel));
  sink.add(cn, SKOS.prefLabel, zh('中华人民共和国'));
  return cn;
}

// Places already written into a sink (a place and its ancestors are the same in every text).
const placesWritten = new WeakMap<QuadSink, Set<string>>();

/**
 * A gazetteer place and its ancestors up to the country, as
 * `kg:AdministrativeDivision`s with GB/T 2260 codes (`skos:notation`).
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
  }
  countryQuads(sink);
  return iri(mint.place(place.code));
}
