import type { Doc } from '../segment/index.js';
import {
  BODY_SURFACES,
  COLLECTIVE_BEFORE,
  GENERIC_MIDDLES,
  LEFT_STOPS,
  LEVEL_CHARS,
  mention,
} from './institution-parts.js';
import { HOSPITAL_ORDINALS } from './lexicons/institutions.js';
import { expandLevel, type PlaceContext } from './place-context.js';
import {
  gazetteerPlaces,
  isOneCharCounty,
  placeLevel,
  placeOfWritten,
  prefectureOf,
  provinceOf,
  withCity,
} from './places.js';
import { isHan } from './text-utils.js';
import type { InstitutionMention } from './types.js';

/** Rank of a level prefix and of a text's level: 省 1, 市/州/盟 2, 县/区/旗 3. */
const LEVEL_RANK: Readonly<Record<string, number>> = { 省: 1, 市: 2, 州: 2, 盟: 2, 县: 3, 区: 3, 旗: 3 };
const TEXT_RANK: Readonly<Record<PlaceContext['level'], number>> = {
  national: 0,
  province: 1,
  prefecture: 2,
  county: 3,
  unknown: 9,
};

/** Whether a level prefix is below the level the text speaks for (县 in a city's text). */
function belowTextLevel(ctx: PlaceContext, level: string): boolean {
  return (LEVEL_RANK[level] ?? 0) > TEXT_RANK[ctx.level];
}

/** A Party committee's standing committee as the subject of 召开 (市委常委会召开会议). */
const STANDING_COMMITTEE_CONVENES = /^常委会(?:近日|日前|今天|昨天)?召开/u;

/** Words after a bare 县医院 that make it a class of hospitals (县医院综合能力, 县医院服务能力). */
const CLASS_COMPOUND = /^(?:综合能力|服务能力|能力建设|能力提升|等级评审)/u;

