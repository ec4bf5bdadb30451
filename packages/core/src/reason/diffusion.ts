import { DCTERMS, KG, RDF, SKOS } from '@policy-kg/ontology';
import { type Setting, SettingResolver } from './context.js';
import { byDate, daysBetween, nn, subjects, type TripleSource, value } from './read.js';

/** First use of a slogan or policy in one jurisdiction. */
export interface DiffusionRecord {
  /** `kg:Slogan` or `kg:Policy` IRI. */
  concept: string;
  label: string;
  jurisdiction: string;
  placeName: string;
  /** 0 national … 4 township. */
  rank: number;
  /** Earliest date the concept is mentioned there (ISO). */
  firstUse: string;
  /** Days after the first national use; absent when the concept has no national use. */
  lagDays?: number;
  /** The mentions dated `firstUse` there (premises). */
  mentions: string[];
}

/** Options of {@link diffusionOf} / {@link diffusions}. */
export interface DiffusionOptions {
  /** Shared resolver (memo); one is made when absent. */
  settings?: SettingResolver;
}

/**
 * Diffusion of one concept: for each jurisdiction where it is mentioned, the
 * first dated use and its lag from the first national use. Sorted by first
 * use, then rank.
 *
 * @example diffusionOf(store, 'https://w3id.org/policy-kg/id/slogan/…')
 */
export function diffusionOf(source: TripleSource, concept: string, options: DiffusionOptions = {}): DiffusionRecord[] {
  const settings = options.settings ?? new SettingResolver(source);
  const label = value(source, concept, SKOS.prefLabel) ?? concept;
  const first = new Map<string, { setting: Setting; date: string; mentions: string[] }>();
  for (const mention of subjects(source, KG.refersTo, concept)) {
    const date = value(source, mention, DCTERMS.date);
    const text = settings.textOf(mention);
    const setting = text ? settings.text(text) : undefined;
    if (!date || !setting || date.length < 10) continue;
    const seen = first.get(setting.place);
    const day = date.slice(0, 10);
    if (!seen || day < seen.date) first.set(setting.place, { setting, date: day, mentions: [mention] });
    else if (day === seen.date) seen.mentions.push(mention);
  }
  const national = [...first.values()].filter((f) => f.setting.rank === 0).map((f) => f.date);
  national.sort(byDate);
  const nationalFirst = national[0];
  const records = [...first.values()].map(
    ({ setting, date, mentions }): DiffusionRecord => ({
      concept,
      label,
      jurisdiction: setting.place,
      placeName: setting.placeName,
      rank: setting.rank,
      firstUse: date,
      ...(nationalFirst !== undefined ? { lagDays: daysBetween(nationalFirst, date) } : {}),
      mentions: mentions.sort(),
    }),
  );
  return records.sort(
    (a, b) => byDate(a.firstUse, b.firstUse) || a.rank - b.rank || (a.jurisdiction < b.jurisdiction ? -1 : 1),
  );
}

/** Concepts (`kg:Slogan`, `kg:Policy`) whose preferred or alternative label equals `label` (folded to Simplified by the caller). */
export function conceptsLabelled(source: TripleSource, label: string): string[] {
  const found = new Set<string>();
  for (const p of [SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel]) {
    for (const q of source.match(null, nn(p), null, null)) {
      if (q.object.value !== label) continue;
      const type = value(source, q.subject, RDF.type);
      if (type === KG.Slogan || type === KG.Policy) found.add(q.subject.value);
    }
  }
  return [...found].sort();
}

/** Diffusion records of every slogan and policy used in at least `minPlaces` jurisdictions (default 2). */
export function* diffusions(
  source: TripleSource,
  options: DiffusionOptions & { minPlaces?: number } = {},
): Iterable<DiffusionRecord> {
  const settings = options.settings ?? new SettingResolver(source);
  for (const type of [KG.Slogan, KG.Policy]) {
    for (const concept of subjects(source, RDF.type, type)) {
      const records = diffusionOf(source, concept, { settings });
      if (records.length >= (options.minPlaces ?? 2)) yield* records;
    }
  }
}
