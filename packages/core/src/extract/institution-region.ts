import type { Doc } from '../segment/index.js';
import { BODY_SURFACES, LEFT_STOPS, mention } from './institution-parts.js';
import type { BodyPattern } from './lexicons/institutions.js';
import type { PlaceContext } from './place-context.js';
import { isHan } from './text-utils.js';
import type { InstitutionMention } from './types.js';

/** A region's body after 自治区: its 党委, else a level body a province may have (no 医院). */
function regionBody(text: string, at: number, minLength: number): BodyPattern | undefined {
  // A region's party committee is its 党委 (自治区党委), where a province writes 省委.
  if (minLength <= 2 && text.startsWith('党委', at)) {
    return { surface: '党委', canonical: '中国共产党{p}委员会', type: 'party' };
  }
  return BODY_SURFACES.find(
    (b) =>
      b.surface !== '医院' &&
      b.surface.length >= minLength &&
      (b.levels === undefined || b.levels.includes('省')) &&
      text.startsWith(b.surface, at),
  );
}

/**
 * 自治区卫生健康委, 自治区中医药局: in an autonomous region's text, 自治区 is the level
 * prefix that 省 is elsewhere, expanded to the region (广西壮族自治区…). Only where
 * the text's province is an autonomous region, and not inside the region's full name.
 * The next items of a list share the prefix (自治区财政厅、农牧厅、医疗保障局).
 */
export function* regionShortForms(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const region = ctx.province;
  if (!region?.endsWith('自治区')) return;
  const text = doc.text;
  for (let at = text.indexOf('自治区'); at >= 0; at = text.indexOf('自治区', at + 3)) {
    if (text.startsWith(region, at + 3 - region.length)) continue;
    const prev = text[at - 1];
    if (isHan(prev) && !LEFT_STOPS.includes(prev ?? '') && !'委府'.includes(prev ?? '')) continue;
    const body = regionBody(text, at + 3, 1);
    if (!body) continue;
    let end = at + 3 + body.surface.length;
    if (body.surface === '委' && /[属管领机会员托]/u.test(text[end] ?? '')) continue;
    yield mention(doc, at, end, body.canonical.replace('{p}', region), body.type, 'institution/region-short', region);
    // A shared item is a department's full short form (3+ characters), never a bare 委 or 政府.
    for (let next = regionBody(text, end + 1, 3); text[end] === '、' && next; next = regionBody(text, end + 1, 3)) {
      const start = end + 1;
      end = start + next.surface.length;
      const name = next.canonical.replace('{p}', region);
      yield mention(doc, start, end, name, next.type, 'institution/region-shared', region);
    }
  }
}
