import { DCTERMS, KG, KG_RESOURCES, ORG, PROV, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import { has, objects, subjects, type TripleSource, value } from './read.js';

/** Administrative rank: 0 national, 1 province, 2 prefecture (city), 3 county, 4 township. */
export const LEVEL_RANK: Readonly<Record<string, number>> = {
  [KG.NationalLevel]: 0,
  [KG.ProvincialLevel]: 1,
  [KG.PrefecturalLevel]: 2,
  [KG.CountyLevel]: 3,
  [KG.TownshipLevel]: 4,
};

/** Where a text, statement or mention was said: a division and its rank. */
export interface Setting {
  /** `kg:AdministrativeDivision` IRI (`kgid:place/CN` for national). */
  place: string;
  placeName: string;
  rank: number;
}

/**
 * Resolves the setting of texts and statements: the text's `kg:jurisdiction`,
 * else its document's; a text without one whose speakers all sit in national
 * bodies is national. Memoised per text.
 */
export class SettingResolver {
  private readonly texts = new Map<string, Setting | undefined>();

  constructor(private readonly source: TripleSource) {}

  /** Name and rank of a division IRI. */
  place(place: string): Setting | undefined {
    const level = value(this.source, place, KG.level);
    const rank = level === undefined ? (place === KG_RESOURCES.china ? 0 : undefined) : LEVEL_RANK[level];
    if (rank === undefined) return undefined;
    return { place, placeName: value(this.source, place, SKOS.prefLabel) ?? place, rank };
  }

  /** Setting of a `kg:Text` (or a document). */
  text(text: string): Setting | undefined {
    if (this.texts.has(text)) return this.texts.get(text);
    let place = value(this.source, text, KG.jurisdiction);
    if (!place) {
      const doc = value(this.source, text, DCTERMS.isPartOf);
      if (doc) place = value(this.source, doc, KG.jurisdiction);
    }
    let setting = place ? this.place(place) : undefined;
    if (!setting) setting = this.nationalBySpeakers(text);
    this.texts.set(text, setting);
    return setting;
  }

  /** Rank of a speaker (official: best rank of the bodies of their memberships; institution: its level). */
  speakerRank(speaker: string): number | undefined {
    const ranks: number[] = [];
    const level = value(this.source, speaker, KG.level);
    if (level !== undefined && LEVEL_RANK[level] !== undefined) ranks.push(LEVEL_RANK[level]);
    for (const m of subjects(this.source, ORG.member, speaker)) {
      for (const org of objects(this.source, m, ORG.organization)) {
        const l = value(this.source, org, KG.level);
        if (l !== undefined && LEVEL_RANK[l] !== undefined) ranks.push(LEVEL_RANK[l]);
      }
    }
    return ranks.length > 0 ? Math.min(...ranks) : undefined;
  }

  /** The text a mention or statement belongs to (via `dcterms:isPartOf`, or the mention it derives from). */
  textOf(node: string): string | undefined {
    const direct = value(this.source, node, DCTERMS.isPartOf);
    if (direct && has(this.source, direct, RDF.type, KG.Text)) return direct;
    for (const m of objects(this.source, node, PROV.wasDerivedFrom)) {
      const t = value(this.source, m, DCTERMS.isPartOf);
      if (t) return t;
    }
    return direct;
  }

  private nationalBySpeakers(text: string): Setting | undefined {
    const mentions = subjects(this.source, DCTERMS.isPartOf, text);
    let national = 0;
    let other = 0;
    for (const m of mentions) {
      for (const st of subjects(this.source, PROV.wasDerivedFrom, m)) {
        if (value(this.source, st, RDF.type) !== KG.Statement) continue;
        const speaker = value(this.source, st, KG.speaker);
        const rank = speaker ? this.speakerRank(speaker) : undefined;
        if (rank === 0) national++;
        else if (rank !== undefined) other++;
      }
    }
    return national > 0 && other === 0 ? this.place(KG_RESOURCES.china) : undefined;
  }
}

/** Display name of an official, institution or meeting. */
export function nameOf(source: TripleSource, node: string): string {
  return value(source, node, SCHEMA.name) ?? value(source, node, SKOS.prefLabel) ?? node;
}
