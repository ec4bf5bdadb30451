import type { Doc } from '../segment/index.js';
import { aidCommands } from './institution-aid.js';
import { communityHealthCentres } from './institution-community.js';
import { coordinatedLists } from './institution-coordinated.js';
import { afterGluedVerb } from './institution-glued.js';
import { levelShortForms, placedBodies, placeStemHospitals } from './institution-level.js';
import { listedHospitals } from './institution-listed.js';
import { canonicalAfterPlace, GENERIC_MIDDLES, LEFT_STOPS, mention, secondNames } from './institution-parts.js';
import { regionShortForms } from './institution-region.js';
import { stationedGroups } from './institution-stationed.js';
import {
  extendToGroupHeads,
  extendToInstitutes,
  extendToNationalUnits,
  extendToOffices,
} from './institution-subbody.js';
import { townHealthCentres, villageClinics } from './institution-towns.js';
import { zoneCommittees } from './institution-zones.js';
import { FULL_NAME_SUFFIXES } from './lexicons/institutions.js';
import { PROVINCES } from './lexicons/places.js';
import { memoizeByDoc } from './memo.js';
import { nationalBodyTable } from './national.js';
import { resolveOverlaps } from './overlap.js';
import { type PlaceContext, placeContext } from './place-context.js';
import { gazetteerPlaces, isKnownPlace, isOneCharCounty, isPlausiblePlace, withCity } from './places.js';
import { posTag } from './pos.js';
import { isHan, lexiconMatcher, touchesPlaceholder, type WordMatcher } from './text-utils.js';
import type { InstitutionMention } from './types.js';

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
    ...placedBodies(doc, ctx),
    ...regionShortForms(doc, ctx),
    ...townHealthCentres(doc, ctx),
    ...communityHealthCentres(doc, ctx),
    ...villageClinics(doc, ctx),
    ...zoneCommittees(doc),
    ...stationedGroups(doc, ctx),
    ...placeStemHospitals(doc, ctx),
    ...aidCommands(doc),
  ].filter((m) => !inList(m));
  // A body named with a placeholder (x县人民医院, xx省卫生健康委) is no real institution.
  const real = (m: InstitutionMention): boolean => !touchesPlaceholder(doc, m.span);
  const resolved = extendToGroupHeads(
    doc,
    extendToNationalUnits(doc, extendToInstitutes(doc, extendToOffices(doc, resolveOverlaps(found.filter(real))))),
  );
  const known = [...resolved, ...coordinated.filter(real)].sort((a, b) => a.span.start - b.span.start);
  yield* secondNames(
    doc,
    [...known, ...listedHospitals(doc, known)].sort((a, b) => a.span.start - b.span.start),
  );
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
    // 卫生部门, 财政部门, 民政部门: a ministry's name inside the common noun 部门 (the sector's departments).
    if (key.endsWith('部') && text[i + key.length] === '门') {
      i += key.length - 1;
      continue;
    }
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

/** Whether `name` looks like a place name (2–6 Han characters ending in a level). */
function isPlaceName(name: string): boolean {
  return /^\p{Script=Han}{1,6}(?:省|市|县|区|州|旗|自治区|自治州|自治县)$/u.test(name) && name.length >= 2;
}

/** Words of hospital names whose 和 is no conjunction (北京协和医院, 和平医院). */
const NAME_WORDS = ['协和', '和平'];

/**
 * Whether the stop character at `at` belongs to a name word, or sits inside a
 * gazetteer place after its first character (锦州市太和区: the 和 of 太和区;
 * 和县 after 中心 stays a conjunction).
 */
function inNameWord(text: string, at: number): boolean {
  const word = NAME_WORDS.some((w) => {
    const k = w.indexOf(text[at] ?? '');
    return k >= 0 && text.startsWith(w, at - k);
  });
  return word || inPlaceName(text, at) || insideTaggedWord(text, at);
}

/**
 * Whether a conjunction character sits inside a longer name or noun of the
 * tagger, not at its start (十堰市太和医院: 太和; 仁和医院: 仁和). 和县 after 中心 starts with
 * the 和, which stays a conjunction.
 */
function insideTaggedWord(text: string, at: number): boolean {
  if (!'和与及'.includes(text[at] ?? '')) return false;
  const from = Math.max(0, at - 4);
  const token = posTag(text.slice(from, at + 4)).find((t) => t.start + from <= at && at < t.end + from);
  // Only a name or noun token: the tagger glues a conjunction to a body's last character (委和/x).
  if (!token || !/^(?:ns|nz|nr|nrt|nt|n)$/u.test(token.tag)) return false;
  return token.end - token.start > 1 && token.start + from < at;
}

/**
 * Whether the character at `at` ends a name walking left: a stop word (和, 在, 到) that is no part
 * of a name, or the 志 of 同志 (王建同志协管县中医医院: a term of address, never a place's start).
 */
function stopsName(text: string, at: number): boolean {
  if (text[at] === '志' && text[at - 1] === '同') return true;
  return LEFT_STOPS.includes(text[at] ?? '') && !inNameWord(text, at);
}

