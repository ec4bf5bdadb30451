import type { Block } from './types.js';

/** A line that is only a date, optionally followed by 印发/发布/成文 (2024年3月20日印发). */
const ISSUE_LINE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发|发布|成文)?\s*$/u;
/** A dated line under a speech title: (2024年3月1日). */
const DATELINE = /^[((]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[))]$/u;

const iso = (y: string, m: string, d: string): string => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * The issue date a document prints on its last lines (the 印发 line of an
 * official document, or a signature date standing alone), as ISO 8601.
 * Only the last five non-empty lines count: a date in the body is an event.
 *
 * @example issueDateLine('正文。\n县卫生健康局办公室  2024年3月20日印发'); // '2024-03-20'
 */
export function issueDateLine(text: string): { iso: string; start: number; end: number } | undefined {
  const lines: { line: string; start: number }[] = [];
  let end = text.length;
  while (end > 0 && lines.length < 5) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim()) lines.push({ line, start });
    end = start - 1;
  }
  for (const { line, start } of lines) {
    // The date ends the line and stands after a gap or at its start (never mid-sentence).
    const m = ISSUE_LINE.exec(line);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const before = line.slice(0, m.index);
    if (before.trim() && !/\s$/u.test(before)) continue;
    return { iso: iso(m[1], m[2], m[3]), start: start + m.index, end: start + line.trimEnd().length };
  }
  return undefined;
}

/**
 * The date printed in parentheses on its own line right under a title
 * (a speech's dateline: 在…会议上的讲话 / 市委常委、副市长 X / (2024年3月1日)).
 *
 * @example speechDateline('讲话\n(2024年3月1日)\n同志们:', blocks); // '2024-03-01'
 */
export function speechDateline(
  text: string,
  blocks: readonly Block[],
): { iso: string; start: number; end: number } | undefined {
  const first = blocks.findIndex((b) => b.kind === 'title');
  if (first < 0) return undefined;
  for (const b of blocks.slice(first + 1, first + 4)) {
    const line = text.slice(b.span.start, b.span.end).trim();
    const m = DATELINE.exec(line);
    if (m?.[1] && m[2] && m[3]) return { iso: iso(m[1], m[2], m[3]), start: b.span.start, end: b.span.end };
  }
  return undefined;
}
