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
/** The title decides when it names a scope; otherwise a scope must be this much more frequent than 全国, which local texts quote. */
const NATIONAL_DOMINANCE = 2;

/**
 * Decide which government a text speaks for: the scope word in its title
 * (全省/全市/全县 …), else the most frequent scope word in the text; then,
 * with a resolver, the place of that level named most often in the title
 * and opening paragraphs.
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
  const lead = text.slice(0, options.leadLength ?? 600);
  const counts = new Map<string, { mention: PlaceMention; count: number }>();
  for (const mention of options.places.findPlaces(`${title}\n${lead}`)) {
    if (mention.level !== level) continue;
    const entry = counts.get(mention.name);
    if (entry) entry.count++;
    else counts.set(mention.name, { mention, count: 1 });
  }
  let best: { mention: PlaceMention; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  if (best) {
    result.name = best.mention.name;
    if (best.mention.code !== undefined) result.code = best.mention.code;
  }
  return result;
}

function levelOf(text: string, weighNational = false): Level | undefined {
  const counts = new Map<Level, number>();
  for (const m of text.matchAll(SCOPE)) {
    const level = SCOPE_LEVEL[m[1] ?? ''];
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
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
