import type { Doc } from '../segment/index.js';
import { LEVEL_BODIES } from './lexicons/institutions.js';
import type { InstitutionMention, InstitutionType } from './types.js';

/** Level prefixes of short forms (省委, 市卫健委; Inner Mongolia's 盟 and 旗: 盟卫生健康委, 旗委). */
export const LEVEL_CHARS = '省市县区州盟旗';
/** Characters before a level prefix that show it is a generic collective (各市州, 全省). */
export const COLLECTIVE_BEFORE = '各全本该每';
/** Words that end a name when walking back from a suffix. */
export const LEFT_STOPS = [
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
  // 观摩了东嘎街道社区卫生服务中心, 走访了X医院: the aspect particle closes the verb before a name.
  '了',
];
/** Level bodies, longest surface first (stable: earlier entries win ties). */
export const BODY_SURFACES = [...LEVEL_BODIES].sort((a, b) => b.surface.length - a.surface.length);

/** An institution mention over `start..end`; its alias is the surface written there. */
export function mention(
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

/** Canonical form of a body written after a full place (杭州市 + 卫健委). */
export function canonicalAfterPlace(place: string, surface: string): [string, InstitutionType] | undefined {
  const level = place.slice(-1);
  const body = BODY_SURFACES.find((b) => b.surface === surface && (b.levels === undefined || b.levels.includes(level)));
  if (!body) return undefined;
  return [body.canonical.replace('{p}', place), body.type];
}

/**
 * Middles that make a "name" a generic class of bodies (杭州市公立医院, 市直医院), and
 * the hospitals inside or outside a place (州内医院, 省外医院; not 内科, 外科).
 */
export const GENERIC_MIDDLES =
  /^(公立|高水平|各级|基层|二级|三级|定点|民营|乡镇|社区|村|有关|相关|直管|直|属|级|[内外](?!科))/u;

/**
 * A hospital written with its second name in brackets right after it
 * (营口市第二人民医院(营口市妇幼保健院), 市妇幼院(市儿童医院)): one hospital with two
 * names, named by the first; the bracketed one keeps its surface as an alias.
 * Mentions in text order.
 */
export function secondNames(doc: Doc, mentions: readonly InstitutionMention[]): InstitutionMention[] {
  const out = [...mentions];
  for (let k = 1; k < out.length; k++) {
    const first = out[k - 1];
    const second = out[k];
    if (!first || !second || first.name === second.name) continue;
    // Bureaus in brackets (省卫生健康委(省中医药局)) are other bodies sharing the office: hospitals only.
    if (first.type !== 'hospital' || second.type !== 'hospital') continue;
    const opens = doc.text[first.span.end] === '(' && second.span.start === first.span.end + 1;
    if (!opens || doc.text[second.span.end] !== ')') continue;
    out[k] = { ...second, name: first.name, type: first.type };
  }
  return out;
}
