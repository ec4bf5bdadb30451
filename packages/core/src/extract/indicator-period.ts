import type { Doc } from '../segment/index.js';
import { docDate, type TimeExpr, timeExpressions } from './indicator-time.js';
import { ATTENDANCE, PERIOD_TITLE } from './lexicons/units.js';

/** Where a value is: its span and the span of its clause. */
export interface PeriodQuery {
  start: number;
  end: number;
  clause: readonly [number, number];
}

/**
 * The period of an indicator, from the time expressions of its text (see
 * indicator-time.ts) and the scope each one governs, as the genre writes them
 * (a work report, a speech, a press-conference answer):
 *
 * - an expression governs the rest of its own sentence (2025年完成120个,
 *   到2027年累计完成300个: 120 is 2025, 300 is 2027), and one after the value in
 *   its clause governs it too (全县283个村卫生室今年全部纳入);
 * - one that opens a clause and is no target (2023年,全省… / 今年以来 /
 *   截至5月底 / 三年来) sets the frame of the following sentences of its
 *   paragraph, until the next one;
 * - a target's deadline (力争到2025年, 到2027年底, 2027年前, 年内) governs only its
 *   own sentence, and a comparison base (比上年, 较2020年) only the value right
 *   after it (由2020年的5.4张);
 * - a numbered section is framed by a year in its heading (一、2023年工作回顾) or
 *   opening its first paragraph (过去一年,全市…取得了明显成效。);
 * - the whole text is framed by the period in the title of a review or a plan
 *   (2024年卫生健康事业发展统计公报, 行动方案(2025—2027年); under a red-header
 *   banner, the notice's title line: 关于印发2026年…工作要点的通知), not by a
 *   meeting's (在2024年全市卫生健康工作会议上的讲话 reviews 2023);
 * - nothing else carries over: a new paragraph starts with no period of its own.
 *
 * A count of those attending (共计300余人参会) with no time expression of its
 * own is of the day of the meeting the text reports.
 *
 * @example
 * const doc = makeTestDoc('2023年,全省新建卫生院12所。改造村卫生室30所。\n今年新建8所。', { published: '2024-03-01' });
 * // 12所 and 30所: '2023'; 8所: '2024'
 */
export function periodAt(doc: Doc, value: PeriodQuery): string | undefined {
  const index = periodIndex(doc);
  const own = governing(index, value.start, value.clause, { frames: false });
  if (own !== undefined) return own;
  const event = doc.meta.eventDate;
  if (event && ATTENDANCE.test(doc.text.slice(value.end, value.clause[1]))) return event;
  return governing(index, value.start, value.clause, { frames: true });
}

interface PeriodIndex {
  doc: Doc;
  exprs: TimeExpr[];
  /** Paragraph spans, in text order. */
  blocks: Array<readonly [number, number]>;
  /** Frames of numbered sections: from `start` on, until `end`. */
  sections: Array<{ start: number; end: number; expr: TimeExpr }>;
  /** The period a review's or a plan's title names: the frame of the whole text. */
  title?: TimeExpr;
}

const cache = new WeakMap<Doc, PeriodIndex>();

function periodIndex(doc: Doc): PeriodIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const exprs = timeExpressions(doc);
  const blocks = doc.blocks.map((b) => [b.span.start, b.span.end] as const);
  const index: PeriodIndex = { doc, exprs, blocks, sections: sectionFrames(doc, exprs) };
  const title = titleFrame(doc, exprs);
  if (title) index.title = title;
  cache.set(doc, index);
  return index;
}

/**
 * The period that governs a place: the sentence's own, else (with `frames`)
 * the frame of its paragraph, its section or the title.
 */
