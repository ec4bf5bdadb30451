import { ancestors, lookupPlaces, type Place, placeByCode } from '@policy-kg/ontology';

/** True when `place` is `context` or lies inside it. */
export function within(place: Place, context: Place): boolean {
  return place.code === context.code || ancestors(place.code).some((a) => a.code === context.code);
}

/** The province a place belongs to (itself for a province). */
export function provinceOf(place: Place): Place {
  return place.level === 'province' ? place : (ancestors(place.code).find((a) => a.level === 'province') ?? place);
}

/**
 * Resolve a place name against the GB/T 2260 gazetteer. An ambiguous name
 * (朝阳: two districts and a city) is resolved only when exactly one reading
 * lies inside the context place; a compound (张掖市甘州区) by resolving its
 * head inside its leading parent. Returns undefined rather than guessing.
 *
 * @example resolvePlace('兰州')?.code; // '620100'
 */
export function resolvePlace(name: string | undefined, context?: Place): Place | undefined {
  if (!name) return undefined;
  const hits = lookupPlaces(name);
  const pick = (list: readonly Place[], ctx?: Place): Place | undefined => {
    if (list.length === 1) return list[0];
    if (!ctx || list.length === 0) return undefined;
    const inside = list.filter((p) => within(p, ctx) || within(ctx, p));
    return inside.length === 1 ? inside[0] : undefined;
  };
  const direct = pick(hits, context ? provinceOf(context) : undefined);
  if (direct || hits.length > 0) return direct;
  // Compound names: a known parent followed by a child (张掖市甘州区).
  for (let i = name.length - 2; i >= 2; i--) {
    const parent = pick(lookupPlaces(name.slice(0, i)), context);
    if (!parent) continue;
    const child = pick(lookupPlaces(name.slice(i)), parent);
    if (child && within(child, parent)) return child;
  }
  return undefined;
}

/** A place by code (re-exported for callers that hold a code only). */
export const placeFromCode = (code: string | undefined): Place | undefined => (code ? placeByCode(code) : undefined);
