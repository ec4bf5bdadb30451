import {
  BOILERPLATE_LINE,
  BOILERPLATE_MAX_LENGTH,
  FOOTER_LINE,
  META_FIELD,
  META_KEYS,
  META_MAX_LENGTH,
  NAV_BULLET,
  NAVIGATION_LINE,
  WIDGET_LINE,
  WIDGET_MAX_LENGTH,
} from './chrome-rules.js';
import { findDate } from './dates.js';

/** Metadata a page prints around its text (发布日期, 来源, 作者). */
export interface PageMeta {
  published?: string;
  source?: string;
  author?: string;
  /** Original UTF-16 range of the chrome line each field was read from. */
  origins?: {
    published?: { start: number; end: number };
    source?: { start: number; end: number };
    author?: { start: number; end: number };
  };
}

/** What one line of a page is. */
export type LineKind = 'content' | 'navigation' | 'meta' | 'widget' | 'footer' | 'boilerplate' | 'debris';

export interface LineClass {
  kind: LineKind;
  /** Metadata carried by a `meta` line. */
  meta?: PageMeta;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const DATE_ONLY =
  /^\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/**
 * Classify one trimmed line of a web page: content, or chrome of some kind.
 * `atHead` is true while no content paragraph has been seen (a bare date
 * line there is the publication date; further down it is content, such as
 * the date under a speech).
 *
 * @example
 * ```ts
 * classifyLine('• 发布日期:2022-03-05', { atHead: true }); // { kind: 'meta', meta: { published: '2022-03-05' } }
 * ```
 */
export function classifyLine(line: string, options: { atHead: boolean }): LineClass {
  if (!HAS_WORD.test(line)) return { kind: 'debris' };
  const bare = line.replace(NAV_BULLET, '');
  const meta = readMetaLine(bare);
  if (meta) return { kind: 'meta', meta };
  if (NAVIGATION_LINE.test(bare)) return { kind: 'navigation' };
  if (bare.length <= WIDGET_MAX_LENGTH && WIDGET_LINE.test(bare)) return { kind: 'widget' };
  if (bare.length <= WIDGET_MAX_LENGTH * 2 && FOOTER_LINE.test(bare)) return { kind: 'footer' };
  if (bare.length <= BOILERPLATE_MAX_LENGTH && BOILERPLATE_LINE.test(bare)) return { kind: 'boilerplate' };
  if (options.atHead && DATE_ONLY.test(bare)) {
    const date = findDate(bare);
    return date ? { kind: 'meta', meta: { published: date.iso } } : { kind: 'content' };
  }
  // A short bulleted item in the page head is a navigation link (• 加入收藏).
  if (options.atHead && bare !== line && bare.length <= 12) return { kind: 'navigation' };
  return { kind: 'content' };
}

/** A line of bracketed fields only (【时间:2026-08-28】【来源:X】【作者:Y】), as news templates print it. */
const BRACKETED_FIELDS = /^(?:\s*[【[][^【】[\]]+[】\]])+\s*$/u;
const BRACKET = /[【[]([^【】[\]]+)[】\]]/gu;
/** A bracket that opens with a field key (时间:, 来源:). */
const FIELD_FIRST = new RegExp(`^(?:${META_FIELD.source})`, 'u');
/** A 发布人 field holding a person's post (发布人:市卫生健康委员会党组书记、主任 张三). */
const SPOKESPERSON = /^发布(?:人|者)\s*[:：].*(?:书记|主任|局长|院长|部长|市长|县长|区长|州长|主席|厅长|处长|发言人)/u;
/** A layout space between two Han characters (潘 悦). */
const HAN_GAP = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** Read `key:value` fields from a short line made of nothing else (a date may precede them). */
function readMetaLine(line: string): PageMeta | undefined {
  if (line.length > META_MAX_LENGTH) return undefined;
  // Each bracket holds one field; its value is the whole bracket (a name with a layout space: 潘 悦).
  if (BRACKETED_FIELDS.test(line)) {
    const fields = [...line.matchAll(BRACKET)].map((m) => (m[1] ?? '').trim().replace(HAN_GAP, ''));
    if (fields.every((f) => FIELD_FIRST.test(f))) return readMetaLine(fields.join(' '));
  }
  const fields = [...line.matchAll(META_FIELD)];
  const first = fields[0];
  if (!first) return undefined;
  // 发布人:<post> <name> alone on its line is a press conference's spokesperson, not the page's poster.
  if (fields.length === 1 && SPOKESPERSON.test(line)) return undefined;
  const before = line.slice(0, first.index).trim();
  const leadingDate = before === '' ? undefined : findDate(before);
  if (before !== '' && (leadingDate === undefined || leadingDate.length < before.length - 1)) return undefined;
  const meta: PageMeta = {};
  let sourceDate: string | undefined;
  if (leadingDate) meta.published = leadingDate.iso;
  fields.forEach((field, i) => {
    const next = fields[i + 1];
    const value = line.slice(field.index + field[0].length, next ? next.index : line.length).trim();
    const name = META_KEYS.find((k) => k.key.test(field[1] ?? ''))?.field;
    if (name === 'published') {
      const date = findDate(value);
      if (date && meta.published === undefined) meta.published = date.iso;
    } else if (name === 'source' || name === 'author') {
      const token = value.split(/\s+/)[0];
      if (token && meta[name] === undefined) meta[name] = token;
      // A newspaper source prints its issue day (来源:《X日报》2025年08月13日 第01版): the page's date
      // when the line gives no other (a whole day only: 来源:2024年度报告 dates nothing).
      const day = name === 'source' ? findDate(value)?.iso : undefined;
      if (day?.length === 10) sourceDate = day;
    }
  });
  if (meta.published === undefined && sourceDate !== undefined) meta.published = sourceDate;
  return meta;
}
