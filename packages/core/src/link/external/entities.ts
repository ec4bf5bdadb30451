import { placeByCode } from '@policy-kg/ontology';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { FOAF_NAME, ID, KG, KG_RESOURCES, ORG, RDF, RDFS, SCHEMA, SKOS, WD_NAMESPACE, XSD } from './vocab.js';

/** Kinds of entities `kg link` matches. */
export type LinkKind = 'official' | 'institution' | 'place';

/** An entity as the matcher sees it. */
export interface LinkEntity {
  iri: string;
  kind: LinkKind;
  labels: string[];
  /** GB/T 2260 code of the entity's place (its own code for a place). */
  placeCode?: string;
  /** Wikidata entity IRI. */
  wikidata?: string;
  /** Validity or attestation interval (ISO dates), when known. */
  from?: string;
  until?: string;
  /** A national body or the country: linked only by Wikidata IRI, never by label. */
  national?: boolean;
}

/** Pattern matching over named graphs (`null` = wildcard); `GraphStore` fits. */
export interface LinkSource {
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad>;
}

const TYPE_KINDS: Readonly<Record<string, LinkKind>> = {
  [KG.Official]: 'official',
  [SCHEMA.Person]: 'official',
  'http://xmlns.com/foaf/0.1/Person': 'official',
  [KG.Institution]: 'institution',
  [ORG.Organization]: 'institution',
  [ORG.FormalOrganization]: 'institution',
  [SCHEMA.GovernmentOrganization]: 'institution',
  [SCHEMA.Organization]: 'institution',
  [KG.AdministrativeDivision]: 'place',
  [SCHEMA.AdministrativeArea]: 'place',
};

const LABELS = new Set([RDFS.label, SKOS.prefLabel, SKOS.altLabel, SCHEMA.name, SCHEMA.alternateName, FOAF_NAME]);
const CODE = /^\d{6}$/;
const STRING_TYPES = new Set<string>([XSD.string, KG.GBT2260Code]);
/** A plain or code-typed literal of six digits that the gazetteer knows (not a number that happens to have six digits). */
const isPlaceCode = (o: Term): boolean =>
  o.termType === 'Literal' &&
  CODE.test(o.value) &&
  STRING_TYPES.has(o.datatype.value) &&
  placeByCode(o.value) !== undefined;
const KG_NS = KG.Official.slice(0, -'Official'.length);

/**
 * The officials, institutions and places of some graphs (all graphs when
 * `graphs` is empty; `exclude` left out), with labels, place codes (from
 * place IRIs or six-digit codes), Wikidata IRIs and dates.
 */
export function collectEntities(
  source: LinkSource,
  options: { graphs?: Term[]; exclude?: string[] } = {},
): LinkEntity[] {
  const graphs = options.graphs && options.graphs.length > 0 ? options.graphs : [null];
  const excluded = new Set(options.exclude ?? []);
  const quads = function* () {
    for (const g of graphs) {
      for (const q of source.match(null, null, null, g)) {
        if (!excluded.has(q.graph.value) && q.subject.termType === 'NamedNode') yield q;
      }
    }
  };
  const out = new Map<string, LinkEntity>();
  for (const q of quads()) {
    const kind = q.predicate.value === RDF.type ? TYPE_KINDS[q.object.value] : undefined;
    if (!kind) continue;
    const e = out.get(q.subject.value);
    // Our own classes win over generic ones (a kg:Official that is also a schema:Person).
    if (!e || q.object.value.startsWith(KG_NS))
      out.set(q.subject.value, { iri: q.subject.value, kind, labels: e?.labels ?? [] });
  }
  for (const q of quads()) {
    const e = out.get(q.subject.value);
    if (!e) continue;
    const p = q.predicate.value;
    const o = q.object;
    if (LABELS.has(p) && o.termType === 'Literal') {
      // Preferred labels and names first: they are what a reviewer reads.
      if (!e.labels.includes(o.value)) {
        if (p === SKOS.prefLabel || p === SCHEMA.name) e.labels.unshift(o.value);
        else e.labels.push(o.value);
      }
    } else if (
      o.termType === 'NamedNode' &&
      o.value.startsWith(ID.place) &&
      CODE.test(o.value.slice(ID.place.length))
    ) {
      if (e.kind !== 'place') e.placeCode ??= o.value.slice(ID.place.length);
    } else if (isPlaceCode(o)) e.placeCode = o.value;
    else if (
      (p === KG.level && o.value === KG.NationalLevel) ||
      (p === KG.jurisdiction && o.value === KG_RESOURCES.china)
    )
      e.national = true;
    else if (o.termType === 'NamedNode' && o.value.startsWith(WD_NAMESPACE)) e.wikidata = o.value;
    else if ((p === SCHEMA.foundingDate || p === KG.firstSeen) && o.termType === 'Literal') e.from = o.value;
    else if ((p === SCHEMA.dissolutionDate || p === KG.lastSeen) && o.termType === 'Literal') e.until = o.value;
  }
  // Officials take the place of the bodies they serve in.
  for (const e of out.values()) {
    if (e.kind !== 'official' || e.placeCode) continue;
    for (const m of source.match(null, DataFactory.namedNode(ORG.member), DataFactory.namedNode(e.iri), null)) {
      for (const org of source.match(m.subject, DataFactory.namedNode(ORG.organization), null, null)) {
        const code = out.get(org.object.value)?.placeCode;
        if (code) e.placeCode = code;
      }
    }
  }
  return [...out.values()].filter((e) => e.labels.length > 0 || e.placeCode);
}
