import { ancestors, lookupPlaces, placeNames } from '@policy-kg/ontology';
import type { PlaceMention, PlaceResolver } from './jurisdiction.js';

let byPrefix: Map<string, string[]> | undefined;

/** Gazetteer names grouped by their first two characters, longest first (built once, on first use). */
function names(): Map<string, string[]> {
  if (byPrefix) return byPrefix;
  const map = new Map<string, string[]>();
  for (const name of placeNames()) {
    if (name.length < 2) continue;
    const prefix = name.slice(0, 2);
    const list = map.get(prefix);
    if (list) list.push(name);
    else map.set(prefix, [name]);
  }
  byPrefix = map;
  return map;
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
      const index = names();
      for (let i = 0; i < text.length; ) {
        const candidates = index.get(text.slice(i, i + 2));
        const name = candidates?.find((n) => text.startsWith(n, i));
        if (name === undefined) {
          i++;
          continue;
        }
        const places = lookupPlaces(name);
        const place = places[0];
        if (place && places.length === 1 && plausible(text, i, name, place)) {
          yield {
            name: place.name,
            code: place.code,
            level: place.level,
            start: i,
            end: i + name.length,
            short: name !== place.name,
            parents: ancestors(place.code).map((p) => ({ name: p.name, code: p.code, level: p.level })),
          };
        }
        i += name.length;
      }
    },
  };
}

const HAN = /\p{Script=Han}/u;

function plausible(text: string, at: number, matched: string, place: { name: string; level: string }): boolean {
  if (place.level !== 'county') return true;
  if (matched !== place.name) return false;
  return matched.length > 2 || !HAN.test(text.charAt(at - 1));
}
