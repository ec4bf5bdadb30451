import { COMPOUND_SURNAMES, SINGLE_SURNAMES, WEAK_SURNAMES } from './lexicons/surnames.js';
import { APPOINTMENT_ROLES, NAME_FOLLOWERS, TITLE_WORDS } from './lexicons/titles.js';
import { isCommonWord, isTaggedName } from './pos.js';
import { isHan } from './text-utils.js';

/** Characters that never occur in a bare given name (超良书记) in this genre (they belong to bodies, titles and counts). */
export const NOT_NAME_CHARS: RegExp =
  /[省市县区局部厅处院党委会员长书记级届次年月日的和与及等各全本该团队一二三四五六七八九十]/u;

/**
 * The same for the given part of a full name after a surname, except 一, 长 and
 * 书: they are common in given names (李一鸣, 高长江, 王书平), while the other
 * numerals are not. A title inside the name (王书记) still rejects it.
 */
const NOT_GIVEN_NAME_CHARS = new RegExp(NOT_NAME_CHARS.source.replace(/[一长书]/gu, ''), 'u');

/** One-character words that end a name (作, 对, 在 …). */
const SINGLE_CHAR_FOLLOWERS = NAME_FOLLOWERS.filter((w) => w.length === 1);

/** Whether the text at `at` starts with a word that ends a name. */
function endsName(text: string, at: number): boolean {
  const ch = text[at];
  if (!isHan(ch)) return true;
  if (isAppointment(text, at)) return true;
  return NAME_FOLLOWERS.some((w) => text.startsWith(w, at)) || TITLE_WORDS.some((w) => text.startsWith(w, at));
}

/** Whether the text at `at` is 任 + a role or title (于明任召集人, 李华任主任): an appointment after a name. */
function isAppointment(text: string, at: number): boolean {
  if (text[at] !== '任') return false;
  return (
    APPOINTMENT_ROLES.some((w) => text.startsWith(w, at + 1)) || TITLE_WORDS.some((w) => text.startsWith(w, at + 1))
  );
}

/** Length of the surname at `at` (0 when none). */
export function surnameAt(text: string, at: number): number {
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))) return 2;
  const ch = text[at] ?? '';
  return ch !== '' && SINGLE_SURNAMES.includes(ch) ? 1 : 0;
}

/** Whether a candidate string is shaped like a full name: surname + 1–2 given characters. */
export function isNameShape(name: string): boolean {
  const sl = surnameAt(name, 0);
  if (sl === 0) return false;
  const given = name.length - sl;
  if (given < 1 || given > 2) return false;
  const givenPart = name.slice(sl);
  return (
    [...name].every((c) => isHan(c)) &&
    !NOT_GIVEN_NAME_CHARS.test(givenPart) &&
    !TITLE_WORDS.some((w) => w.length > 1 && name.includes(w))
  );
}

/** Options of {@link readNameAt}. */
export interface ReadNameOptions {
  /** Names already known in the document: preferred when they fit. */
  known?: ReadonlySet<string>;
}

/**
 * Read a full person name starting at `at` (after a title): a surname and one
 * or two given characters, ended by punctuation, a title or a word that
 * follows names (出席, 指出, 对 …). Placeholders (杨x, xx同志) are rejected.
 *
 * @example readNameAt('主任张三出席', 2) // '张三'
 */
export function readNameAt(text: string, at: number, options: ReadNameOptions = {}): string | undefined {
  const sl = surnameAt(text, at);
  if (sl === 0) return undefined;
  // A word that follows names is no name itself (书记通报了…: 通 is a surname).
  if (NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at))) return undefined;
  for (const known of options.known ?? [])
    if (text.startsWith(known, at) && endsName(text, at + known.length)) return known;
  // When the third character is itself a one-character follower (魏东|作总结讲话), the short reading wins.
  const third = text[at + sl + 1] ?? '';
  const shortFirst = SINGLE_CHAR_FOLLOWERS.includes(third) && endsName(text, at + sl + 1);
  const lengths = shortFirst ? [sl + 1, sl + 2] : [sl + 2, sl + 1];
  // A word that follows names right after the surname (王一再强调, 李一同出席) leaves no given name.
  if (NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at + sl))) return undefined;
  for (const len of lengths) {
    const name = text.slice(at, at + len);
    if (name.length !== len || !isNameShape(name)) continue;
    if (!endsName(text, at + len)) continue;
    // A two-character dictionary word is not a name (全面, 强调, 常务).
    if (len === 2 && isCommonWord(name)) continue;
    if (len === sl + 1 && WEAK_SURNAMES.includes(name[0] ?? '') && isHan(text[at + len])) {
      // 和平 / 全面: a weak surname with a one-character given name needs punctuation after it.
      if (!NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at + len))) continue;
    }
    return name;
  }
  return undefined;
}

/**
 * Read a full name that ends at `end` (before a title: 尹弘书记, 任振鹤省长).
 * Prefers known names; otherwise needs a phrase boundary before the name.
 */
export function readNameBefore(text: string, end: number, options: ReadNameOptions = {}): string | undefined {
  for (const known of options.known ?? []) if (text.startsWith(known, end - known.length)) return known;
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const name = text.slice(start, end);
    if (!isNameShape(name)) continue;
    const before = text[start - 1];
    // After a Han character a name needs a phrase boundary, unless the tagger knows it as a person name.
    if (isHan(before) && !'和与及同向对将把在由请以了的'.includes(before ?? '') && !isTaggedName(name)) continue;
    // Without a title before it, a name needs a strong surname and must not be a common word (常务, 全面, 卫生).
    if (WEAK_SURNAMES.includes(name[0] ?? '') || isCommonWord(name)) continue;
    return name;
  }
  return undefined;
}
