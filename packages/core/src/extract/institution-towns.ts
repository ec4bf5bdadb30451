import type { Doc } from '../segment/index.js';
import { LEFT_STOPS, mention } from './institution-parts.js';
import type { PlaceContext } from './place-context.js';
import { isPlaceShaped, isPlausiblePlace } from './places.js';
import { isHan } from './text-utils.js';
import type { InstitutionMention } from './types.js';

/** One town (2–3 characters + 镇/乡/街道) or a 、-list of towns, then a health centre. */
const TOWN_CENTRES =
  /((?:\p{Script=Han}{2,3}?(?:[镇乡]|街道)、)*\p{Script=Han}{2,3}?(?:[镇乡]|街道))(中心卫生院|卫生院|社区卫生服务中心)/gu;

/** Whether a town name is no class word (乡镇, 各乡镇, 个乡镇) and reads as a place (the tagger's test by default). */
function isTown(name: string, shape: (n: string) => boolean = isPlausiblePlace): boolean {
  return !/乡镇$|^[各全每本该个]/u.test(name) && shape(name.replace(/街道$/u, '镇'));
}

/**
 * The towns of a 、-list: each shaped like a place, and at least one plausible
 * to the tagger too, so a stem that is also a common word (回龙镇) is kept
 * beside its neighbours; a single town must be plausible itself.
 */
function areTowns(towns: readonly string[]): boolean {
  if (towns.length === 1) return isTown(towns[0] ?? '');
  return towns.every((t) => isTown(t, isPlaceShaped)) && towns.some((t) => isTown(t));
}

/**
 * Town health centres (安口镇中心卫生院, 低庄镇、龙潭镇中心卫生院): each town is a
 * unit, named with the document's county in front as the genre's annotation
 * does (X县安口镇中心卫生院). The list must start at a phrase boundary, so a
 * verb before the town (推进安口镇…) is not read into its name. A list gives
 * its units with empty aliases, like other coordinated lists.
 */
export function* townHealthCentres(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (const m of text.matchAll(TOWN_CENTRES)) {
    const start = m.index ?? 0;
    const before = text[start - 1];
    if (isHan(before) && !LEFT_STOPS.includes(before ?? '')) continue;
    const towns = (m[1] ?? '').split('、');
    const suffix = m[2] ?? '';
    if (!areTowns(towns)) continue;
    const prefix = ctx.county ?? '';
    let at = start;
    for (const town of towns) {
      const single = towns.length === 1;
      const end = single ? start + m[0].length : at + town.length;
      const im = mention(doc, at, end, `${prefix}${town}${suffix}`, 'hospital', 'institution/town-centre', prefix);
      if (!single) im.alias = '';
      yield im;
      at += town.length + 1;
    }
  }
}
