import type { Doc } from '../segment/index.js';
import { posTag } from './pos.js';
import type { InstitutionMention } from './types.js';

/**
 * Offices that are bodies of their own when written right after their parent:
 * a 办公厅 (general office) after any government or party organ, and a 办公室
 * or 新闻办 only after a top-level organ (government, party committee, 人大常委会,
 * 政协). A department's 办公室 (卫生健康委办公室) is an internal office, which the
 * genre's annotation leaves out.
 */
const SUB_OFFICES: ReadonlyArray<{ surface: string; canonical: string; parent: RegExp }> = [
  { surface: '新闻办公室', canonical: '新闻办公室', parent: /(?:人民政府|国务院)$/u },
  { surface: '新闻办', canonical: '新闻办公室', parent: /(?:人民政府|国务院)$/u },
  { surface: '办公厅', canonical: '办公厅', parent: /./u },
  {
    surface: '办公室',
    canonical: '办公室',
    parent:
      /(?:人民政府|^中国共产党\p{Script=Han}+委员会|人民代表大会常务委员会|^中国人民政治协商会议\p{Script=Han}+委员会)$/u,
  },
];

/**
 * Extend a body to its office written right after it (省政府办公厅, 省人大常委会办公厅,
 * 国家卫生健康委办公厅, 市政府新闻办): the office replaces the parent mention, and
 * its canonical name is the parent's plus the office.
 *
 * @example 省政协办公厅 → 中国人民政治协商会议X省委员会办公厅 (the parent 省政协 is not kept)
 */
export function extendToOffices(doc: Doc, mentions: readonly InstitutionMention[]): InstitutionMention[] {
  const text = doc.text;
  return mentions.map((m) => {
    if (m.type !== 'government' && m.type !== 'party') return m;
    if (/(?:办公厅|办公室)$/u.test(m.name)) return m;
    const office = SUB_OFFICES.find((o) => text.startsWith(o.surface, m.span.end) && o.parent.test(m.name));
    if (!office) return m;
    const end = m.span.end + office.surface.length;
    const alias = text.slice(m.span.start, end);
    const name = `${m.name}${office.canonical}`;
    return { ...m, span: { start: m.span.start, end }, text: alias, alias, name, parent: m.name };
  });
}

/** An institute's own name after its parent: 病毒病预防控制所, 药物研究所. */
const INSTITUTE = /^(\p{Script=Han}{2,8}?)(预防控制所|研究所|研究院|研究中心)/u;
/** Parents that own named institutes: CDCs and academies. */
const INSTITUTE_PARENT = /(?:疾病预防控制中心|科学院)$/u;
/** jieba tags that never sit in an institute's name (verbs, prepositions, conjunctions, pronouns). */
const NOT_IN_NAME = /^(?:v|vd|p|c|r|u[a-z]*)$/u;

/**
 * Extend a CDC or an academy to the institute written right after it
 * (中国疾控中心病毒病预防控制所 → 中国疾病预防控制中心病毒病预防控制所).
 *
 * @example 中国疾控中心病毒病预防控制所 → one mention, parent 中国疾病预防控制中心
 */
export function extendToInstitutes(doc: Doc, mentions: readonly InstitutionMention[]): InstitutionMention[] {
  const text = doc.text;
  return mentions.map((m) => {
    if (!INSTITUTE_PARENT.test(m.name)) return m;
    const hit = INSTITUTE.exec(text.slice(m.span.end, m.span.end + 14));
    if (!hit?.[1] || !hit[2]) return m;
    if (posTag(hit[1]).some((t) => NOT_IN_NAME.test(t.tag))) return m;
    const end = m.span.end + hit[0].length;
    const alias = text.slice(m.span.start, end);
    return { ...m, span: { start: m.span.start, end }, text: alias, alias, name: `${m.name}${hit[0]}`, parent: m.name };
  });
}

/** A named unit of a national commission or administration: 卫生发展研究中心, 统计信息中心. */
const NATIONAL_UNIT =
  /^(?:\p{Script=Han}{2,8}?(?:研究中心|研究所|研究院)|统计信息中心|人才交流服务中心|能力建设和继续教育中心|国际交流与合作中心|干部培训中心)/u;
/** National parents that own named units (国家卫生健康委, 国家中医药局, 国家疾控局). */
const NATIONAL_PARENT = /^(?:中华人民共和国)?国家\p{Script=Han}+(?:委员会|管理局|局)$/u;

/**
 * Extend a national commission or administration to its unit written right
 * after it (国家卫生健康委卫生发展研究中心). Such units are named with the
 * parent's standard short form (国家卫生健康委…, not 中华人民共和国国家卫生健康委员会…).
 *
 * @example 国家卫健委卫生发展研究中心 → 国家卫生健康委卫生发展研究中心, parent kept in `parent`
 */
export function extendToNationalUnits(doc: Doc, mentions: readonly InstitutionMention[]): InstitutionMention[] {
  const text = doc.text;
  return mentions.map((m) => {
    if (m.rule !== 'institution/national' || !NATIONAL_PARENT.test(m.name)) return m;
    const hit = NATIONAL_UNIT.exec(text.slice(m.span.end, m.span.end + 16));
    if (!hit) return m;
    const stem = hit[0].replace(/(?:研究中心|研究所|研究院)$/u, '');
    if (stem !== hit[0] && posTag(stem).some((t) => NOT_IN_NAME.test(t.tag))) return m;
    const end = m.span.end + hit[0].length;
    const alias = text.slice(m.span.start, end);
    const short = m.name.replace(/^中华人民共和国/u, '').replace(/委员会$/u, '委');
    return {
      ...m,
      span: { start: m.span.start, end },
      text: alias,
      alias,
      name: `${short}${hit[0]}`,
      type: 'other',
      parent: m.name,
    };
  });
}

/** The lead body of a hospital group named after its lead hospital (X医院医共体总院, X医院医疗集团总院). */
const GROUP_HEAD = /^(?:医共体|医联体|医疗集团|医疗健康集团)总院/u;

/**
 * Extend a hospital to the group head written right after it (县人民医院医共体总院 →
 * X县人民医院医共体总院): the group's lead body, a hospital of its own, replaces the
 * hospital mention. The group itself (X医院医共体) names no body.
 *
 * @example 县中医医院医共体总院 → one mention, parent X县中医医院
 */
export function extendToGroupHeads(doc: Doc, mentions: readonly InstitutionMention[]): InstitutionMention[] {
  const text = doc.text;
  return mentions.map((m) => {
    if (m.type !== 'hospital' || !/医院$/u.test(m.name)) return m;
    const hit = GROUP_HEAD.exec(text.slice(m.span.end, m.span.end + 8));
    if (!hit) return m;
    const end = m.span.end + hit[0].length;
    const alias = text.slice(m.span.start, end);
    return { ...m, span: { start: m.span.start, end }, text: alias, alias, name: `${m.name}${hit[0]}`, parent: m.name };
  });
}
