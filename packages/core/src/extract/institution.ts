import type { Doc } from '../segment/index.js';
import { FULL_NAME_SUFFIXES, HOSPITAL_ORDINALS, LEVEL_BODIES } from './lexicons/institutions.js';
import { PROVINCES } from './lexicons/places.js';
import { memoizeByDoc } from './memo.js';
import { nationalBodyTable } from './national.js';
import { resolveOverlaps } from './overlap.js';
import { expandLevel, type PlaceContext, placeContext } from './place-context.js';
import { gazetteerPlaces, isKnownPlace, isPlausiblePlace, placeLevel, provinceOf } from './places.js';
import { isHan, lexiconMatcher, touchesPlaceholder, type WordMatcher } from './text-utils.js';
import type { InstitutionMention, InstitutionType } from './types.js';

const LEVEL_CHARS = '省市县区州';
/** Characters before a level prefix that show it is a generic collective (各市州, 全省). */
const COLLECTIVE_BEFORE = '各全本该每';
/** Words that end a name when walking back from a suffix. */
const LEFT_STOPS = [
  '及',
  '和',
  '与',
  '、',
  '在',
  '由',
  '对',
  '向',
  '是',
  '把',
  '将',
  '到',
  '的',
  '为',
  '从',
  '等',
  '同',
  '并',
  '经',
];
const BODY_SURFACES = [...LEVEL_BODIES].sort((a, b) => b.surface.length - a.surface.length);

/**
 * Institutions: national bodies from the lexicon, level-prefixed short forms
 * expanded with the document's own place (省卫生健康委 → 甘肃省卫生健康委员会),
 * full names ending in a body suffix, and coordinated lists split per unit.
 */
export function* extractInstitutions(doc: Doc): Iterable<InstitutionMention> {
  yield* institutionsOf(doc);
}

/** Cached institutions of a document (used by the officials and meetings extractors). */
export const institutionsOf = memoizeByDoc(computeInstitutions);

function* computeInstitutions(doc: Doc): Iterable<InstitutionMention> {
  const ctx = placeContext(doc);
  const ranges: Array<[number, number]> = [];
  const coordinated = [...coordinatedLists(doc, ctx, ranges)];
  const inList = (m: InstitutionMention): boolean => ranges.some(([s, e]) => m.span.start < e && s < m.span.end);
  const found: InstitutionMention[] = [
    ...nationalBodies(doc),
    ...fullNames(doc, ctx),
    ...levelShortForms(doc, ctx),
    ...placeStemHospitals(doc, ctx),
  ].filter((m) => !inList(m));
  // A body named with a placeholder (x县人民医院, xx省卫生健康委) is no real institution.
  const real = (m: InstitutionMention): boolean => !touchesPlaceholder(doc, m.span);
  yield* [...resolveOverlaps(found.filter(real)), ...coordinated.filter(real)].sort(
    (a, b) => a.span.start - b.span.start,
  );
}

function mention(
  doc: Doc,
  start: number,
  end: number,
  name: string,
  type: InstitutionType,
  rule: string,
  jurisdiction?: string,
): InstitutionMention {
  const alias = doc.text.slice(start, end);
  const m: InstitutionMention = { kind: 'institution', span: { start, end }, text: alias, rule, name, alias, type };
  if (jurisdiction) m.jurisdiction = jurisdiction;
  return m;
}

let nationalMatcher: WordMatcher | undefined;
function matchNational(text: string, at: number): string | undefined {
  nationalMatcher ??= lexiconMatcher(nationalBodyTable().keys());
  return nationalMatcher(text, at);
}

function* nationalBodies(doc: Doc): Iterable<InstitutionMention> {
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    const key = matchNational(text, i);
    if (!key) continue;
    const body = nationalBodyTable().get(key);
    if (!body) continue;
    yield mention(doc, i, i + key.length, body.canonical, body.type, 'institution/national');
    i += key.length - 1;
    // 国家卫健委、中医药管理局: the next item of the list shares the 国家 prefix.
    if (!key.startsWith('国家')) continue;
    for (let at = i + 1; text[at] === '、'; ) {
      const next = [...nationalBodyTable().keys()]
        .filter((k) => k.startsWith('国家') && text.startsWith(k.slice(2), at + 1) && k.length > 4)
        .sort((a, b) => b.length - a.length)[0];
      const shared = next ? nationalBodyTable().get(next) : undefined;
      if (!next || !shared) break;
      const end = at + 1 + next.length - 2;
      yield mention(doc, at + 1, end, shared.canonical, shared.type, 'institution/national-shared');
      i = end - 1;
      at = end;
    }
  }
}

