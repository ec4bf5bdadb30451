import type { Doc } from '../segment/index.js';
import { PROVINCES } from './lexicons/places.js';
import { gazetteerPlaces, placeLevel, placeOfWritten, prefectureOf, provinceOf, withCity } from './places.js';

/** The places a document's short forms (省/市/县) refer to. */
export interface PlaceContext {
  /** Level the document speaks for (from 全省/全市/全县 and the metadata). */
  level: 'national' | 'province' | 'prefecture' | 'county' | 'unknown';
  province?: string;
  city?: string;
  county?: string;
}

const cache = new WeakMap<Doc, PlaceContext>();

/** A place name followed by an inspection visit (…三明市考察时, …调研时). */
const VISIT_AFTER = /^\p{Script=Han}{0,6}?(?:考察|调研|视察)/u;

/**
 * Work out which province, city and county the document's own 省/市/县 mean:
 * the metadata's jurisdiction first, else the gazetteer places the text writes
 * in full right before a body (杭州市卫生健康委), weighted by the document's
 * 全省/全市/全县 wording. A city's province comes from the gazetteer.
 */
export function placeContext(doc: Doc): PlaceContext {
  const hit = cache.get(doc);
  if (hit) return hit;
  const ctx = computeContext(doc);
  cache.set(doc, ctx);
  return ctx;
}