function inPlaceName(text: string, at: number): boolean {
  for (let start = Math.max(0, at - 4); start < at; start++) {
    for (let end = at + 1; end <= Math.min(text.length, at + 5); end++) {
      if (/[省市县区旗]/u.test(text[end - 1] ?? '') && isKnownPlace(text.slice(start, end))) return true;
    }
  }
  return false;
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
    if (!isHan(ch) || stopsName(text, s)) break;
    const rest = text.slice(s, end);
    const before = text[s - 1];
    // After 同志 a verb follows (同志协管县中医医院), no boundary for a name to start at.
    const boundary = !isHan(before) || (LEFT_STOPS.includes(before ?? '') && !inNameWord(text, s - 1));
    if (places.some((p) => rest.startsWith(p))) known = s;
    // 巍山彝族回族自治县: an autonomous county's name runs longer than a plain county's.
    const head = /^(\p{Script=Han}{2,6}?(?:县|区|旗|自治州)|\p{Script=Han}{2,8}?自治[县旗])/u.exec(rest)?.[1];
    // A city (市) must be a gazetteer place: too many words end in 市 (城市, 超市).
    const city = /^(\p{Script=Han}{2,4}?市)/u.exec(rest)?.[1];
    // 锚定区域医疗中心: a level character that starts a word with the next one (区域, 县域) ends no place.
    const wordAfter = head !== undefined && LEVEL_WORDS.test(rest.slice(head.length - 1));
    const placeHead =
      (head !== undefined && !wordAfter && isPlausiblePlace(head)) ||
      (city !== undefined && isKnownPlace(city)) ||
      isOneCharCounty(rest.slice(0, 2));
    // 兰州大学, 哈尔滨医科大学, 赣南医学院, 中国医学科学院: a school's own name, then its hospital.
    // 九江学院附属医院: a college (学院) only with its affiliated hospital, too many words end in 学院.
    const university = /^\p{Script=Han}{2,6}?(?:大学|医学院|科学院|学院(?=附属))/u.test(rest);
    if ((placeHead || university) && boundary) generic = s;
  }
  // 推动桂林医学院附属医院: a verb glued before a school's name is no part of it.
  return known ?? (generic === undefined ? undefined : afterGluedVerb(text, generic, end));
}

/** Words that start with a level character (区域, 县域, 市场): no place ends before their second character. */
const LEVEL_WORDS = /^(?:区域|县域|市域|省域|州域|市场|县级|区级|市级|省级)/u;

/** Suffixes of a school named after its city or county (龙岩学院, 延安大学, 遵义医学院). */
const SCHOOL_SUFFIXES = ['学院', '大学', '医学院', '医科大学'];

/**
 * Where a school named after a place written without its level starts
 * (龙岩学院, 大理大学): the stem right before the suffix is a gazetteer
 * place's short form, after a phrase boundary.
 */
function placeSchoolStart(text: string, at: number, suffix: string): number | undefined {
  if (!SCHOOL_SUFFIXES.includes(suffix)) return undefined;
  for (let len = 4; len >= 2; len--) {
    const s = at - len;
    const stem = text.slice(s, at);
    if (s < 0 || !/^\p{Script=Han}+$/u.test(stem)) continue;
    const before = text[s - 1];
    if (isHan(before) && !LEFT_STOPS.includes(before ?? '')) continue;
    if (gazetteerPlaces(stem).some((p) => p.shortNames.includes(stem))) return s;
  }
  return undefined;
}

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
      const start = nameStart(text, at, 14, ctx) ?? placeSchoolStart(text, at, suffix);
      if (start === undefined || start >= at) continue;
      const surface = text.slice(start, end);
      if (/^(全|各|本)/u.test(surface)) continue;
      // 瑞安市人民医院创成三甲综合医院: a name never runs on past a hospital it already contains.
      if (/医院|卫生院/u.test(surface.slice(0, -suffix.length))) continue;
      const placeMatch = /^(\p{Script=Han}{2,6}?(?:省|市|县|区|州|旗))(.*)$/u.exec(surface);
      let name = surface;
      if (GENERIC_MIDDLES.test(placeMatch?.[2] ?? '')) continue;
      // 即以县人民医院为龙头: a place read with a preposition or adverb before the level (即以县) is
      // none; the level short form (县人民医院) names the body.
      if (placeMatch?.[1] && !isPlausiblePlace(placeMatch[1])) continue;
      if (placeMatch?.[1] && isPlaceName(placeMatch[1])) {
        // 麒麟区越州镇中心卫生院: a district written alone takes its city.
        const place = withCity(placeMatch[1], ctx.city ? { city: ctx.city } : {});
        name = canonicalAfterPlace(place, placeMatch[2] ?? '')?.[0] ?? `${place}${placeMatch[2] ?? ''}`;
      }
      // Short province name written without its level (甘肃卫生…): keep as written.
      const m = mention(doc, start, end, name, type, 'institution/full-name', placeMatch?.[1]);
      // 福建医科大学公共卫生学院: a school inside a university, whose parent is the university.
      const school = /^(\p{Script=Han}{2,8}?大学)\p{Script=Han}{2,10}学院$/u.exec(name)?.[1];
      if (school) m.parent = school;
      yield m;
    }
  }
}
