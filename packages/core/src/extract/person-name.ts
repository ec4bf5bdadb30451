import { APPOINTMENT_ROLES } from './lexicons/appointments.js';
import { NAME_FOLLOWERS } from './lexicons/name-followers.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, WEAK_SURNAMES } from './lexicons/surnames.js';
import { TITLE_WORDS } from './lexicons/titles.js';
import { TIBETAN_NAME_PARTS } from './lexicons/transliteration.js';
import { mongolianNamesAt, mongolianNamesBefore } from './mongolian-name.js';
import { isCommonWord, isTaggedName, posTag } from './pos.js';
import { isHan } from './text-utils.js';
import {
  canonicalName,
  cutsAtSeparator,
  firstPart,
  nameAt,
  transliteratedEnds,
  transliteratedStarts,
} from './transliterated-name.js';

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

/** Characters after which a name may start without punctuation (请X, 向X, 会见了X). */
const NAME_OPENERS = '和与及同向对将把在由请以了的';

/** Whether the text at `at` starts with a word that ends a name (punctuation, 出席, 指出, a title …). */
export function endsName(text: string, at: number): boolean {
  const ch = text[at];
  if (!isHan(ch)) return true;
  if (isAppointment(text, at)) return true;
  // The angle a speaker takes (X从人才队伍建设等方面提出建议), but not 从事/从严 (李长期|从事 is no name).
  if (ch === '从' && !/[事严而业]/u.test(text[at + 1] ?? '')) return true;
  return NAME_FOLLOWERS.some((w) => text.startsWith(w, at)) || TITLE_WORDS.some((w) => text.startsWith(w, at));
}

/** Whether the text at `at` is 任 + a role or title (于明任召集人, 李华任主任): an appointment after a name. */
export function isAppointment(text: string, at: number): boolean {
  if (text[at] !== '任') return false;
  // 县委书记、县长任双组长: two leaders share the role (双组长), still an appointment.
  const role = text[at + 1] === '双' ? at + 2 : at + 1;
  return APPOINTMENT_ROLES.some((w) => text.startsWith(w, role)) || TITLE_WORDS.some((w) => text.startsWith(w, role));
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
  // A surname character doubled (谢谢周主任, 常常) is a reduplicated word, not surname + given name.
  if (sl === 1 && name[1] === name[0]) return false;
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
  /**
   * {@link readNameBefore} only: a title follows the name (常立新副省长), which lets a
   * full name with a weak surname stand at a phrase start. Default false.
   */
  titleAfter?: boolean;
}

/**
 * Read a full person name starting at `at` (after a title): a surname and one
 * or two given characters, ended by punctuation, a title or a word that
 * follows names (出席, 指出, 对 …). Placeholders (杨x, xx同志) are rejected.
 * A transliterated name (艾尔肯·吐尼亚孜) is read whole, with its separator
 * written ·, and a Han name is never read up to such a separator.
 *
 * @example readNameAt('主任张三出席', 2) // '张三'
 * @example readNameAt('副主席艾尔肯•吐尼亚孜出席', 3) // '艾尔肯·吐尼亚孜'
 */