/** 省委, 市卫健委, 县政府, 市七医院, 市西溪医院: level prefix + body, expanded. */
export function* levelShortForms(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    const level = text[i] ?? '';
    if (!LEVEL_CHARS.includes(level)) continue;
    const prev = text[i - 1];
    if (level === '盟' && prev === '联') continue; // 专科联盟由X医院牵头: an alliance (联盟), no league.
    if (level === '区' && text.slice(i - 2, i) === '自治') continue; // 自治区财政厅: the region's (institution-region.ts).
    if (prev && (COLLECTIVE_BEFORE.includes(prev) || LEVEL_CHARS.includes(prev))) {
      // 市委市政府: a level after a body is fine; 各市州 / 全省 are collectives.
      if (!(prev && '委府'.includes(text[i - 1] ?? ''))) continue;
    }
    // 省市卫健委 is two levels; 省市场监管局 is one, its body's name starting with a level character.
    if (LEVEL_CHARS.includes(text[i + 1] ?? '') && !BODY_SURFACES.some((b) => text.startsWith(b.surface, i + 1)))
      continue;
    const places = [ctx.province, ctx.city, ctx.county].filter((p): p is string => Boolean(p));
    if (
      places.some(
        (p) => text.startsWith(p, i + 1 - p.length) || text.startsWith(p.slice(0, -1), i + 1 - (p.length - 1)),
      )
    ) {
      continue;
    }
    // 睢宁县X镇卫生院…在县人民医院帮扶下: a county hospital after its paragraph named a county is that county's.
    const paragraphCounty = level === '县' && !ctx.county ? countyOfHospital(doc, ctx, i) : undefined;
    const place = expandLevel(ctx, level) ?? paragraphCounty;
    // 县中医院 in a city's text, 市卫生健康委 in a province's: a level below the text's own
    // with no place of its own means all the bodies of that level, a class.
    if (!place && belowTextLevel(ctx, level)) continue;
    // 省、市卫生健康委: each level of the list has the body written after the last.
    const shared = text[i + 1] === '、' && LEVEL_CHARS.includes(text[i + 2] ?? '') ? 2 : 0;
    const bodyAt = i + 1 + shared;
    const body = BODY_SURFACES.find(
      (b) => (b.levels === undefined || b.levels.includes(level)) && text.startsWith(b.surface, bodyAt),
    );
    if (body && shared) {
      // 市、县医院 names the hospitals of two levels, a class; a commission pair names two bodies.
      if (!place || body.surface === '医院') continue;
      const m = mention(
        doc,
        i,
        i + 1,
        body.canonical.replace('{p}', place),
        body.type,
        'institution/level-list',
        place,
      );
      m.alias = '';
      yield m;
      continue;
    }
    if (body) {
      const end = i + 1 + body.surface.length;
      if (body.surface === '委' && /[属管领机会员托]/u.test(text[end] ?? '')) continue;
      // 市委常委会召开会议: the standing committee convening a meeting is a body of its own; met in
      // (在县委常委会上) or acting otherwise, it stays a mention of the 市委.
      if (body.surface === '委' && STANDING_COMMITTEE_CONVENES.test(text.slice(end, end + 8))) {
        const name = place ? `中国共产党${place}委员会常务委员会` : text.slice(i, end + 3);
        yield mention(doc, i, end + 3, name, 'party', 'institution/standing-committee', place);
        continue;
      }
      // A bare 县医院 only at a phrase start: not inside a word (社区医院, 保定市医院) or a list of levels (市、县医院).
      if (body.surface === '医院' && (isHan(prev) || (i >= 2 && LEVEL_CHARS.includes(text[i - 2] ?? '')))) continue;
      // 县医院综合能力提升: the level's hospitals as a class, in the name of a national programme or standard.
      if (body.surface === '医院' && CLASS_COMPOUND.test(text.slice(end, end + 4))) continue;
      // That county's 县医院 is its 人民医院 when the text names it (X县人民医院院长…县医院).
      const general = paragraphCounty && body.surface === '医院' && text.includes(`${paragraphCounty}人民医院`);
      const name = general
        ? `${paragraphCounty}人民医院`
        : place
          ? body.canonical.replace('{p}', place)
          : text.slice(i, end);
      yield mention(doc, i, end, name, body.type, 'institution/level-short', place);
      // 县纠风办、监察局: the next item of the list shares the level.
      let at = end;
      while (text[at] === '、') {
        const next = BODY_SURFACES.find(
          (b) =>
            b.surface.length >= 3 &&
            (b.levels === undefined || b.levels.includes(level)) &&
            text.startsWith(b.surface, at + 1),
        );
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
    // 县第三人民医院: a written ordinal keeps its 第.
    const hosp =
      /^(第[一二三四五六七八九十]{1,3}人民|第[一二三四五六七八九十]{1,3}|\p{Script=Han}{1,3}?|120)(医院|急救中心|(?<=120)中心)/u.exec(
        text.slice(i + 1, i + 10),
      );
    if (hosp?.[1] !== undefined && hosp[2]) {
      const mid = hosp[1];
      const end = i + 1 + mid.length + hosp[2].length;
      // 市由第一医院负责: a preposition after the level (由, 在, 向) ends the place's clause.
      if (/[的和与及、院省市县区]|^[由在向对从被把将为到给]/u.test(mid)) continue;
      if (!mid.startsWith('第') && GENERIC_MIDDLES.test(mid)) continue;
      // 去市里一家医院, 县里两所医院: 市里/县里 is a locative (in town) and a numeral + classifier counts
      // hospitals of a class; neither names one.
      if (/^里|[一二两三四五六七八九十几数多][家所个]/u.test(mid)) continue;
      const canonicalMid =
        mid.length === 1 && HOSPITAL_ORDINALS.includes(mid) && hosp[2] === '医院' ? `第${mid}人民` : mid;
      const surface = text.slice(i, end);
      const name = place ? `${place}${canonicalMid}${hosp[2]}` : surface;
      yield mention(doc, i, end, name, hosp[2] === '医院' ? 'hospital' : 'other', 'institution/level-hospital', place);
    }
  }
}

/** County hospitals written after the level (县人民医院, 县医院). */
const COUNTY_HOSPITALS = ['人民医院', '中医医院', '中医院', '妇幼保健院', '医院'];
/** How far back (characters, inside the paragraph) a county hospital looks for its county. */
const COUNTY_REACH = 150;

/**
 * The county a bare county hospital (县人民医院 at a phrase start) belongs to in
 * a text above the county level: the last county its paragraph wrote in full
 * before it (睢宁县古邳镇卫生院…在县人民医院帮扶下 → 睢宁县), of the text's city when known.
 */
function countyOfHospital(doc: Doc, ctx: PlaceContext, at: number): string | undefined {
  const text = doc.text;
  const prev = text[at - 1];
  if (isHan(prev) && !LEFT_STOPS.includes(prev ?? '')) return undefined;
  // 靖边县将…县卫生健康局已约谈…: a county's bureau written with the level alone is that county's too.
  const body = BODY_SURFACES.some(
    (b) => (b.levels === undefined || b.levels.includes('县')) && text.startsWith(b.surface, at + 1),
  );
  if (!body && !COUNTY_HOSPITALS.some((h) => text.startsWith(h, at + 1))) return undefined;
  const block = doc.blocks.find((b) => b.span.start <= at && at < b.span.end);
  const from = Math.max(block?.span.start ?? 0, at - COUNTY_REACH);
  for (let end = at; end > from; end--) {
    if (text[end - 1] !== '县') continue;
    for (let len = Math.min(10, end - from); len >= 2; len--) {
      const cand = text.slice(end - len, end);
      if (placeLevel(cand) !== 'county') continue;
      if (!ctx.city || prefectureOf(cand) === ctx.city) return cand;
      break;
    }
  }
  return undefined;
}

/**
 * Hospitals named after a county-level city or county written without its
 * level (X医院 where X市/X县 is in the gazetteer, in the document's province
 * when it is known), after a phrase boundary: 汾阳医院-style names.
 */
export function* placeStemHospitals(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
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
  // 托管永嘉人民医院: a county's 人民医院/中医院 written with the county's stem, named with the county
  // in full. The stem must be a county of the text's province, so no phrase boundary is needed.
  if (!ctx.province) return;
  for (const m of text.matchAll(/(\p{Script=Han}{2})(人民医院|中医院|中医医院|妇幼保健院)/gu)) {
    const at = m.index ?? 0;
    const stem = m[1] ?? '';
    const place = gazetteerPlaces(stem).find(
      (p) => p.level === 'county' && p.name.length === stem.length + 1 && provinceOf(p.name) === ctx.province,
    );
    if (!place) continue;
    const name = `${place.name}${m[2] ?? ''}`;
    yield mention(doc, at, at + m[0].length, name, 'hospital', 'institution/place-stem-hospital', place.name);
  }
}

/** The gazetteer place (with its level) that ends at `end` (exclusive), when the text writes one. */
function knownPlaceEndingAt(text: string, end: number, ctx: PlaceContext): number | undefined {
  const own = [ctx.province, ctx.city, ctx.county].filter((p): p is string => Boolean(p));
  for (let len = Math.min(8, end); len >= 2; len--) {
    const cand = text.slice(end - len, end);
    if (own.includes(cand) || placeOfWritten(cand)) return end - len;
  }
  return undefined;
}

/**
 * A body written after its full place (吉林省财政厅, 芜湖市统计局, 张掖市甘州区卫生健康局):
 * any level body of the lexicon after a gazetteer place or the document's own,
 * a compound place (city + district) read whole. The bare 医院 is left to the
 * full-name rule, which checks the place more strictly.
 */
export function* placedBodies(doc: Doc, ctx: PlaceContext): Iterable<InstitutionMention> {
  const text = doc.text;
  for (let i = 1; i < text.length; i++) {
    const level = text[i] ?? '';
    if (!LEVEL_CHARS.includes(level)) continue;
    const body = BODY_SURFACES.find(
      (b) =>
        b.surface !== '医院' &&
        (b.levels === undefined || b.levels.includes(level)) &&
        text.startsWith(b.surface, i + 1),
    );
    if (!body) continue;
    const end = i + 1 + body.surface.length;
    if (body.surface === '委' && /[属管领机会员托]/u.test(text[end] ?? '')) continue;
    let start = knownPlaceEndingAt(text, i + 1, ctx);
    if (start === undefined) continue;
    // 疾控中心和县人民医院: a place that starts with a conjunction inside a phrase (和县) is the level short form.
    if (LEFT_STOPS.includes(text[start] ?? '') && isHan(text[start - 1])) continue;
    // 全市城区卫生健康局: a two-character place (城区, 郊区) is also a common word; only at a phrase start.
    const before = text[start - 1];
    // A one-character county (莒县) is a place wherever it stands.
    const short = text.slice(start, i + 1);
    if (short.length <= 2 && !isOneCharCounty(short) && isHan(before) && !LEFT_STOPS.includes(before ?? '')) continue;
    // 张掖市甘州区: a parent place right before the place belongs to the name.
    const parent = knownPlaceEndingAt(text, start, ctx);
    if (parent !== undefined) start = parent;
    // 大理州卫生健康委员会: a 州 written by its short form is named after its full name.
    const written = placeOfWritten(text.slice(start, i + 1)) ?? text.slice(start, i + 1);
    // 协调临桂区人民医院: a district written alone takes its city, as full names do (CONVENTIONS).
    const place = parent === undefined ? withCity(written, ctx.city ? { city: ctx.city } : {}) : written;
    yield mention(doc, start, end, body.canonical.replace('{p}', place), body.type, 'institution/placed', place);
  }
}
