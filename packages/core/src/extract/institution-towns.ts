import type { Doc } from '../segment/index.js';
import { LEFT_STOPS, mention } from './institution-parts.js';
import { expandLevel, type PlaceContext } from './place-context.js';
import { isPlaceShaped, isPlausiblePlace, placeLevel } from './places.js';
import { posTag } from './pos.js';
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
function areTowns(towns: readonly string[], suffix: string, before = ''): boolean {
  if (towns.length === 1) {
    const town = towns[0] ?? '';
    return isTown(town) || isStreet(town, suffix) || startsWithJiang(town, before) || isNamedTown(town);
  }
  return towns.every((t) => isTown(t, isPlaceShaped)) && towns.some((t) => isTown(t));
}

/**
 * A town whose name starts with 将 (将台堡镇), which the place test reads as the preposition 将
 * (将X镇卫生院建成…): after a locative or a conjunction (在将台堡镇卫生院, X医院和将台堡镇卫生院) the
 * preposition cannot stand, so the 将 starts the name, when the rest reads as a town itself.
 */
function startsWithJiang(town: string, before: string): boolean {
  return town.length === 4 && town.startsWith('将') && /[在到和与及、]/u.test(before) && isTown(town.slice(1));
}

/**
 * 仁和镇, 太和镇, 和平乡: a town whose name holds a conjunction character, which the place test
 * refuses (X和Y镇 joins two words), when the tagger reads the whole town as a place or its stem as
 * one name (仁和镇/ns, 太和/nz); 和城关镇 (和/c, then 城关) stays refused.
 */
function isNamedTown(town: string): boolean {
  const stem = town.slice(0, -1);
  if (!/[镇乡]$/u.test(town) || stem.length < 2 || stem.length > 3) return false;
  // 各乡镇, 全乡: a class of towns, which the tagger may read as one word.
  if (/乡镇$|^[各全每本该个]/u.test(town)) return false;
  const [first, ...rest] = posTag(town);
  if (!first) return false;
  if (rest.length === 0) return first.tag === 'ns';
  return first.end === stem.length && /^(?:ns|nz|nr|nrt)$/u.test(first.tag);
}

/** jieba tags a street's name may carry: names and nouns, and verbal nouns (通惠/vn, 解放/v is none). */
const STREET_NAME_TAGS = /^(?:n|ns|nr|nrfg|nrt|nz|ng|vn|x|zg|j)$/u;

/**
 * A street (通惠街道) before its 社区卫生服务中心: the long suffix leaves little doubt, so a stem the
 * tagger reads as a verbal noun is a name too; a verb, direction or locative (相关, 周边, 所在, 当地) is
 * none.
 */
function isStreet(name: string, suffix: string): boolean {
  if (!name.endsWith('街道') || suffix !== '社区卫生服务中心') return false;
  if (!isTown(name, isPlaceShaped)) return false;
  return posTag(name.slice(0, -2)).every((t) => STREET_NAME_TAGS.test(t.tag));
}

/**
 * The county written in full at the head of the body right before a town's
 * body, joined by 和/及/与/、 (林周县人民医院和江热夏乡卫生院): the town shares it.
 */
function sharedCounty(text: string, start: number): string {
  if (!/[和及与、]/u.test(text[start - 1] ?? '')) return '';
  const before = text.slice(Math.max(0, start - 16), start - 1);
  // The nearest county-level place that opens the preceding body, whole: 西吉县, not the 吉县 inside it.
  for (let i = before.length - 3; i >= 0; i--) {
    for (const len of [5, 4, 3, 2]) {
      const cand = before.slice(i, i + len);
      if (cand.length === len && placeLevel(cand) === 'county' && /[县区旗市]$/u.test(cand)) {
        const whole = [3, 2, 1].map((k) => before.slice(Math.max(0, i - k), i + len)).find((c) => isCounty(c));
        if (whole && whole.length > cand.length) continue;
        const rest = before.slice(i + len);
        return /^\p{Script=Han}{2,10}(?:医院|卫生院|中心)$/u.test(rest) && !/[和及与、，。]/u.test(rest) ? cand : '';
      }
    }
  }
  return '';
}

