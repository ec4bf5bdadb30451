/** Coordinated lists of places sharing one body written after the last (白银市、武威市卫生健康委). */

import type { Doc } from '../segment/index.js';
import { BODY_SURFACES, canonicalAfterPlace, LEFT_STOPS, mention } from './institution-parts.js';
import type { PlaceContext } from './place-context.js';
import { isKnownPlace, isOneCharCounty, isPlausiblePlace, placeLevel, withCity } from './places.js';
import type { InstitutionMention } from './types.js';

/** 白银市、武威市、张掖市甘州区卫生健康委(局): one institution per place. */
export function* coordinatedLists(
  doc: Doc,
  ctx: PlaceContext,
  ranges: Array<[number, number]>,
): Iterable<InstitutionMention> {
  // 恭城瑶族自治县, 楚雄彝族自治州: an autonomous place's name runs longer than a plain one's.
  const place =
    '(?:\\p{Script=Han}{2,8}?自治[县旗州]|\\p{Script=Han}{1,5}?(?:市\\p{Script=Han}{1,4}?[区县]|省|市|县|区))';
  // Commissions and bureaus (白银市、武威市卫生健康委), and hospitals sharing a tail (A县、B县人民医院).
  const bodies = BODY_SURFACES.filter((b) => /卫|局|医院|保健院/u.test(b.surface))
    .map((b) => b.surface)
    .join('|');
  const re = new RegExp(`((?:${place}、)+${place})(${bodies})(\\((?:局|委)\\))?`, 'gu');
  for (const m of doc.text.matchAll(re)) {
    const list = m[1] ?? '';
    const surface = m[2] ?? '';
    const start = m.index ?? 0;
    let at = start;
    const places = list.split('、');
    if (!places.every((p) => (p.length >= 3 || isOneCharCounty(p)) && !/^[各全本]/u.test(p))) continue;
    ranges.push([start, start + m[0].length]);
    for (const p0 of places) {
      const p = listPlace(p0);
      const pStart = at + (p0.length - (p?.length ?? 0));
      at += p0.length + 1;
      if (!p) continue;
      let full = p;
      // A district takes its city's name (X市Y区); a county or county-level city is named on its own.
      // A known district takes its own city first (蓟州区 → 天津市蓟州区, though 州 is in its name).
      const known = /区$/u.test(p) ? withCity(p, ctx.city ? { city: ctx.city } : {}) : p;
      if (known !== p) full = known;
      else if (/区$/u.test(p) && !/[市州]/u.test(p) && ctx.city) full = `${ctx.city}${p}`;
      // A prefecture-level city has a commission (委), a county-level one a bureau (局).
      const committee = /市$/u.test(p) && !/[区县]$/u.test(p) && placeLevel(full) !== 'county';
      const canonSurface = m[3] && !committee ? '卫生健康局' : surface;
      const canon = canonicalAfterPlace(full, committee && m[3] ? '卫生健康委' : canonSurface);
      if (!canon) continue;
      const im = mention(doc, pStart, pStart + p.length, canon[0], canon[1], 'institution/coordinated', full);
      im.alias = '';
      yield im;
    }
  }
}

/**
 * The place an item of a coordinated list names: the longest known place it ends with
 * (支持谷城县 → 谷城县, 张掖市甘州区), else the item without its leading stop words when it
 * reads as a place (a town or district the gazetteer lacks).
 */
function listPlace(item: string): string | undefined {
  // A known place written whole (和平区) keeps the character a stop word would trim (和).
  if (isKnownPlace(item)) return item;
  const t = trimLeft(item);
  for (let s = 0; s < t.length - 1; s++) {
    const cand = t.slice(s);
    const city = /^(\p{Script=Han}{2,4}?市)(\p{Script=Han}{2,5}[区县])$/u.exec(cand);
    if (isKnownPlace(cand) || (city?.[1] && city[2] && isKnownPlace(city[1]) && isKnownPlace(city[2]))) return cand;
  }
  return isPlausiblePlace(t) ? t : undefined;
}

function trimLeft(s: string): string {
  let t = s;
  for (;;) {
    const stop = LEFT_STOPS.find((w) => t.startsWith(w));
    if (!stop) return t;
    t = t.slice(stop.length);
  }
}
