/**
 * Transliterated minority names (艾尔肯·吐尼亚孜, 才让·多杰): the genre rule
 * is transliteration characters + a separator, never a list of names. The
 * separator is folded to · here, in the names read, rather than in
 * normalize/: folding it in the text would also rewrite the campaign and
 * brand names that use it (健康中国•X行动), which the report keeps as written.
 */
import { NAME_DOT, NAME_SEPARATORS, TRANSLITERATION_CHARS } from './lexicons/transliteration.js';
import { isHan } from './text-utils.js';

/** Characters per part of a transliterated name (才让, 阿不都热依木). */
const MIN_PART = 2;
const MAX_PART = 6;
/** Parts per name (艾尔肯·吐尼亚孜; a third for a grandfather's or clan name). */
const MAX_PARTS = 3;

const SYLLABLES = new Set(TRANSLITERATION_CHARS);
const SEPARATOR_CLASS = `[${NAME_SEPARATORS.replace(/[.\\\]^-]/gu, '\\$&')}]`;
const SEPARATOR_IN_NAME = new RegExp(`(?<=\\p{Script=Han})${SEPARATOR_CLASS}(?=\\p{Script=Han})`, 'gu');

/** Whether `ch` is one of the separators written between the parts of a transliterated name. */
export function isNameSeparator(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && NAME_SEPARATORS.includes(ch);
}

function isSyllable(ch: string | undefined): boolean {
  return ch !== undefined && SYLLABLES.has(ch);
}

/** Whether the separator at `at` joins two transliteration characters (艾尔肯·吐尼亚孜), not 2024·健康 or 中国·行. */
function joinsParts(text: string, at: number): boolean {
  return isNameSeparator(text[at]) && isSyllable(text[at - 1]) && isSyllable(text[at + 1]);
}

/**
 * Whether a separator at `at` joins two Han characters: a Han name must not
 * be read up to it or from it (玛依拉·艾力 is no 艾力). `.` does not count:
 * in damaged text it ends sentences as often as it joins name parts.
 */
export function cutsAtSeparator(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== '.' && isNameSeparator(ch) && isHan(text[at - 1]) && isHan(text[at + 1]);
}

function runAfter(text: string, at: number): number {
  let n = 0;
  while (n <= MAX_PART && isSyllable(text[at + n])) n++;
  return n;
}

function runBefore(text: string, end: number): number {
  let n = 0;
  while (n <= MAX_PART && isSyllable(text[end - 1 - n])) n++;
  return n;
}

/** Ends of the part starting at `at` (part number `index`) and of any parts after it, longest first. */
function endsFrom(text: string, at: number, index: number): number[] {
  const run = runAfter(text, at);
  const out: number[] = [];
  if (run >= MIN_PART && run <= MAX_PART && index < MAX_PARTS && joinsParts(text, at + run))
    out.push(...endsFrom(text, at + run + 1, index + 1));
  for (let len = Math.min(run, MAX_PART); len >= MIN_PART; len--) out.push(at + len);
  return out;
}

/** Starts of the part ending at `end` (part number `index` counted from the last) and of any parts before it, longest first. */
function startsBefore(text: string, end: number, index: number): number[] {
  const run = runBefore(text, end);
  const out: number[] = [];
  if (run >= MIN_PART && run <= MAX_PART && index < MAX_PARTS && joinsParts(text, end - run - 1))
    out.push(...startsBefore(text, end - run - 1, index + 1));
  for (let len = Math.min(run, MAX_PART); len >= MIN_PART; len--) out.push(end - len);
  return out;
}

/**
 * Possible ends of a transliterated name starting at `at`, longest first:
 * 2–3 parts of 2–6 transliteration characters joined by a separator. Where
 * the last part runs into the next word (买买提作…), the caller picks the end
 * that a word boundary follows. An end is never a separator inside a name.
 *
 * @example transliteratedEnds('艾尔肯·吐尼亚孜指出', 0) // [8, 7, 6] (孜, 亚, 尼)
 */
export function transliteratedEnds(text: string, at: number): number[] {
  if (joinsParts(text, at - 1)) return [];
  const first = runAfter(text, at);
  if (first < MIN_PART || first > MAX_PART || !joinsParts(text, at + first)) return [];
  return endsFrom(text, at + first + 1, 2).filter((end) => !joinsParts(text, end));
}

/**
 * Possible starts of a transliterated name ending at `end` (before a title:
 * 阿不都热依木·买买提主任), longest first. The last part runs back to its
 * separator; the caller picks the start that a phrase boundary precedes.
 *
 * @example transliteratedStarts(',玛依拉·艾力主任', 7) // [1, 2]
 */
export function transliteratedStarts(text: string, end: number): number[] {
  if (joinsParts(text, end)) return [];
  const last = runBefore(text, end);
  if (last < MIN_PART || last > MAX_PART || !joinsParts(text, end - last - 1)) return [];
  return startsBefore(text, end - last - 1, 2).filter((start) => !joinsParts(text, start - 1));
}

/**
 * A name with its separators written as the middle dot U+00B7, the form of the
 * report (艾尔肯•吐尼亚孜 → 艾尔肯·吐尼亚孜). Han names pass unchanged.
 *
 * @example canonicalName('才让‧多杰') // '才让·多杰'
 */
export function canonicalName(surface: string): string {
  return surface.replace(SEPARATOR_IN_NAME, NAME_DOT);
}

/** Whether the text at `at` is `name`, whichever separator it is written with. */
export function nameAt(text: string, at: number, name: string): boolean {
  if (!name.includes(NAME_DOT)) return text.startsWith(name, at);
  return canonicalName(text.slice(at, at + name.length)) === name;
}

/** The next offset from `from` where `name` is written, whichever separator it is written with; -1 if none. */
export function indexOfName(text: string, name: string, from: number): number {
  const head = firstPart(name);
  for (let at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1))
    if (nameAt(text, at, name)) return at;
  return -1;
}

/** The first part of a transliterated name (艾尔肯 of 艾尔肯·吐尼亚孜), the form used alone with a title; a Han name whole. */
export function firstPart(name: string): string {
  const dot = name.indexOf(NAME_DOT);
  return dot < 0 ? name : name.slice(0, dot);
}
