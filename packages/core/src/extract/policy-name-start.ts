// Where a name before a head noun starts, once the walk left from the head has
// found a rough start: on a word boundary, past leading verbs and collectives,
// and after a preposition inside a clause.
import { posTag } from './pos.js';

/** Tags that cannot start a name: verbs, adverbs, prepositions, conjunctions, pronouns, particles. */
const NON_INITIAL_TAGS = /^(v|d|p|c|r|u|ad|ul|uj|uz|ud|ug|uv|f|y|e|zg|q)$/u;
/** Places a name may not start with: the speaker's own unit (我市) and collectives (全省, 各级). */
export const COLLECTIVE_START = /^(我市|我县|我省|我区|我州|全省|全市|全县|全区|全国|各级|各地|本市|本县)/u;

/** A period opening a clause of a report (全年共争取X项目, 年内实施X工程): it leads the verb, not the name. */
const PERIOD_START = /^(?:全年|年内|当年)(?!龄)共?/u;

/**
 * Move the start of a name to a jieba token boundary (never half a word:
 * 项卫生… from 五项卫生…), then past leading verbs, adverbs and pronouns
 * (推行新型农村合作医疗制度 → 新型农村合作医疗制度), a leading period (全年, 年内) and collectives (我市);
 * but not when that leaves fewer than `minName` (default 3) characters: the verbs are the name.
 */
export function alignStart(text: string, start: number, end: number, options: { minName?: number } = {}): number {
  const minName = options.minName ?? 3;
  const from = Math.max(0, start - 4);
  const tokens = posTag(text.slice(from, end));
  let s = start;
  const inside = tokens.find((t) => from + t.start < start && from + t.end > start);
  if (inside) s = from + inside.end;
  s += PERIOD_START.exec(text.slice(s, end))?.[0].length ?? 0;
  for (const t of tokens) {
    if (from + t.start < s) continue;
    if (from + t.start !== s || !NON_INITIAL_TAGS.test(t.tag)) break;
    // A one-character verb on a place's one-character abbreviation opens the name (兴滇英才计划, 强桂工程).
    const next = tokens[tokens.indexOf(t) + 1];
    if (t.tag === 'v' && t.word.length === 1 && next?.tag === 'j' && next.word.length === 1) break;
    // Verbs all the way to the head are the name itself (举报奖励制度), not its introducers.
    if (/^v/u.test(t.tag) && end - (from + t.end) < minName) break;
    s = from + t.end;
  }
  const collective = COLLECTIVE_START.exec(text.slice(s, end));
  if (collective) s += collective[0].length;
  return Math.min(s, end);
}

/**
 * Where a name really starts when its left edge fell inside a clause:
 * after a preposition inside it (主动同|国家整体战略), and nowhere when a
 * one-character verb governs the head (问题谋|改革: a verb-object phrase).
 * `conjunction` (default none) is the offset of a 和/与/及 known to join two
 * parts of the name. Returns -1 for no name.
 */
export function clauseStart(text: string, start: number, end: number, options: { conjunction?: number } = {}): number {
  const tokens = posTag(text.slice(start, end));
  const last = tokens.at(-1);
  if (last && last.word.length === 1 && last.tag === 'v' && tokens.length > 1) return -1;
  let s = start;
  for (const t of tokens.slice(1)) {
    // 与 already read as "and" between two parts sharing the head (失能预防与干预试点) is no preposition.
    if (start + t.start === options.conjunction) continue;
    if (t.tag === 'p' && t.word.length === 1) s = start + t.end;
  }
  return s;
}
