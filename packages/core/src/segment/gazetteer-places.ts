import { ancestors, lookupPlaces, placeNames } from '@policy-kg/ontology';
import type { PlaceMention, PlaceResolver } from './jurisdiction.js';

type PlaceInfo = Omit<PlaceMention, 'start' | 'end' | 'short'> & { fullName: string };

interface NameIndex {
  /** Names by their first two UTF-16 units (`(c0 << 16) | c1`), longest first. */
  byPrefix: Map<number, string[]>;
  /** The one division a name denotes, or null when several share it (朝阳). */
  places: Map<string, PlaceInfo | null>;
}

let index: NameIndex | undefined;

/** Built once, on first use. */
function names(): NameIndex {
  if (index) return index;
  const byPrefix = new Map<number, string[]>();
  for (const name of placeNames()) {
    if (name.length < 2) continue;
    const key = (name.charCodeAt(0) << 16) | name.charCodeAt(1);
    const list = byPrefix.get(key);
    if (list) list.push(name);
    else byPrefix.set(key, [name]);
  }
  index = { byPrefix, places: new Map() };
  return index;
}

function placeOf(name: string, cache: Map<string, PlaceInfo | null>): PlaceInfo | null {
  let info = cache.get(name);
  if (info === undefined) {
    const places = lookupPlaces(name);
    const place = places[0];
    info =
      place && places.length === 1
        ? {
            name: place.name,
            fullName: place.name,
            code: place.code,
            level: place.level,
            parents: ancestors(place.code).map((p) => ({ name: p.name, code: p.code, level: p.level })),
          }
        : null;
    cache.set(name, info);
  }
  return info;
}

/**
 * A {@link PlaceResolver} over the `@policy-kg/ontology` gazetteer (GB/T
 * 2260 divisions with short forms). Longest match wins at each position; a
 * name shared by several divisions (朝阳) is skipped rather than guessed.
 * County short forms are ordinary words too often (合作, 资源, 通道, 公安),
 * so counties count only by full name, and a two-character full name only
 * when it does not continue a word (完成县级 holds no 成县).
 *
 * @example
 * ```ts
 * [...gazetteerPlaces().findPlaces('兰州召开')][0]?.name; // '兰州市'
 * ```
 */
export function gazetteerPlaces(): PlaceResolver {
  return {
    *findPlaces(text: string): Iterable<PlaceMention> {
      const { byPrefix, places } = names();
      for (let i = 0; i + 1 < text.length; ) {
        const candidates = byPrefix.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1));
        const name = candidates?.find((n) => text.startsWith(n, i));
        if (name === undefined) {
          i++;
          continue;
        }
        const place = placeOf(name, places);
        if (place && plausible(text, i, name, place)) {
          const { fullName: _, ...mention } = place;
          yield { ...mention, start: i, end: i + name.length, short: name !== place.fullName };
        }
        i += name.length;
      }
    },
  };
}

const HAN = /\p{Script=Han}/u;

function plausible(text: string, at: number, matched: string, place: PlaceInfo): boolean {
  if (place.level !== 'county') return true;
  // A county's short form counts only with its level (峨山县 for 峨山彝族自治县), never bare (峨山).
  if (matched !== place.fullName) return matched.length > 2 && /[县市区旗]$/u.test(matched);
  return matched.length > 2 || !HAN.test(text.charAt(at - 1));
}
