import { classifyLine, type LineKind, type PageMeta } from './chrome.js';
import type { NormalizeDiagnostic } from './diagnostics.js';
import { type MappedText, MappedTextBuilder } from './text-map.js';

export interface LayoutOptions {
  /** Remove web-page chrome (navigation, meta lines, widgets, footers). Default `true`. */
  removeChrome?: boolean;
  /** Repair PDF extraction damage: `'auto'` detects it. Default `'auto'`. */
  repairPdf?: boolean | 'auto';
}

export interface LayoutResult {
  /** One paragraph per line, lines joined by a single `\n`, no blank lines. */
  text: MappedText;
  page: PageMeta;
  /** Whether PDF repair ran. */
  pdf: boolean;
  /** How many lines of each chrome kind were removed. */
  removed: Partial<Record<LineKind, number>>;
  diagnostics: NormalizeDiagnostic[];
}

interface Line {
  start: number;
  end: number;
  kind: LineKind;
}

/** Characters after which a line is complete (sentence end, closing quote or bracket, colon of a salutation). */
const LINE_COMPLETE = /[。!?;:…"”’)）】」』》]$/u;
/** Punctuation inside a sentence: a line holding some is prose, not a title. */
const PROSE = /[,、。;:]/;
/** Enumeration markers that start a new block even in PDF text. */
const BLOCK_START =
  /^(?:[■□●◆◇▲△▶►★☆•·※]|[一二三四五六七八九十]+[是要、.]|第[一二三四五六七八九十百]+[,、是条章节部分]|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[、.](?!\d))/u;
/** Han and CJK punctuation/full-width ranges: a space touching one of these in PDF text is damage. */
const LATIN_ALNUM = /[A-Za-z0-9]/;
/** Han-space-Han occurrences per 1000 Han characters above which a text is PDF-damaged. */
const PDF_SPACE_RATE = 5;
const PDF_MIN_SPACES = 5;

/**
 * Lay the text out as paragraphs: trim lines, drop blank lines, remove web
 * chrome (keeping the metadata it carries), and in PDF-damaged text remove
 * spaces between CJK characters and rejoin lines broken inside a sentence or
 * a number. Removed text simply has no image in the output; every kept
 * character maps to where it was.
 *
 * @example
 * ```ts
 * layoutLines(identityText('当前位置: 首页\n发布日期:2022-03-05\n正文。')).text.text; // '正文。'
 * ```
 */
export function layoutLines(input: MappedText, options: LayoutOptions = {}): LayoutResult {
  const text = input.text;
  const lines = splitLines(text);
  const page: PageMeta = {};
  const removed: Partial<Record<LineKind, number>> = {};
  let atHead = true;
  for (const line of lines) {
    if (options.removeChrome === false) break;
    const cls = classifyLine(text.slice(line.start, line.end), { atHead });
    line.kind = cls.kind;
    if (cls.kind === 'content') {
      if (line.end - line.start >= 40 || /[。!?]$/.test(text.slice(line.end - 1, line.end))) atHead = false;
      continue;
    }
    removed[cls.kind] = (removed[cls.kind] ?? 0) + 1;
    if (cls.meta) {
      for (const key of ['published', 'source', 'author'] as const) {
        const value = cls.meta[key];
        if (value !== undefined && page[key] === undefined) {
          page[key] = value;
          page.origins ??= {};
          page.origins[key] = { start: input.starts[line.start] ?? 0, end: input.ends[line.end - 1] ?? 0 };
        }
      }
    }
  }
  const kept = lines.filter((l) => l.kind === 'content');
  const pdf =
    options.repairPdf === 'auto' || options.repairPdf === undefined ? looksLikePdf(text, kept) : options.repairPdf;
  const diagnostics: NormalizeDiagnostic[] = [];
  if (pdf) {
    diagnostics.push({
      code: 'KG_PDF_REPAIRED',
      severity: 'info',
      message: 'text looks extracted from a PDF: removed spaces between CJK characters and rejoined broken lines',
    });
  }
  const out = new MappedTextBuilder(input);
  for (let k = 0; k < kept.length; k++) {
    const line = kept[k] as Line;
    emitLine(out, text, line, pdf);
    const next = kept[k + 1];
    if (!next) break;
    if (pdf && continues(text, line, next)) {
      const a = text.charAt(line.end - 1);
      const b = text.charAt(next.start);
      // Words of Latin script keep a space; CJK text and split numbers are simply rejoined.
      if (/[A-Za-z]/.test(a) && /[A-Za-z]/.test(b)) out.replace(' ', line.end, next.start);
      continue;
    }
    const newline = text.indexOf('\n', line.end);
    out.copy(newline, newline + 1);
  }
  return { text: out.finish(), page, pdf, removed, diagnostics };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, kind: 'content' });
    start = end + 1;
  }
  return lines;
}

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function looksLikePdf(text: string, lines: Line[]): boolean {
  let han = 0;
  let spaced = 0;
  for (const line of lines) {
    for (let i = line.start; i < line.end; i++) {
      const c = text.charCodeAt(i);
      if (isHan(c)) han++;
      else if (c === 0x20 && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1))) spaced++;
    }
  }
  return spaced >= PDF_MIN_SPACES && (spaced * 1000) / Math.max(1, han) >= PDF_SPACE_RATE;
}

/** Does `next` continue the sentence `line` broke off (a page or line break of a PDF)? */
function continues(text: string, line: Line, next: Line): boolean {
  const body = text.slice(line.start, line.end);
  const head = text.slice(next.start, Math.min(next.end, next.start + 8));
  const a = text.charAt(line.end - 1);
  const b = text.charAt(next.start);
  if (/\d/.test(a) && /\d/.test(b)) return true;
  if (LINE_COMPLETE.test(body) || BLOCK_START.test(head)) return false;
  return PROSE.test(body);
}

/** Copy a line, collapsing runs of whitespace; in PDF text drop spaces unless both neighbours are Latin letters or digits. */
function emitLine(out: MappedTextBuilder, text: string, line: Line, pdf: boolean): void {
  let run = line.start;
  for (let i = line.start; i < line.end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < line.end && isSpace(text.charCodeAt(j))) j++;
    const keep = !pdf || (LATIN_ALNUM.test(text.charAt(i - 1)) && LATIN_ALNUM.test(text.charAt(j)));
    const single = j === i + 1 && text.charAt(i) === ' ';
    if (keep && single) {
      i = j - 1;
      continue;
    }
    out.copy(run, i);
    if (keep) out.replace(' ', i, j);
    run = j;
    i = j - 1;
  }
  out.copy(run, line.end);
}

/** Whitespace within a line (after NFKC: ASCII space and tab, plus separators NFKC leaves alone). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x1680 || c === 0x2028 || c === 0x2029
  );
}