export function readNameAt(text: string, at: number, options: ReadNameOptions = {}): string | undefined {
  const transliterated = transliteratedEnds(text, at).find((end) => endsName(text, end));
  if (transliterated !== undefined) return canonicalName(text.slice(at, transliterated));
  const tibetan = tibetanNameAt(text, at);
  if (tibetan && endsName(text, at + tibetan.length)) return tibetan;
  const mongolian = mongolianNamesAt(text, at).find((name) => endsName(text, at + name.length));
  if (mongolian) return mongolian;
  const sl = surnameAt(text, at);
  if (sl === 0) return undefined;
  // 县长任双组长, 副院长任副组长: 任 + a role after a title is the appointing verb, not the surname 任.
  if (isAppointment(text, at)) return undefined;
  // A word that follows names is no name itself (书记通报了…: 通 is a surname).
  if (NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at))) return undefined;
  for (const known of options.known ?? [])
    if (nameAt(text, at, known) && endsName(text, at + known.length)) return known;
  // When the third character is itself a one-character follower (魏东|作总结讲话) or starts a
  // preposition or conjunction (郑凯|关于, 李明|对于), the short reading wins.
  const third = text[at + sl + 1] ?? '';
  const functionWordThird = isHan(text[at + sl]) && startsFunctionWord(text, at + sl + 1);
  // So does a word of two characters that follows names when the long reading would end only at a
  // one-character follower (邹凯|认为, not 邹凯认|为; but 李国强|调研 stays long).
  const wordAfterShort = isHan(text[at + sl]) && multiCharFollowerAt(text, at + sl + 1);
  const wordAfterLong = !isHan(text[at + sl + 2]) || multiCharFollowerAt(text, at + sl + 2);
  const shortFirst =
    (SINGLE_CHAR_FOLLOWERS.includes(third) && endsName(text, at + sl + 1)) ||
    functionWordThird ||
    (wordAfterShort && !wordAfterLong);
  const lengths = shortFirst ? [sl + 1, sl + 2] : [sl + 2, sl + 1];
  // A word that follows names right after the surname (王一再强调, 李一同出席) leaves no given name.
  if (NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at + sl))) return undefined;
  for (const len of lengths) {
    const name = text.slice(at, at + len);
    if (name.length !== len || !isNameShape(name)) continue;
    // 副县长于明任组长: a last 任 + a title is an appointment after the shorter name.
    if (len > sl + 1 && isAppointment(text, at + len - 1)) continue;
    // The tagger's verb ends only a full three-character reading: a surname + one character
    // before a verb is too often a word itself (养老|保障, 干得|安心).
    const ended =
      endsName(text, at + len) || (len === sl + 1 && functionWordThird) || (len === sl + 2 && verbAfter(text, at, len));
    if (!ended || cutsAtSeparator(text, at + len)) continue;
    // A two-character dictionary word is not a name (全面, 强调, 常务).
    if (len === 2 && isCommonWord(name)) continue;
    if (len === sl + 1 && WEAK_SURNAMES.includes(name[0] ?? '') && isHan(text[at + len])) {
      // 和平 / 全面: a weak surname with a one-character given name needs punctuation, a
      // two-character follower or an appointment (于明任召集人) after it.
      if (!NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at + len)) && !isAppointment(text, at + len))
        continue;
    }
    return name;
  }
  return undefined;
}

const TIBETAN_PARTS = new Set(TIBETAN_NAME_PARTS);

/**
 * A Tibetan name of two elements at `at` (次仁多吉, 扎西顿珠), which has no
 * surname to start it and no dot inside.
 *
 * @example tibetanNameAt('副主任次仁多吉出席', 3) // '次仁多吉'
 */
export function tibetanNameAt(text: string, at: number): string | undefined {
  if (at < 0) return undefined;
  const name = text.slice(at, at + 4);
  return TIBETAN_PARTS.has(name.slice(0, 2)) && TIBETAN_PARTS.has(name.slice(2)) ? name : undefined;
}

/** Tags of a word that starts a predicate after a subject: verbs, prepositions, conjunctions, adverbs, times. */
const PREDICATE_START_TAGS = /^(?:v|vd|p|c|d|t)$/u;

/** Tags of words inside a reading that show it is no name: predicates, function words, numbers, times. */
const NOT_GIVEN_NAME_TAGS = /^(?:v|vd|vn|d|p|c|a|ad|m|q|t|f|r|u\w*)$/u;

/** Tags of a preposition or a conjunction (关于, 对于, 按照, 由于). */
const FUNCTION_WORD_TAGS = /^(?:p|c)$/u;

/** How many characters after a name the tagger sees to read the word there. */
const TAG_WINDOW = 6;

/**
 * Whether the name of `len` characters at `at` is followed by a word of two or
 * more characters that starts a predicate, as the tagger reads the name and
 * the words after it together (马德胜|公布了, 李华|发布): the open class of
 * verbs no follower list can hold. Single characters are left out (a given
 * name's last character often reads as a verb).
 */
function verbAfter(text: string, at: number, len: number): boolean {
  if (!isHan(text[at + len]) || !isHan(text[at + len + 1])) return false;
  const tokens = posTag(text.slice(at, at + len + TAG_WINDOW));
  const next = tokens.find((t) => t.start === len);
  if (!next || next.word.length < 2 || !PREDICATE_START_TAGS.test(next.tag)) return false;
  // The given name read as an adverb or a verb (李|长期|从事) is no given name.
  return !tokens.some((t) => t.start > 0 && t.end <= len && NOT_GIVEN_NAME_TAGS.test(t.tag));
}

/** Whether a word of two or more characters that follows names, or a title, starts at `at`. */
function multiCharFollowerAt(text: string, at: number): boolean {
  return (
    NAME_FOLLOWERS.some((w) => w.length > 1 && text.startsWith(w, at)) ||
    TITLE_WORDS.some((w) => w.length > 1 && text.startsWith(w, at))
  );
}