function computeContext(doc: Doc): PlaceContext {
  const text = doc.text;
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  const levels: Array<[PlaceContext['level'], number]> = [
    ['national', count(/全国/gu) * 0.5],
    ['province', count(/全省|省委|省政府|我省/gu)],
    // An autonomous prefecture's own words are 全州/州委/州政府 (全州县 is a county of its own).
    // Xinjiang's prefectures write their Party committee 州党委 and their own area 州直.
    ['prefecture', count(/全市|市委|市政府|我市|全州(?!县)|州委|州党委|州政府|州人民政府|州直|我州|全盟|盟委|我盟/gu)],
    ['county', count(/全县|全区|县委|县政府|我县|区委|全旗|旗委|旗政府|我旗/gu)],
  ];
  levels.sort((a, b) => b[1] - a[1]);
  const ctx: PlaceContext = { level: levels[0] && levels[0][1] > 0 ? levels[0][0] : 'unknown' };
  const textLevel = ctx.level;
  const textScore = levels[0]?.[1] ?? 0;
  const j = doc.meta.jurisdiction;
  // The metadata's level first: a municipality (天津市) is the city of a text it gives the prefecture level.
  if (j && j.level !== 'unknown') ctx.level = j.level;
  if (j?.name) assignPlace(ctx, writtenForm(text, j.name));
  const provCounts = new Map<string, number>();
  const cityCounts = new Map<string, number>();
  const countyCounts = new Map<string, number>();
  for (const [short, full] of Object.entries(PROVINCES)) {
    // Places a leader visited (总书记在福建三明市考察时指出) are where a quotation was said, not the text's place.
    const n = [...text.matchAll(new RegExp(`${short}(?:省|市|自治区)?`, 'gu'))].filter(
      (m) => !VISIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
    ).length;
    if (n > 0) provCounts.set(full, n);
  }
  const bodyRe =
    /(\p{Script=Han}{2,3}?)(市|县|区|州|盟|旗)(?=卫生健康|卫健|人民政府|委员会|委|政府|人民医院|中心医院|中医医院|妇幼保健院|第[一二三四五六七八九十]|中医院|疾病|医疗|召开)/gu;
  // The page's source line names the body that published it (来源:伊犁州卫生健康委), the text's own
  // place: it weighs as two mentions in the text.
  const sourced: Array<[RegExpMatchArray, number]> = [...text.matchAll(bodyRe)].map((m) => [m, 1]);
  for (const m of (doc.meta.source ?? '').matchAll(bodyRe)) sourced.push([m, 2]);
  for (const [m, weight] of sourced) {
    for (const len of [3, 2]) {
      const stem = (m[1] ?? '').slice(-len);
      const name = stem.length === len ? placeOfWritten(`${stem}${m[2]}`) : undefined;
      if (!name) continue;
      const bucket = m[2] === '市' || m[2] === '州' || m[2] === '盟' ? cityCounts : countyCounts;
      bucket.set(name, (bucket.get(name) ?? 0) + weight);
      break;
    }
  }
  const top = (m: Map<string, number>): string | undefined => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // A hospital's news or speech with no scope word (全市) of its own, or quoting one national ranking
  // (在全国三级公立医院绩效考核中), while naming its city's bodies in full (潍坊市人民医院), speaks
  // for that city, not the country.
  const weakNational = ctx.level === 'national' && !j?.name && count(/全国/gu) <= 1;
  if ((weakNational || ctx.level === 'unknown') && cityCounts.size > 0) ctx.level = 'prefecture';
  // A text with no scope word that names only counties' bodies in full (通渭县卫生健康局召开会议) is a county's.
  else if (ctx.level === 'unknown' && countyCounts.size > 0) ctx.level = 'county';
  // A city's (county's) news given the bare national level by a 全国 meeting it relays (市委常委会传达学习
  // 全国…会议精神), whose own scope words are the city's (全市, 市委 again and again), names its place
  // only in a place brand (推进健康三亚建设) or its newspaper (来源:三亚日报): that place.
  else if (ctx.level === 'national' && !j?.name && (textLevel === 'prefecture' || textLevel === 'county')) {
    const own =
      textScore >= 4 ? (brandedPlace(text, textLevel) ?? newspaperPlace(doc.meta.source ?? '', textLevel)) : undefined;
    if (own) {
      ctx.level = textLevel;
      if (textLevel === 'prefecture') ctx.city = own;
      else ctx.county = own;
    }
  }
  // The metadata's city guessed from a bare short form the text never writes with its level
  // (中卫 of 行动”中卫生健康) yields to the city whose bodies the text names in full (天津市卫生健康委).
  const fullCity = top(cityCounts);
  // A county-level city named before a body (楚雄市召开) is no rival for the prefecture.
  const rival = fullCity && placeLevel(fullCity) !== 'county' ? fullCity : undefined;
  if (ctx.city && rival && rival !== ctx.city && !writesWithLevel(text, ctx.city)) ctx.city = rival;
  const city = ctx.level === 'prefecture' || ctx.level === 'county' ? (ctx.city ?? fullCity) : ctx.city;
  if (city) ctx.city = city;
  // A city's text that writes no body of its city in full names it in a place brand or its newspaper.
  if (ctx.level === 'prefecture' && !ctx.city) {
    const own = brandedPlace(text, 'prefecture') ?? newspaperPlace(doc.meta.source ?? '', 'prefecture');
    if (own) ctx.city = own;
  }
  const county =
    ctx.level === 'county'
      ? (ctx.county ?? top(countyCounts))
      : (ctx.county ??
        (ctx.level === 'prefecture' && ctx.city
          ? (soleCounty(text, ctx.city) ?? titleCounty(doc, ctx.city))
          : undefined));
  if (county) ctx.county = county;
  // 丹江口市卫生健康工作会议, 市委, 市卫健局 and never 十堰: a county-level city's own text, which
  // the metadata gave to its prefecture; its 市 is the county-level city.
  if (ctx.level === 'prefecture' && ctx.city && ctx.county?.endsWith('市') && !writesPlace(text, ctx.city)) {
    ctx.city = ctx.county;
  }
  // 全市…推进健康丹江口建设 in a text given to 十堰市: a county-level city's own text brands its
  // own place, and writes its prefecture only as a superior (十堰市副市长) or a partner's place.
  if (ctx.level === 'prefecture' && ctx.city && ctx.city !== ctx.county) {
    const own = brandedPlace(text, 'county');
    const fits = own?.endsWith('市') && prefectureOf(own) === ctx.city && (!ctx.county || ctx.county === own);
    if (own && fits && !brandedPlace(text, 'prefecture')) {
      ctx.city = own;
      ctx.county = own;
    }
  }
  // A county text that names its county only in a place brand (建设诚信盐津): the brand's place.
  if (ctx.level === 'county' && !ctx.county) {
    const branded = brandedPlace(text, 'county');
    if (branded) ctx.county = branded;
  }
  // A county text's 市 is the prefecture its county lies in (溆浦县 → 怀化市), when the text names none.
  if (!ctx.city && ctx.county && /[县区旗]$/u.test(ctx.county)) {
    const prefecture = prefectureOf(ctx.county);
    if (prefecture) ctx.city = prefecture;
  }
  const province =
    ctx.province ??
    // A municipality (天津市) is its own province.
    (ctx.city && Object.values(PROVINCES).includes(ctx.city) ? ctx.city : undefined) ??
    (ctx.city ? provinceOf(ctx.city) : undefined) ??
    (ctx.county ? provinceOf(ctx.county) : undefined) ??
    top(provCounts);
  if (province) ctx.province = province;
  return ctx;
}

/**
 * The one county of the city that a city's text is about (市委书记 visits
 * 屏南县; later 县医院, 县长 and 棠口镇中心卫生院 are that county's): the text
 * writes exactly one county-level place of the city in full, at least twice.
 * A text naming two or more (a list of sub-venues) has none.
 */
function soleCounty(text: string, city: string): string | undefined {
  const counts = new Map<string, number>();
  for (let end = 3; end <= text.length; end++) {
    if (!/[县区旗市]/u.test(text[end - 1] ?? '')) continue;
    for (let len = Math.min(10, end); len >= 3; len--) {
      const cand = text.slice(end - len, end);
      if (placeLevel(cand) !== 'county' || prefectureOf(cand) !== city) continue;
      counts.set(cand, (counts.get(cand) ?? 0) + 1);
      break;
    }
  }
  const [only, ...others] = [...counts.entries()];
  return only && others.length === 0 && only[1] >= 2 ? only[0] : undefined;
}

/** Bodies a county's own text writes with the level alone (县卫生健康局, 区人民医院, 县委). */
const OWN_LEVEL_BODY =
  /(?:卫生健康局|卫健局|人民医院|中医院|中医医院|妇幼保健院|疾控中心|疾病预防控制中心|委|政府|人民政府)/u;

