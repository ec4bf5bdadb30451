/** A full name after a title whose given part the tagger reads as a word of its own (汪立新: 立新/d). */

import { WEAK_SURNAMES } from './lexicons/surnames.js';
import { endsName, isNameShape } from './person-name.js';
import { isCommonWord, posTag } from './pos.js';
import { isHan } from './text-utils.js';

/** Tags of a word that starts a predicate: verbs, adverbs, prepositions, conjunctions, times, idioms. */
const PREDICATE_TAGS = /^(?:v|vd|p|c|d|t|l)$/u;

/** How many characters after the name the tagger sees. */
const WINDOW = 6;

/**
 * The full name at `at`, right after a title, when the words after it are
 * tagged apart from it as a predicate of two or more characters
 * (主任汪立新|结合工作实际, 主任李国强|结合实际, 院长汪立新|带领): the
 * tagger, reading name and verb together, takes the given part for an adverb
 * (立新/d) or the verb into an idiom. A reading ended by a word that
 * follows names is left to readNameAt.
 *
 * @example nameBeforeVerb('主任汪立新结合工作实际', 2) // '汪立新'
 */
export function nameBeforeVerb(text: string, at: number): string | undefined {
  // Only a full three-character reading: a surname + one character before a verb is too often
  // a word itself (乡村医生|养老|保障, 干得|安心), as in readNameAt.
  for (const len of [3]) {
    const name = text.slice(at, at + len);
    if (!isNameShape(name) || !isHan(text[at + len])) continue;
    // A dictionary word (高度, 全面) or a weak surname (于, 向, 和…) reads no name without a boundary after it.
    if (isCommonWord(name) || WEAK_SURNAMES.includes(name[0] ?? '')) continue;
    // The three characters read as one word that is no person name.
    const whole = posTag(name);
    if (whole.length === 1 && whole[0]?.tag !== 'nr') continue;
    const [next] = posTag(text.slice(at + len, at + len + WINDOW));
    if (!next || next.word.length < 2 || !PREDICATE_TAGS.test(next.tag)) continue;
    // A reading whose next word is itself a title or a follower was readNameAt's to take.
    if (endsName(text, at + len)) continue;
    return name;
  }
  return undefined;
}