/** Whether a preposition or conjunction of two or more characters starts at `at` (关于, 对于, 按照). */
function startsFunctionWord(text: string, at: number): boolean {
  const [first] = posTag(text.slice(at, at + 4));
  return first !== undefined && first.word.length >= 2 && FUNCTION_WORD_TAGS.test(first.tag);
}

/**
 * Read a full name that ends at `end` (before a title: 尹弘书记, 任振鹤省长).
 * Prefers known names; otherwise needs a phrase boundary before the name.
 * Transliterated names (玛依拉·艾力主任) are read whole, as in {@link readNameAt}.
 *
 * @example readNameBefore(',玛依拉·艾力主任', 7) // '玛依拉·艾力'
 */
export function readNameBefore(text: string, end: number, options: ReadNameOptions = {}): string | undefined {
  for (const known of options.known ?? []) if (nameAt(text, end - known.length, known)) return known;
  const transliterated = transliteratedStarts(text, end).find((start) => opensName(text, start));
  if (transliterated !== undefined) return canonicalName(text.slice(transliterated, end));
  const tibetan = tibetanNameAt(text, end - 4);
  if (tibetan && end - 4 >= 0 && opensName(text, end - 4)) return tibetan;
  const mongolian = mongolianNamesBefore(text, end).find((name) => opensName(text, end - name.length));
  if (mongolian) return mongolian;
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const name = text.slice(start, end);
    if (!isNameShape(name) || cutsAtSeparator(text, start - 1)) continue;
    // 李华任主任: 任 + a title after a name appoints it (see {@link isAppointment}); it is no given name.
    if (isAppointment(text, end - 1)) continue;
    // 县长任双组长: a name read from the appointing 任 itself is none.
    if (isAppointment(text, start)) continue;
    const before = text[start - 1];
    // After a Han character a name needs a phrase boundary, unless the tagger knows it as a person name.
    if (isHan(before) && !NAME_OPENERS.includes(before ?? '') && !isTaggedName(name)) continue;
    // Without a title before it, a name needs a strong surname and must not be a common word (常务, 全面, 卫生).
    if (isCommonWord(name)) continue;
    if (WEAK_SURNAMES.includes(name[0] ?? '') && !(options.titleAfter && weakSurnameNameFits(text, start, name)))
      continue;
    return name;
  }
  return undefined;
}

/** Tags of a given part that show it is a common word, not a given name (向|群众, 关|科室). */
const COMMON_GIVEN_TAGS = /^(?:n|v|vn|p|c|r|m|q|t|f|a|u\w*)$/u;

/**
 * Whether a full name of three characters with a weak surname (常, 于, 向…) may stand
 * before a title (。常立新副省长讲话): at a phrase start, with a given part that the
 * tagger reads as no common word and that ends in no body's character (公卫科科长).
 */
function weakSurnameNameFits(text: string, start: number, name: string): boolean {
  if (name.length !== 3 || surnameAt(name, 0) !== 1 || isHan(text[start - 1])) return false;
  const given = name.slice(1);
  if (/[科室办所站组队厅司处]$/u.test(given)) return false;
  const [first] = posTag(given);
  return !(first && first.word === given && COMMON_GIVEN_TAGS.test(first.tag));
}

/**
 * Whether a name without a title before it may start at `start`: after
 * punctuation or the text start, a word that opens a name (和, 请, 会见了) or a
 * title word (主任阿不都热依木·买买提).
 */
function opensName(text: string, start: number): boolean {
  const before = text[start - 1];
  return (
    !isHan(before) ||
    NAME_OPENERS.includes(before ?? '') ||
    TITLE_WORDS.some((w) => start >= w.length && text.startsWith(w, start - w.length))
  );
}

/**
 * Read the first part of a transliterated name of the text that ends at
 * `end` (before a title: 艾尔肯副主席 for 艾尔肯·吐尼亚孜), at a phrase
 * boundary. The part is how such names are shortened, as a surname is for
 * Han names (韩书记).
 *
 * @example readNamePartBefore('艾尔肯副主席', 3, { known: new Set(['艾尔肯·吐尼亚孜']) }) // '艾尔肯'
 */
export function readNamePartBefore(text: string, end: number, options: ReadNameOptions = {}): string | undefined {
  for (const known of options.known ?? []) {
    // A Tibetan name is shortened to its first element too (扎西主任 for 扎西顿珠).
    const part = tibetanNameAt(known, 0) === known ? known.slice(0, 2) : firstPart(known);
    if (part === known || !text.startsWith(part, end - part.length)) continue;
    if (opensName(text, end - part.length)) return part;
  }
  return undefined;
}