function governing(
  index: PeriodIndex,
  at: number,
  [cs, ce]: readonly [number, number],
  { frames }: { frames: boolean },
): string | undefined {
  const { doc, exprs } = index;
  const text = doc.text;
  const ss = sentenceStart(text, cs);
  // The nearest expression before the value in its sentence, past comparison bases other than its own (由2020年的5.4张).
  for (let i = lastBefore(exprs, at); i >= 0; i--) {
    const e = exprs[i];
    if (!e || e.start < ss) break;
    if (e.role === 'base' && !/^的?$/u.test(text.slice(e.end, at))) continue;
    return periodOf(index, e);
  }
  // An expression after the value in its clause (全县283个村卫生室今年全部纳入).
  const after = exprs.find((e) => e.start >= at && e.end <= ce && e.role !== 'base');
  if (after) return periodOf(index, after);
  if (!frames) return undefined;
  // The frame an earlier sentence of the paragraph opened; a target's deadline is none.
  const [bs] = index.blocks.find(([s, e]) => s <= at && at <= e) ?? [0];
  for (let i = lastBefore(exprs, ss); i >= 0; i--) {
    const e = exprs[i];
    if (!e || e.start < bs) break;
    if (e.role === 'frame' && e.initial) return periodOf(index, e);
  }
  const section = index.sections.findLast((s) => s.start <= at && at < s.end);
  if (section) return periodOf(index, section.expr);
  return index.title ? periodOf(index, index.title) : undefined;
}

/** The period of an expression; 上年 and 年末 count from the year that governs them. */
function periodOf(index: PeriodIndex, e: TimeExpr): string | undefined {
  if (e.offset === undefined) return e.period;
  const text = index.doc.text;
  const governed = governing(index, e.start, [clauseStart(text, e.start), e.start], { frames: true });
  const ref = /^\d{4}/u.exec(governed ?? '')?.[0];
  const year = ref === undefined ? docDate(index.doc).year : Number(ref);
  return year === undefined ? text.slice(e.start, e.end) : String(year + e.offset);
}

/**
 * Frames of numbered sections: a frame in the heading (一、2023年工作回顾), else
 * one opening the section's first paragraph (一、肯定成绩 / 过去一年,全市…). Each
 * lasts until the next heading with the same style of marker.
 */
function sectionFrames(doc: Doc, exprs: readonly TimeExpr[]): PeriodIndex['sections'] {
  const style = (marker: string) => marker.replace(/[一二三四五六七八九十\d]+/gu, 'N');
  const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.marker !== undefined);
  const out: PeriodIndex['sections'] = [];
  headings.forEach((h, i) => {
    const lead = doc.blocks.find((b) => b.span.start > h.span.end);
    const expr =
      exprs.find((e) => e.start >= h.span.start && e.end <= h.span.end && e.role === 'frame') ??
      exprs.find((e) => lead?.kind === 'paragraph' && e.start === lead.span.start && e.role === 'frame');
    if (!expr) return;
    const next = headings.slice(i + 1).find((n) => style(n.marker ?? '') === style(h.marker ?? ''));
    out.push({ start: h.span.end, end: next?.span.start ?? doc.text.length, expr });
  });
  return out;
}

/** A red-header document's own title line under its banner (市卫生健康委关于印发2026年…要点的通知). */
const NOTICE_TITLE = /^[^。;!?]{4,80}(?:的通知|的通报|的报告|的意见|的批复)$/u;

/**
 * The frame of a review's or a plan's title: the title block's, or, where the title block is an
 * issuing body's banner (襄阳市卫生健康委员会文件), the notice title among the first lines.
 */
function titleFrame(doc: Doc, exprs: readonly TimeExpr[]): TimeExpr | undefined {
  const line = (b: Doc['blocks'][number]) => doc.text.slice(b.span.start, b.span.end);
  const heads = doc.blocks.slice(0, 6).filter((b) => b.kind === 'title' || NOTICE_TITLE.test(line(b)));
  for (const title of heads) {
    if (!PERIOD_TITLE.test(line(title))) continue;
    const frame = exprs.find((e) => e.start >= title.span.start && e.end <= title.span.end && e.role === 'frame');
    if (frame) return frame;
  }
  return undefined;
}

/** Index of the last expression ending at or before `at`, or -1. */
function lastBefore(exprs: readonly TimeExpr[], at: number): number {
  let i = exprs.length - 1;
  while (i >= 0 && (exprs[i]?.end ?? 0) > at) i--;
  return i;
}

function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !/[。;\n]/u.test(text[s - 1] ?? '')) s--;
  return s;
}

function clauseStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !/[,。;:!?\n]/u.test(text[s - 1] ?? '')) s--;
  return s;
}
