import { ancestors, lookupPlaces, type Place } from '@policy-kg/ontology';
import { hasNonNameToken } from './pos.js';

/** Characters that never occur in the name part of a place (全市, 我县, 年全县, 各区, 3个区县, 以县医院为龙头). */
const NOT_PLACE_CHARS = /[全本各该我年在和及与对为是向由从把将被了的等其每此这那个以]/u;
/** Verbs and prepositions jieba tags as nouns, never place names (代表市…, 指导县…). */
const NOT_PLACE_WORDS = ['代表', '指导', '按照', '说明', '加快', '推动', '组织', '建设', '完成', '实现', '开展'];

/** Divisions of the gazetteer with this full name or short form. */
export function gazetteerPlaces(name: string): readonly Place[] {
  return lookupPlaces(name);
}

/** Whether `name` (with its level, 庄浪县) is a division of the gazetteer. */
export function isKnownPlace(name: string): boolean {
  return lookupPlaces(name).some((p) => p.name === name);
}

/**
 * Whether `name` (place + level char, 平川县) reads as a place: in the
 * gazetteer, or shaped like one (2–6 characters before the level, no
 * function word, verb or pronoun inside).
 */
export function isPlausiblePlace(name: string): boolean {
  if (isKnownPlace(name)) return true;
  return isPlaceShaped(name) && !hasNonNameToken(name.slice(0, -1));
}

/**
 * Whether `name` has the characters of a place (2–6 before the level, no
 * function word inside), without asking the tagger: for a list item whose
 * stem happens to be a common word (回龙镇, 石门乡) beside plausible places.
 */
export function isPlaceShaped(name: string): boolean {
  const stem = name.slice(0, -1);
  if (stem.length < 2 || stem.length > 6) return false;
  // 现任县卫生健康局, 历任县委: a posting verb (现任, 拟任, 曾任) before the level is no place.
  if (stem.endsWith('任')) return false;
  // 区县, 县市区: levels listed together name a class of places, no place.
  // 顾县镇, 旧县镇, 新市镇: a town's stem may end in 县 or 市 (an old seat); never in 区 (城区, 郊区, 社区).
  const townStem = /[镇乡]$/u.test(name) && /[^省市县区][县市]$/u.test(stem);
  if (/[省市县区]$/u.test(stem) && !townStem) return false;
  return !NOT_PLACE_CHARS.test(stem) && !NOT_PLACE_WORDS.some((w) => stem.includes(w));
}

/**
 * Whether `name` is a county named by one character and its level (莒县, 沛县,
 * 和县): a real place although it is only two characters long, which the
 * length guards against common words (城区, 郊区) would reject.
 *
 * @example isOneCharCounty('莒县') // true
 */
export function isOneCharCounty(name: string): boolean {
  return /^\p{Script=Han}县$/u.test(name) && isKnownPlace(name);
}

/**
 * The gazetteer place a name written with its level means: the name itself
 * (庄浪县), or an autonomous prefecture by its short form (大理州 →
 * 大理白族自治州), since CONVENTIONS name a 州's bodies after its full name.
 * A city's stem before 州 (广州, 温州) is no short form of a 州.
 *
 * @example placeOfWritten('大理州') // '大理白族自治州'
 */
export function placeOfWritten(name: string): string | undefined {
  if (isKnownPlace(name)) return name;
  if (!name.endsWith('州')) return undefined;
  return lookupPlaces(name).find((p) => p.name.endsWith('自治州') && p.shortNames.includes(name))?.name;
}

/** Options of {@link withCity}. */
export interface WithCityOptions {
  /** The document's own city: picks it for a district name found in several cities (和平区). Default none. */
  city?: string;
}

/**
 * A district with its city in front (麒麟区 → 曲靖市麒麟区): CONVENTIONS name a
 * district's bodies after the city they belong to, a county's on its own. A
 * municipality's district takes the municipality (蓟州区 → 天津市蓟州区). A
 * district name found in two cities (朝阳区) takes the document's city when it
 * is one of them, else is left as written.
 *
 * @example withCity('昆都仑区') // '包头市昆都仑区'
 * @example withCity('和平区', { city: '天津市' }) // '天津市和平区'
 */
export function withCity(place: string, options: WithCityOptions = {}): string {
  if (!place.endsWith('区') || !isKnownPlace(place)) return place;
  const cities = new Set(
    lookupPlaces(place)
      .filter((p) => p.name === place)
      .map((p) => {
        const up = ancestors(p.code);
        const municipality = up.find((a) => a.level === 'province' && a.name.endsWith('市'))?.name;
        return up.find((a) => a.level === 'prefecture')?.name ?? municipality;
      }),
  );
  const only = cities.size === 1 ? [...cities][0] : undefined;
  const city = only ?? (options.city && cities.has(options.city) ? options.city : undefined);
  return city && /市$/u.test(city) ? `${city}${place}` : place;
}

/** Level of a division by its name, when the gazetteer knows it (玉门市 → county). */
export function placeLevel(name: string): Place['level'] | undefined {
  return lookupPlaces(name).find((p) => p.name === name)?.level;
}

/** The province a known city or county belongs to. */
export function provinceOf(name: string): string | undefined {
  const place = lookupPlaces(name).find((p) => p.name === name);
  if (!place) return undefined;
  return ancestors(place.code).find((a) => a.level === 'province')?.name;
}

/** The prefecture-level city a known county or district belongs to (溆浦县 → 怀化市). */
export function prefectureOf(name: string): string | undefined {
  const places = lookupPlaces(name).filter((p) => p.name === name);
  const cities = new Set(places.map((p) => ancestors(p.code).find((a) => a.level === 'prefecture')?.name));
  // A county name found in two prefectures (朝阳区) gives none: never guess.
  return cities.size === 1 ? [...cities][0] : undefined;
}
