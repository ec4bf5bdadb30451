import { DCTERMS, KG, ORG, PROV, RDF, SKOS, TIME } from '@policy-kg/ontology';
import { nameOf } from './context.js';
import { byDate, subjects, type TripleSource, value } from './read.js';

/** One post of an official across documents. */
export interface TenureRecord {
  official: string;
  name: string;
  post: string;
  postLabel: string;
  /** Titles as written in the attesting memberships. */
  titles: string[];
  firstAttested: string;
  lastAttested: string;
  firstAttestedIn: string;
  lastAttestedIn: string;
  /** The `kg:Membership`s attesting it (premises). */
  memberships: string[];
}

function attestation(source: TripleSource, membership: string): { date: string; doc: string } | undefined {
  const doc = value(source, membership, PROV.hadPrimarySource);
  if (!doc) return undefined;
  let date: string | undefined;
  const during = value(source, membership, ORG.memberDuring);
  const instant = during ? value(source, during, TIME.inside) : undefined;
  if (instant) date = value(source, instant, TIME.inXSDDate);
  if (!date) {
    const mention = value(source, membership, PROV.wasDerivedFrom);
    if (mention) date = value(source, mention, DCTERMS.date);
  }
  // A collection page (several texts) is issued long after some of its speeches: its date
  // attests nothing about when a post was held, so only a single text falls back to it.
  if (!date && subjects(source, DCTERMS.isPartOf, doc).length <= 1) date = value(source, doc, DCTERMS.issued);
  return date && date.length >= 10 ? { date: date.slice(0, 10), doc } : undefined;
}

/**
 * Post timelines: each official's posts (`kg:post` of their memberships)
 * with the earliest and latest attesting date and document. Sorted by
 * official, then first attestation.
 *
 * @example for (const t of tenures(store, { official })) console.log(t.postLabel, t.firstAttested);
 */
export function* tenures(source: TripleSource, options: { official?: string } = {}): Iterable<TenureRecord> {
  const officials = options.official ? [options.official] : subjects(source, RDF.type, KG.Official);
  for (const official of officials) {
    const byPost = new Map<string, TenureRecord>();
    for (const membership of subjects(source, ORG.member, official)) {
      const post = value(source, membership, KG.post);
      const at = attestation(source, membership);
      if (!post || !at) continue;
      const title = value(source, membership, KG.title);
      const t = byPost.get(post);
      if (!t) {
        byPost.set(post, {
          official,
          name: nameOf(source, official),
          post,
          postLabel: value(source, post, SKOS.prefLabel) ?? title ?? post,
          titles: title ? [title] : [],
          firstAttested: at.date,
          lastAttested: at.date,
          firstAttestedIn: at.doc,
          lastAttestedIn: at.doc,
          memberships: [membership],
        });
        continue;
      }
      t.memberships.push(membership);
      if (title && !t.titles.includes(title)) t.titles.push(title);
      if (at.date < t.firstAttested) [t.firstAttested, t.firstAttestedIn] = [at.date, at.doc];
      if (at.date > t.lastAttested) [t.lastAttested, t.lastAttestedIn] = [at.date, at.doc];
    }
    yield* [...byPost.values()].sort((a, b) => byDate(a.firstAttested, b.firstAttested) || (a.post < b.post ? -1 : 1));
  }
}
