import type { Jurisdiction } from './types.js';

/** A place found in a text by a {@link PlaceResolver}. */
export interface PlaceMention {
  /** Canonical name, e.g. `甘肃省`. */
  name: string;
  /** GB/T 2260 code when known. */
  code?: string;
  level: 'province' | 'prefecture' | 'county';
  /** UTF-16 span of the mention in the searched text. */
  start: number;
  end: number;
  /** True when the text used a short form (兰州 for 兰州市). */
  short?: boolean;
  /** Enclosing divisions, nearest first (兰州市 → 甘肃省). */
  parents?: ReadonlyArray<{ name: string; code?: string; level: PlaceMention['level'] }>;
}

/**
 * Finds administrative divisions named in a text. Ingestion declares this
 * interface; the pipeline plugs in the ontology package's gazetteer (short
 * forms such as 甘肃 → 甘肃省, codes, levels). Without one, only the level
 * of a text is detected.
 */
export interface PlaceResolver {
  findPlaces(text: string): Iterable<PlaceMention>;
}

type Level = Jurisdiction['level'];

/** `全省` speaks for a province, `全市` a prefecture, `全县` a county … (全区 is usually a district). */
const SCOPE = /全(国|省|市|州|盟|县|区|旗)/gu;
const SCOPE_LEVEL: Record<string, Level> = {
  国: 'national',
  省: 'province',
  市: 'prefecture',
  州: 'prefecture',
  盟: 'prefecture',
  县: 'county',
  区: 'county',
  旗: 'county',
};
/** A place followed by an inspection visit (…考察时, …调研时). */
const VISITED = /^\p{Script=Han}{0,4}?(?:考察|调研|视察)/u;
/** Characters of a text's opening searched for place names. */
const LEAD_LENGTH = 1000;
/** The title decides when it names a scope; otherwise a scope must be this much more frequent than 全国, which local texts quote. */
const NATIONAL_DOMINANCE = 2;

/**
 * Decide which government a text speaks for: the scope word in its title
 * (全省/全市/全县 …), else the most frequent scope word in the text; then,
 * with a resolver, the place of that level named most often in the title
 * and opening paragraphs, or the common ancestor of places named below it.
 *
 * @example
 * ```ts
 * detectJurisdiction('全县卫生健康工作会议', '今天召开全县卫生健康工作会议……', {}); // { level: 'county' }
 * ```
 */
export function detectJurisdiction(
  title: string,
  text: string,
  options: { places?: PlaceResolver; leadLength?: number },
): Jurisdiction | undefined {
  const level = levelOf(title) ?? levelOf(text, true);
  if (level === undefined) return undefined;
  const result: Jurisdiction = { level };
  if (!options.places || level === 'national') return result;
  const lead = text.slice(0, options.leadLength ?? LEAD_LENGTH);
  // Votes: a place of the text's level named in full counts 2, by a short form 1;
  // a place below that level votes 1 for its ancestor at that level (兰州 → 甘肃省).
  const votes = new Map<string, { name: string; code?: string; count: number }>();
  const vote = (place: { name: string; code?: string }, weight: number): void => {
    const entry = votes.get(place.name);
    if (entry) entry.count += weight;
    else votes.set(place.name, { ...place, count: weight });
  };
  const tally = (part: string, strict: boolean): void => {
    for (const mention of options.places?.findPlaces(part) ?? []) {
      // Where a leader inspected (总书记在福建三明市考察时) is not the text's place.
      if (VISITED.test(part.slice(mention.end, mention.end + 8))) continue;
      // Past the opening, only names written with their level count (峨山县, not 三明 of 三明医改).
      if (strict && !/[省市县区旗州]$/u.test(part.slice(mention.start, mention.end))) continue;
      if (mention.level === level) vote(mention, mention.short ? 1 : 2);
      else {
        const parent = mention.parents?.find((p) => p.level === level);
        if (parent) vote(parent, 1);
      }
    }
  };
  tally(`${title}\n${lead}`, false);
  // A text naming its place only further on (…中共峨山县委…) is still about that place.
  if (votes.size === 0 && text.length > lead.length) tally(text.slice(lead.length), true);
  let best: { name: string; code?: string; count: number } | undefined;
  for (const entry of votes.values()) if (!best || entry.count > best.count) best = entry;
  if (best) {
    result.name = best.name;
    if (best.code !== undefined) result.code = best.code;
  }
  return result;
}

/**
 * The speaker's own unit and bodies (我市, 市委, 市政府) also tell the level: a
 * city report says 全省第一 as often as 全市, but its leaders are 市委、市政府.
 */
const OWN_LEVEL =
  /我(省|市|州|县|区)|(?:(?<![\p{Script=Han}])|(?<=[在由和及与对向经把将是受]))(省|市|州|县|区)(?:委|政府)/gu;

function levelOf(text: string, weighNational = false): Level | undefined {
  const counts = new Map<Level, number>();
  for (const m of text.matchAll(SCOPE)) {
    const level = SCOPE_LEVEL[m[1] ?? ''];
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  if (weighNational) {
    for (const m of text.matchAll(OWN_LEVEL)) {
      const level = SCOPE_LEVEL[m[1] ?? m[2] ?? ''];
      if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  }
  let best: Level | undefined;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (level === 'national') continue;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  const national = counts.get('national') ?? 0;
  if (national > 0 && (!weighNational ? bestCount === 0 : national > bestCount * NATIONAL_DOMINANCE)) return 'national';
  if (national > 0 && bestCount === 0) return 'national';
  return best;
}
