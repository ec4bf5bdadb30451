import {
  KG,
  type NationalBody,
  nationalBodyById,
  ORG,
  PLACE_LEVEL_TERMS,
  PROV,
  RDF,
  SCHEMA,
  SKOS,
  TIME,
  wikidataIri,
} from '@policy-kg/ontology';
import type { NamedNode } from '@rdfjs/types';
import type { LinkedInstitution, LinkedOfficial } from '../link/index.js';
import { mint } from './iris.js';
import { countryQuads, placeQuads } from './places.js';
import { dateLiteral, iri, str, zh } from './rdf.js';
import type { TextContext } from './text-context.js';

/** IRI of an institution from its cross-document key. */
export function institutionIri(inst: Pick<LinkedInstitution, 'key' | 'nationalBody'>): NamedNode {
  return iri(inst.nationalBody ? mint.nationalBody(inst.nationalBody.id) : mint.institution(inst.key));
}

/** IRI of an official from its cross-document key. */
export const officialIri = (o: Pick<LinkedOfficial, 'key'>): NamedNode => iri(mint.official(o.key));

function nationalBodyQuads(ctx: TextContext, body: NationalBody, seen = new Set<string>()): NamedNode {
  const node = iri(mint.nationalBody(body.id));
  if (seen.has(body.id)) return node;
  seen.add(body.id);
  const { sink } = ctx;
  sink.add(node, RDF.type, iri(KG.Institution));
  sink.add(node, SKOS.prefLabel, zh(body.name));
  for (const alias of body.aliases) sink.add(node, SKOS.altLabel, zh(alias));
  for (const former of body.formerNames) sink.add(node, SKOS.altLabel, zh(former.name));
  sink.add(node, KG.institutionType, iri(KG[body.type]));
  sink.add(node, KG.level, iri(KG.NationalLevel));
  sink.add(node, KG.jurisdiction, countryQuads(sink));
  const wd = wikidataIri(body);
  if (wd) sink.add(node, SKOS.exactMatch, iri(wd));
  const parent = body.parent ? nationalBodyById(body.parent) : undefined;
  if (parent) sink.add(node, ORG.subOrganizationOf, nationalBodyQuads(ctx, parent, seen));
  return node;
}

/**
 * An institution as seen in one text: labels, type, level, jurisdiction
 * (a gazetteer place), parent; national bodies from the lexicon.
 */
export function institutionQuads(ctx: TextContext, inst: LinkedInstitution): NamedNode {
  if (inst.nationalBody) {
    const node = nationalBodyQuads(ctx, inst.nationalBody);
    for (const alias of inst.aliases) ctx.sink.add(node, SKOS.altLabel, zh(alias));
    return node;
  }
  const node = institutionIri(inst);
  const { sink } = ctx;
  sink.add(node, RDF.type, iri(KG.Institution));
  sink.add(node, SKOS.prefLabel, zh(inst.name));
  for (const alias of inst.aliases) sink.add(node, SKOS.altLabel, zh(alias));
  sink.add(node, KG.institutionType, iri(KG[inst.type as keyof typeof KG] ?? KG.OtherInstitution));
  if (inst.place) {
    sink.add(node, KG.jurisdiction, placeQuads(sink, inst.place));
    sink.add(node, KG.level, iri(PLACE_LEVEL_TERMS[inst.place.level]));
  }
  if (inst.parentKey) {
    const parent = [...ctx.text.institutionByName.values()].find((i) => i.key === inst.parentKey);
    if (parent && parent !== inst) sink.add(node, ORG.subOrganizationOf, institutionIri(parent));
  }
  return node;
}

/**
 * An official as seen in one text: name, aliases, and per title a post in
 * its institution with a membership dated by the text (`time:inside`).
 */
export function officialQuads(ctx: TextContext, o: LinkedOfficial): NamedNode {
  const node = officialIri(o);
  const { sink, text } = ctx;
  sink.add(node, RDF.type, iri(KG.Official));
  sink.add(node, SCHEMA.name, zh(o.name));
  for (const alias of o.aliases) sink.add(node, SCHEMA.alternateName, zh(alias));
  for (const title of o.looseTitles) sink.add(node, SCHEMA.jobTitle, str(title));
  sink.add(node, PROV.hadPrimarySource, ctx.docIri);
  for (const m of o.mentions) ctx.mention(m, node);
  // The same person as other texts key them (a post in another scope): linked, both ways.
  for (const key of o.alternateKeys) {
    const other = iri(mint.official(key));
    sink.add(other, RDF.type, iri(KG.Official));
    sink.add(other, SCHEMA.name, zh(o.name));
    sink.add(node, SKOS.exactMatch, other);
    sink.add(other, SKOS.exactMatch, node);
  }
  for (const post of o.posts) {
    const instNode = institutionIri(post.institution);
    const role = iri(mint.role(post.role));
    sink.add(role, RDF.type, iri(KG.Role));
    sink.add(role, SKOS.prefLabel, zh(post.role));
    const postNode = iri(mint.post(instNode.value, post.role));
    sink.add(postNode, RDF.type, iri(KG.Post));
    sink.add(postNode, SKOS.prefLabel, zh(`${post.institution.name}${post.role}`));
    sink.add(postNode, ORG.postIn, instNode);
    sink.add(postNode, ORG.role, role);
    sink.add(postNode, ORG.heldBy, node);
    sink.add(node, ORG.holds, postNode);
    const membership = iri(mint.membership(node.value, postNode.value, text.textKey, post.title));
    sink.add(membership, RDF.type, iri(KG.Membership));
    sink.add(membership, ORG.member, node);
    sink.add(membership, ORG.organization, instNode);
    sink.add(membership, ORG.role, role);
    sink.add(membership, KG.post, postNode);
    sink.add(membership, KG.title, str(post.title));
    const date = dateLiteral(text.date);
    if (date) {
      const interval = iri(`${membership.value}/during`);
      const instant = iri(`${membership.value}/at`);
      sink.add(membership, ORG.memberDuring, interval);
      sink.add(interval, RDF.type, iri(TIME.Interval));
      sink.add(interval, TIME.inside, instant);
      sink.add(instant, RDF.type, iri(TIME.Instant));
      const datatype = date.datatype.value;
      const prop = datatype.endsWith('#date')
        ? TIME.inXSDDate
        : datatype.endsWith('YearMonth')
          ? TIME.inXSDgYearMonth
          : TIME.inXSDgYear;
      sink.add(instant, prop, date);
    }
    const mention = ctx.mention(post.mention, node);
    ctx.provenance(membership, post.mention, mention);
  }
  return node;
}