/**
 * The county a city's page is about when its headline names it (威宁县开展义诊活动, published by
 * 毕节市卫生健康局): the title writes exactly one county-level place of the city, and the body
 * writes that level's bodies by the level alone (县卫生健康局主办、县人民医院承办).
 */
function titleCounty(doc: Doc, city: string): string | undefined {
  const title = doc.meta.title ?? doc.text.split('\n')[0] ?? '';
  const found = new Set<string>();
  for (let end = 3; end <= title.length; end++) {
    if (!/[县区旗市]/u.test(title[end - 1] ?? '')) continue;
    for (let len = Math.min(10, end); len >= 3; len--) {
      const cand = title.slice(end - len, end);
      // 威宁县 for 威宁彝族回族苗族自治县: the county as the title writes it, as CONVENTIONS name it.
      const place = gazetteerPlaces(cand).find(
        (p) => p.level === 'county' && (p.name === cand || p.shortNames.includes(cand)),
      );
      if (!place || prefectureOf(place.name) !== city) continue;
      found.add(cand);
      break;
    }
  }
  const [only, ...others] = [...found];
  if (!only || others.length > 0) return undefined;
  const level = only.slice(-1);
  const body = new RegExp(`(?:^|[^\\p{Script=Han}]|[由和与及、在到])${level}${OWN_LEVEL_BODY.source}`, 'u');
  return body.test(doc.text.slice(title.length)) ? only : undefined;
}

/** Whether the text writes a place by its name or one of its short forms (十堰市, 十堰). */
function writesPlace(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const place = gazetteerPlaces(name).find((p) => p.name === name);
  return Boolean(place?.shortNames.some((s) => s.length >= 2 && text.includes(s)));
}

/** Whether the text writes a place in full or by a short form with its level (十堰市, 大理州). */
function writesWithLevel(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const place = gazetteerPlaces(name).find((p) => p.name === name);
  return Boolean(place?.shortNames.some((s) => /[市州盟县区旗]$/u.test(s) && text.includes(s)));
}

/** Words a place brand starts with (健康宾川, 平安X, 诚信X): a campaign named after the text's own place. */
const BRAND = /(?:健康|平安|诚信|美丽|幸福|法治|文明|生态|数字|智慧)(\p{Script=Han}{2,3})/gu;

/**
 * The place of the given level that the text's place brands name (建设诚信盐津
 * → 盐津县), when every brand that names a place names the same one and the
 * gazetteer knows that short form for exactly one place of that level.
 */
function brandedPlace(text: string, level: 'county' | 'prefecture'): string | undefined {
  const found = new Set<string>();
  for (const m of text.matchAll(BRAND)) {
    const stem = m[1] ?? '';
    for (const len of [3, 2]) {
      const short = stem.slice(0, len);
      const places = gazetteerPlaces(short).filter((p) => p.shortNames.includes(short));
      if (places.length === 0) continue;
      if (places.length === 1 && places[0]?.level === level) found.add(places[0].name);
      break;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The place of the given level a newspaper named after it publishes for (三亚日报 → 三亚市), when the
 * gazetteer knows that short form for exactly one place, of that level.
 */
function newspaperPlace(source: string, level: 'county' | 'prefecture'): string | undefined {
  const stem = /^(\p{Script=Han}{2,3}?)(?:日报|晚报)$/u.exec(source)?.[1];
  if (!stem) return undefined;
  const places = gazetteerPlaces(stem).filter((p) => p.shortNames.includes(stem));
  return places.length === 1 && places[0]?.level === level ? places[0].name : undefined;
}

/**
 * The form of a place the text itself writes, when it writes only a short form
 * with the level (峨山县 for 峨山彝族自治县): CONVENTIONS expand the document's own
 * 县 to the place as the document names it.
 */
function writtenForm(text: string, name: string): string {
  if (text.includes(name)) return name;
  const place = gazetteerPlaces(name).find((p) => p.name === name);
  const written = place?.shortNames.filter((s) => /[省市县区旗]$/u.test(s) && text.includes(s));
  return written?.sort((a, b) => b.length - a.length)[0] ?? name;
}

function assignPlace(ctx: PlaceContext, name: string): void {
  if (/(省|自治区)$/u.test(name) || Object.values(PROVINCES).includes(name)) {
    if (/市$/u.test(name) && ctx.level === 'prefecture') ctx.city = name;
    else ctx.province = name;
  } else if (/(市|州|盟|地区)$/u.test(name)) ctx.city = name;
  else if (/(县|区|旗)$/u.test(name)) ctx.county = name;
}

/** The full place a level prefix (省/市/县/区/州/盟/旗) means in this document, if known. */
export function expandLevel(ctx: PlaceContext, level: string): string | undefined {
  if (level === '省') return ctx.province;
  if (level === '市' || level === '州' || level === '盟') return ctx.city;
  if (level === '县' || level === '区' || level === '旗')
    return ctx.county && withCity(ctx.county, ctx.city ? { city: ctx.city } : {});
  return undefined;
}
