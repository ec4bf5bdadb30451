/**
 * Mongolian personal names (乌云其其格, 斯琴高娃, 巴特尔) have no surname
 * and no dot, so the surname reader misses them: they are read here from the
 * elements of that naming tradition, as Tibetan names are from theirs.
 */
import { MONGOLIAN_LONG_ELEMENTS, MONGOLIAN_SHORT_ELEMENTS } from './lexicons/mongolian-names.js';

const LONG = [...MONGOLIAN_LONG_ELEMENTS].sort((a, b) => b.length - a.length);
const ANY = [...MONGOLIAN_LONG_ELEMENTS, ...MONGOLIAN_SHORT_ELEMENTS].sort((a, b) => b.length - a.length);

/** Elements starting at `at`, longest first. */
function elementsAt(text: string, at: number, list: readonly string[]): string[] {
  return list.filter((e) => text.startsWith(e, at));
}

/**
 * Readings of a Mongolian name starting at `at`, longest first: two elements
 * of the tradition (乌云其其格, 斯琴高娃), or one element of three or more
 * characters alone (苏日娜). A short element alone (乌兰, 图雅) is a word or a
 * place too often to be read as a name. The caller picks the reading a word
 * boundary follows.
 *
 * @example mongolianNamesAt('副主席乌云其其格出席', 3) // ['乌云其其格']
 */
export function mongolianNamesAt(text: string, at: number): string[] {
  if (at < 0) return [];
  const out = new Set<string>();
  for (const first of elementsAt(text, at, ANY))
    for (const second of elementsAt(text, at + first.length, ANY)) out.add(first + second);
  for (const single of elementsAt(text, at, LONG)) out.add(single);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Readings of a Mongolian name that ends at `end` (before a title: 斯琴高娃主任), longest first.
 *
 * @example mongolianNamesBefore('。苏日娜副主任', 4) // ['苏日娜']
 */
export function mongolianNamesBefore(text: string, end: number): string[] {
  const out: string[] = [];
  for (let len = 6; len >= 3; len--) {
    const start = end - len;
    if (start < 0) continue;
    if (mongolianNamesAt(text, start).some((n) => n.length === len)) out.push(text.slice(start, end));
  }
  return out;
}
