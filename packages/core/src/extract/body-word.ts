import { FULL_NAME_SUFFIXES, LEVEL_BODIES } from './lexicons/institutions.js';

/** Body words of two characters or more, longest first: full-name suffixes and level bodies' surfaces. */
const BODY_WORDS: readonly string[] = [
  ...new Set([...FULL_NAME_SUFFIXES.map(([suffix]) => suffix), ...LEVEL_BODIES.map((b) => b.surface)]),
]
  .filter((word) => word.length >= 2)
  .sort((a, b) => b.length - a.length);

/**
 * Whether a body's word ends at `end` in `text` (县疾控中心|, 市人民医院|, 镇卫生院|), whether
 * or not the body itself was read as an institution: a county body in a city's text
 * (县疾控中心 with no county named) still marks what follows it as that body's people.
 *
 * @example bodyWordEndsAt('县疾控中心李主任', 5) // true
 */
export function bodyWordEndsAt(text: string, end: number): boolean {
  return BODY_WORDS.some((word) => end >= word.length && text.startsWith(word, end - word.length));
}