/** Whether `name` is a county-level place of the gazetteer written with its level. */
function isCounty(name: string): boolean {
  return placeLevel(name) === 'county' && /[县区旗市]$/u.test(name);
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
  for (const m of boundedMatches(text, TOWN_CENTRES)) {
    let start = m.index ?? 0;
    const towns = (m[1] ?? '').split('、');
    const suffix = m[2] ?? '';
    // 。在曲下镇中心卫生院: a left stop (在, 和) read into the first town leaves it.
    const first = towns[0] ?? '';
    const named = startsWithJiang(first, text[start - 1] ?? '');
    if (LEFT_STOPS.includes(first[0] ?? '') && !isTown(first) && !named && first.length > 3) {
      towns[0] = first.slice(1);
      start += 1;
    }
    if (!areTowns(towns, suffix, text[start - 1])) continue;
    let at = start;
    const shared = sharedCounty(text, start);
    for (const town of towns) {
      const prefix = shared || townParent(ctx) || countyWrittenBefore(text, town);
      const single = towns.length === 1;
      const end = single ? (m.index ?? 0) + m[0].length : at + town.length;
      const im = mention(doc, at, end, `${prefix}${town}${suffix}`, 'hospital', 'institution/town-centre', prefix);
      if (!single) im.alias = '';
      yield im;
      at += town.length + 1;
    }
  }
}

/**
 * The county-level place a town belongs to: the text's county (a district
 * with its city), else its 市 when that is a county-level city (丹江口市).
 */
export function townParent(ctx: PlaceContext): string {
  const county = expandLevel(ctx, '县');
  if (county) return county;
  return ctx.city && placeLevel(ctx.city) === 'county' ? ctx.city : '';
}

/**
 * The county the text writes right before a town elsewhere (灌云县杨集镇中心卫生院
 * …杨集镇中心卫生院管着): a text above the county level names a town's body in
 * full once, then by the town alone. Only when every such county is the same.
 */
function countyWrittenBefore(text: string, town: string): string {
  const found = new Set<string>();
  for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + 1)) {
    for (let len = Math.min(10, at); len >= 2; len--) {
      const cand = text.slice(at - len, at);
      if (placeLevel(cand) !== 'county') continue;
      found.add(cand);
      break;
    }
  }
  return found.size === 1 ? ([...found][0] ?? '') : '';
}

/**
 * Matches of a global regex that start at a phrase boundary. A match whose
 * start runs on from a word before it (来到棠口镇: 到棠口镇) is tried again one
 * character later, so the name after a verb and a left stop is still found.
 */
export function* boundedMatches(text: string, pattern: RegExp): Iterable<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1];
    if (isHan(before) && !LEFT_STOPS.includes(before ?? '')) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** A village clinic named by its village (漈头村卫生室, 大坪村卫生所). */
const VILLAGE_CLINIC = /(\p{Script=Han}{2,3}?村)(卫生室|卫生所)/gu;
/** A town written with its level, for the town of a village clinic. */
const TOWN = /\p{Script=Han}{2,3}?[镇乡]/gu;

/** Kinds of villages, which make 村卫生室 a class (行政村卫生室, 中心村卫生室, 贫困村卫生室). */
const VILLAGE_KINDS =
  /^(?:行政|中心|重点|空白|规范化|一体化|标准化|示范|贫困|脱贫|建制|自然|偏远|边远|合格|达标|薄弱)村$/u;
/** Quantifiers before 村, which make 村卫生室 a share of all villages (部分村卫生室, 多数村卫生室). */
const VILLAGE_QUANTIFIERS = /^(?:部分|多数|少数|大多数|大部分|所有|全部|一些|个别|其他|其余|多个|若干)村$/u;
/** jieba tags a village's name is made of: nouns, place and person names, rare characters (漈/zg). */
const VILLAGE_NAME_TAGS = /^(?:n|ns|nr|nrfg|nrt|nz|ng|x|zg|j)$/u;

/** Whether `name` (stem + 村) reads as one village, not a kind of village. */
function isVillage(name: string): boolean {
  if (!isPlaceShaped(name) || VILLAGE_KINDS.test(name) || VILLAGE_QUANTIFIERS.test(name)) return false;
  return posTag(name.slice(0, -1)).every((t) => VILLAGE_NAME_TAGS.test(t.tag));
}

/**
 * Village clinics (漈头村卫生室) at a phrase boundary, named with the county and
 * the town in front (X县Y镇漈头村卫生室): the town is the one the text named
 * before the village, when it named only one (a visit goes from the town's
 * health centre to a village); else the county alone.
 */
export function* villageClinics(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (const m of boundedMatches(text, VILLAGE_CLINIC)) {
    if (!isVillage(m[1] ?? '')) continue;
    const towns = new Set([...boundedMatches(text.slice(0, m.index), TOWN)].map((t) => t[0]).filter((t) => isTown(t)));
    const town = towns.size === 1 ? [...towns][0] : '';
    const prefix = `${townParent(ctx)}${town}`;
    const start = m.index;
    yield mention(
      doc,
      start,
      start + m[0].length,
      `${prefix}${m[0]}`,
      'hospital',
      'institution/village-clinic',
      ctx.county,
    );
  }
}
