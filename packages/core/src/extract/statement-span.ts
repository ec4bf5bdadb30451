import {
  ACCOMPANY_GAP,
  ACTIVITY_GAP,
  ADDRESSEE_GAP,
  CONTEXT_GAP,
  DELIBERATION_GAP,
  MANNER_GAP,
  OCCASION_GAP,
  PLACE_GAP,
  SPEAKER_GAPS,
} from './lexicons/speech-gaps.js';
import { isHan, wordAt } from './text-utils.js';
import type { StatementMention } from './types.js';

/** Position after any adverbial gaps at `at`. */
export function skipGaps(text: string, at: number): number {
  let i = at;
  for (;;) {
    const gap =
      wordAt(text, i, SPEAKER_GAPS) ??
      OCCASION_GAP.exec(text.slice(i, i + 40))?.[0] ??
      ACTIVITY_GAP.exec(text.slice(i, i + 30))?.[0] ??
      PLACE_GAP.exec(text.slice(i, i + 24))?.[0] ??
      MANNER_GAP.exec(text.slice(i, i + 12))?.[0] ??
      ADDRESSEE_GAP.exec(text.slice(i, i + 20))?.[0] ??
      ACCOMPANY_GAP.exec(text.slice(i, i + 24))?.[0] ??
      CONTEXT_GAP.exec(text.slice(i, i + 20))?.[0] ??
      DELIBERATION_GAP.exec(text.slice(i, i + 10))?.[0] ??
      /^出席(?:会议|大会|活动)?,(?=(?:全面|系统)?(?:总结|安排部署|强调|指出))/u.exec(text.slice(i, i + 12))?.[0];
    if (!gap) return i;
    i += gap.length;
  }
}

/** What follows a closing quote when the quote is one item of a list (“A”、“B”), not a whole speech. */
const QUOTE_IN_LIST = /^[、和与及的]/u;

/**
 * Content after a verb: skip `,`/`:`/opening quote; run to the end of the
 * paragraph or the next speaker. A verb ending its line (a headline's …时强调)
 * has no content there, unless a colon hands the speech to the next line
 * (强调:↵一是…). A speech quoted right after a colon (说:“…”) ends with its
 * closing quote.
 */
export function contentAfter(text: string, at: number, stops: readonly number[]): [number, number] | undefined {
  let s = at;
  if (text[s] === '了') s++;
  while (s < text.length && /[,:,:“"]|[^\S\n]/u.test(text[s] ?? '')) s++;
  if (text[s] === '\n' && /[::]/u.test(text.slice(at, s))) {
    while (s < text.length && /[\s“"]/u.test(text[s] ?? '')) s++;
  }
  if (s >= text.length || text[s] === '\n' || text[s] === '。') return undefined;
  let e = lineEndThroughWraps(text, s);
  if (/[::]“/u.test(text.slice(at, s))) {
    const close = closingQuote(text, s);
    if (close !== undefined && close < e && !QUOTE_IN_LIST.test(text[close + 1] ?? '')) e = close;
  }
  const next = stops.find((p) => p > s && p < e);
  if (next !== undefined) e = next;
  return [s, e];
}

/** A line start that opens a new block, not a wrapped line's rest (一、, (二), 1., 第三, ■). */
const BLOCK_OPENER =
  /^(?:[一二三四五六七八九十]+[、.是要]|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[、.]|第[一二三四五六七八九十]|[■□●◆▲★•·※])/u;

/**
 * The end of the paragraph from `from`, read through hard line wraps (WeChat and PDF text:
 * 他指出,卫生健康事业关系↵千家万户,…): a line ending inside a sentence (on a Han
 * character, a comma or 、) goes on when the next line starts with Han text that opens no block.
 */
function lineEndThroughWraps(text: string, from: number): number {
  let e = text.indexOf('\n', from);
  while (e > 0) {
    const last = text[e - 1] ?? '';
    const next = text.slice(e + 1, e + 6);
    if (!(isHan(last) || /[,、]/u.test(last)) || !isHan(next[0]) || BLOCK_OPENER.test(next)) break;
    e = text.indexOf('\n', e + 1);
  }
  return e < 0 ? text.length : e;
}

/** The closing ” of a quote whose words start at `from`, nested quotes skipped. */
function closingQuote(text: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < text.length && text[i] !== '\n'; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * A topic after a verb (通报了X情况。): {@link contentAfter}, ended with its
 * sentence (。 or ;, kept).
 */
export function topicAfter(text: string, at: number): [number, number] | undefined {
  const c = contentAfter(text, at, []);
  if (!c) return undefined;
  const stop = text.slice(c[0], c[1]).search(/[。;]/u);
  return stop >= 0 ? [c[0], c[0] + stop + 1] : c;
}

/**
 * Ends each statement's content where the next statement in it starts (the
 * content runs to the end of the paragraph until then), in place.
 *
 * @example endAtNext(text, statements)
 */
export function endAtNext(text: string, statements: StatementMention[]): void {
  for (const st of statements) {
    if (!st.content) continue;
    const c = st.content;
    const next = statements.find((o) => o.span.start > c.start && o.span.start < c.end);
    if (next) {
      c.end = next.span.start;
      st.contentText = text.slice(c.start, c.end);
    }
  }
}
