import { ACTIVITY_GAP, OCCASION_GAP, PLACE_GAP, SPEAKER_GAPS } from './lexicons/speech.js';
import { wordAt } from './text-utils.js';

/** Position after any adverbial gaps at `at`. */
export function skipGaps(text: string, at: number): number {
  let i = at;
  for (;;) {
    const gap =
      wordAt(text, i, SPEAKER_GAPS) ??
      OCCASION_GAP.exec(text.slice(i, i + 40))?.[0] ??
      ACTIVITY_GAP.exec(text.slice(i, i + 30))?.[0] ??
      PLACE_GAP.exec(text.slice(i, i + 12))?.[0] ??
      /^出席(?:会议|大会|活动)?,(?=(?:全面|系统)?(?:总结|安排部署|强调|指出))/u.exec(text.slice(i, i + 12))?.[0];
    if (!gap) return i;
    i += gap.length;
  }
}

/** Content after a verb: skip `,`/`:`/opening quote; run to the end of the paragraph or the next speaker. */
export function contentAfter(text: string, at: number, stops: readonly number[]): [number, number] | undefined {
  let s = at;
  if (text[s] === '了') s++;
  while (s < text.length && /[,:,:“"\s]/u.test(text[s] ?? '')) s++;
  if (s >= text.length || text[s] === '\n' || text[s] === '。') return undefined;
  let e = text.indexOf('\n', s);
  if (e < 0) e = text.length;
  const next = stops.find((p) => p > s && p < e);
  if (next !== undefined) e = next;
  return [s, e];
}