/** Canonical form of a body written after a full place (杭州市 + 卫健委). */
function canonicalAfterPlace(place: string, surface: string): [string, InstitutionType] | undefined {
  const body = BODY_SURFACES.find((b) => b.surface === surface);
  if (!body) return undefined;
  return [body.canonical.replace('{p}', place), body.type];
}

/** Whether `name` looks like a place name (2–6 Han characters ending in a level). */
function isPlaceName(name: string): boolean {
  return /^\p{Script=Han}{1,6}(?:省|市|县|区|州|旗|自治区|自治州|自治县)$/u.test(name) && name.length >= 2;
}

/** 白银市、武威市、张掖市甘州区卫生健康委(局): one institution per place. */
function* coordinatedLists(doc: Doc, ctx: PlaceContext, ranges: Array<[number, number]>): Iterable<InstitutionMention> {
  const place = '\\p{Script=Han}{1,5}?(?:市\\p{Script=Han}{1,4}?[区县]|省|市|县|区)';
  const bodies = BODY_SURFACES.filter((b) => /卫|局/u.test(b.surface))
    .map((b) => b.surface)
    .join('|');
  const re = new RegExp(`((?:${place}、)+${place})(${bodies})(\\((?:局|委)\\))?`, 'gu');
  for (const m of doc.text.matchAll(re)) {
    const list = m[1] ?? '';
    const surface = m[2] ?? '';
    const start = m.index ?? 0;
    let at = start;
    const places = list.split('、');
    if (!places.every((p) => p.length >= 3 && !/^[各全本]/u.test(p))) continue;
    ranges.push([start, start + m[0].length]);
    for (const p0 of places) {
      const p = trimLeft(p0);
      const pStart = at + (p0.length - p.length);
      at += p0.length + 1;
      let full = p;
      if (/[区县]$/u.test(p) && !/[市州]/u.test(p) && ctx.city) full = `${ctx.city}${p}`;
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

function trimLeft(s: string): string {
  let t = s;
  for (;;) {
    const stop = LEFT_STOPS.find((w) => t.startsWith(w));
    if (!stop) return t;
    t = t.slice(stop.length);
  }
}

/**
 * Where a full name can start, walking back from `end` (exclusive) at most
 * `max` characters: at a known place (the document's own, a province), else
 * at a county-level place name or a university after a phrase boundary.
 */
function nameStart(text: string, end: number, max: number, ctx: PlaceContext): number | undefined {
  let known: number | undefined;
  let generic: number | undefined;
  const places = [ctx.province, ctx.city, ctx.county, ...Object.keys(PROVINCES)].filter((p): p is string => Boolean(p));
  for (let s = end - 1; s >= Math.max(0, end - max); s--) {
    const ch = text[s] ?? '';
    if (!isHan(ch) || LEFT_STOPS.includes(ch)) break;
    const rest = text.slice(s, end);
    const before = text[s - 1];
    const boundary = !isHan(before) || LEFT_STOPS.includes(before ?? '');
    if (places.some((p) => rest.startsWith(p))) known = s;
    const head = /^(\p{Script=Han}{2,6}?(?:县|区|旗|自治州))/u.exec(rest)?.[1];
    // A city (市) must be a gazetteer place: too many words end in 市 (城市, 超市).
    const city = /^(\p{Script=Han}{2,4}?市)/u.exec(rest)?.[1];
    const placeHead = (head !== undefined && isPlausiblePlace(head)) || (city !== undefined && isKnownPlace(city));
    const university = /^\p{Script=Han}{2,4}大学/u.test(rest);
    if ((placeHead || university) && boundary) generic = s;
  }
  return known ?? generic;
}

/** Middles that make a "name" a generic class of bodies (杭州市公立医院). */
const GENERIC_MIDDLES = /^(公立|各级|基层|二级|三级|定点|民营|乡镇|社区|村|有关|相关|直管|属|级)/u;

/** 庄浪县人民医院, 杭州市卫生健康委, 兰州大学第二医院, XX风景名胜区社会发展局. */
function* fullNames(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (const [suffix, type] of FULL_NAME_SUFFIXES) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(suffix, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + suffix.length;
      const start = nameStart(text, at, 14, ctx);
      if (start === undefined || start >= at) continue;
      const surface = text.slice(start, end);
      if (/^(全|各|本)/u.test(surface)) continue;
      const placeMatch = /^(\p{Script=Han}{2,6}?(?:省|市|县|区|州|旗))(.*)$/u.exec(surface);
      let name = surface;
      if (GENERIC_MIDDLES.test(placeMatch?.[2] ?? '')) continue;
      if (placeMatch?.[1] && isPlaceName(placeMatch[1])) {
        const canon = canonicalAfterPlace(placeMatch[1], placeMatch[2] ?? '');
        if (canon) name = canon[0];
      }
      // Short province name written without its level (甘肃卫生…): keep as written.
      yield mention(doc, start, end, name, type, 'institution/full-name', placeMatch?.[1]);
    }
  }
}

/** 省委, 市卫健委, 县政府, 市七医院, 市西溪医院: level prefix + body, expanded. */
function* levelShortForms(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    const level = text[i] ?? '';
    if (!LEVEL_CHARS.includes(level)) continue;
    const prev = text[i - 1];
    if (prev && (COLLECTIVE_BEFORE.includes(prev) || LEVEL_CHARS.includes(prev))) {
      // 市委市政府: a level after a body is fine; 各市州 / 全省 are collectives.
      if (!(prev && '委府'.includes(text[i - 1] ?? ''))) continue;
    }
    if (LEVEL_CHARS.includes(text[i + 1] ?? '')) continue;
    const places = [ctx.province, ctx.city, ctx.county].filter((p): p is string => Boolean(p));
    if (
      places.some(
        (p) => text.startsWith(p, i + 1 - p.length) || text.startsWith(p.slice(0, -1), i + 1 - (p.length - 1)),
      )
    ) {
      continue;
    }
    const place = expandLevel(ctx, level);
    const body = BODY_SURFACES.find((b) => text.startsWith(b.surface, i + 1));
    if (body) {
      const end = i + 1 + body.surface.length;
      if (body.surface === '委' && /[属管领机会员托]/u.test(text[end] ?? '')) continue;
      // A bare 县医院 only at a phrase start: not inside a word (社区医院, 保定市医院) or a list of levels (市、县医院).
      if (body.surface === '医院' && (isHan(prev) || LEVEL_CHARS.includes(text[i - 2] ?? ''))) continue;
      const name = place ? body.canonical.replace('{p}', place) : text.slice(i, end);
      yield mention(doc, i, end, name, body.type, 'institution/level-short', place);
      // 县纠风办、监察局: the next item of the list shares the level.
      let at = end;
      while (text[at] === '、') {
        const next = BODY_SURFACES.find((b) => b.surface.length >= 3 && text.startsWith(b.surface, at + 1));
        if (!next) break;
        const nextEnd = at + 1 + next.surface.length;
        const nextName = place ? next.canonical.replace('{p}', place) : `${level}${next.surface}`;
        yield mention(doc, at + 1, nextEnd, nextName, next.type, 'institution/level-shared', place);
        at = nextEnd;
      }
      i = at - 1;
      continue;
    }
    // 市七医院 → 第七人民医院; 市西溪医院 → 西溪医院; 市120中心 (the emergency dispatch centre).
    const hosp = /^(\p{Script=Han}{1,3}?|120)(医院|急救中心|(?<=120)中心)/u.exec(text.slice(i + 1, i + 8));
    if (hosp?.[1] !== undefined && hosp[2]) {
      const mid = hosp[1];
      const end = i + 1 + mid.length + hosp[2].length;
      if (/[的和与及、院省市县区]/u.test(mid) || GENERIC_MIDDLES.test(mid)) continue;
      const canonicalMid =
        mid.length === 1 && HOSPITAL_ORDINALS.includes(mid) && hosp[2] === '医院' ? `第${mid}人民` : mid;
      const surface = text.slice(i, end);
      const name = place ? `${place}${canonicalMid}${hosp[2]}` : surface;
      yield mention(doc, i, end, name, hosp[2] === '医院' ? 'hospital' : 'other', 'institution/level-hospital', place);
    }
  }
}

/**
 * Hospitals named after a county-level city or county written without its
 * level (X医院 where X市/X县 is in the gazetteer, in the document's province
 * when it is known), after a phrase boundary: 汾阳医院-style names.
 */
function* placeStemHospitals(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (const m of text.matchAll(/(\p{Script=Han}{2})医院/gu)) {
    const at = m.index ?? 0;
    const stem = m[1] ?? '';
    const prev = text[at - 1];
    if (isHan(prev) && !LEFT_STOPS.includes(prev ?? '')) continue;
    const place = gazetteerPlaces(stem).find((p) => p.level === 'county' && p.name.length === stem.length + 1);
    if (!place || (ctx.province && provinceOf(place.name) !== ctx.province)) continue;
    yield mention(doc, at, at + m[0].length, m[0], 'hospital', 'institution/place-stem-hospital', place.name);
  }
}
