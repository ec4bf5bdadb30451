/** A verb written right before a school's name (推动桂林医学院附属医院), which no name starts with. */

import { gazetteerPlaces } from './places.js';
import { posTag } from './pos.js';

/** A school's own name: a stem of two to six characters, then its kind. */
const SCHOOL_NAME = /^\p{Script=Han}{2,6}?(?:大学|医学院|科学院|医科大学|中医药大学|学院(?=附属))/u;

/**
 * Where a school-led name (桂林医学院附属医院, 遵义医科大学第二附属医院) starts when the text glues a
 * verb to it with no punctuation (推动桂林医学院…, 依托遵义医科大学…, 支持南方医科大学…): after the verb,
 * when the tagger reads the name's first word as a verb and a school's name of its own (a stem of two
 * characters or more) still follows it. A name whose first word merely looks like a verb keeps its
 * start when no school name follows (承德医学院 has no stem after 承德), and a place's short name
 * read as a verb (遵义医科大学) is no verb.
 *
 * @example afterGluedVerb('推动桂林医学院附属医院', 0, 11) // 2
 */
export function afterGluedVerb(text: string, start: number, end: number): number {
  const name = text.slice(start, end);
  if (!SCHOOL_NAME.test(name)) return start;
  const first = posTag(name.slice(0, 8))[0];
  if (!first?.tag.startsWith('v') || first.word.length < 2) return start;
  // 遵义医科大学: the tagger may read a place's short name as a verb; a place starts the name.
  if (gazetteerPlaces(first.word).some((p) => p.shortNames.includes(first.word))) return start;
  const rest = name.slice(first.word.length);
  // What follows must be a school of its own, not the kind alone (…医科大学, …中医药大学).
  if (/^(?:医|中医|科学|大学)/u.test(rest)) return start;
  return SCHOOL_NAME.test(rest) ? start + first.word.length : start;
}
