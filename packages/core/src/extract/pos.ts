import { createRequire } from 'node:module';

/** One token of @node-rs/jieba's tagger. */
interface TaggedWord {
  word: string;
  tag: string;
}

interface Tagger {
  tag(text: string, hmm?: boolean): TaggedWord[];
}

let tagger: Tagger | undefined;

/** The jieba tagger, loaded on first use (its dictionary takes a moment to build). */
function jieba(): Tagger {
  if (!tagger) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Tagger } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    tagger = Jieba.withDict(dict);
  }
  return tagger;
}

/** A token with its UTF-16 offsets in the tagged string (cumulative `word.length`). */
export interface PosToken extends TaggedWord {
  start: number;
  end: number;
}

/**
 * Tag `text` with jieba and attach UTF-16 offsets: jieba returns words in
 * order, so offsets are the running sum of `word.length` (UTF-16 units, the
 * unit of `Doc.text`), never code points.
 *
 * @example posTag('庄浪县人民医院')[0]; // { word: '庄浪县', tag: 'nr', start: 0, end: 3 }
 */
export function posTag(text: string): PosToken[] {
  if (text.length > 32) return tagUncached(text);
  let hit = tagCache.get(text);
  if (!hit) {
    if (tagCache.size >= CACHE_LIMIT) tagCache.clear();
    hit = tagUncached(text);
    tagCache.set(text, hit);
  }
  return hit;
}

/** Tags of short strings, cached (names and name prefixes repeat across a corpus). */
const tagCache = new Map<string, PosToken[]>();

function tagUncached(text: string): PosToken[] {
  const out: PosToken[] = [];
  let at = 0;
  for (const t of jieba().tag(text, true)) {
    out.push({ word: t.word, tag: t.tag, start: at, end: at + t.word.length });
    at += t.word.length;
  }
  return out;
}

/** Tags of function words and predicates, which never occur inside a place or person name. */
const NON_NAME_TAGS = /^(v|vd|vn|p|c|d|u|r|m|ad|a|an|f|t|q|y|e|o|uj|ul|ud|ug|uv|uz|zg?)$/u;

/**
 * Whether a dictionary word of jieba covers `s` entirely and is not a name
 * (常务, 全面, 强调, 卫生): such strings are words, not person names.
 */
export function isCommonWord(s: string): boolean {
  return cached(commonWordCache, s, computeCommonWord);
}

function computeCommonWord(s: string): boolean {
  const tokens = posTag(s);
  const [only] = tokens;
  return tokens.length === 1 && only !== undefined && !/^(nr|nrfg|nrt|x)$/u.test(only.tag);
}

/** Whether `s` holds a function word or predicate token (目前已组建了, 指导, 代表): not a place name. */
export function hasNonNameToken(s: string): boolean {
  return cached(nonNameCache, s, (x) => posTag(x).some((t) => NON_NAME_TAGS.test(t.tag)));
}

/** Whether jieba reads `s` as one person-name token (nr, nrfg, nrt). */
export function isTaggedName(s: string): boolean {
  return cached(taggedNameCache, s, (x) => {
    const tokens = posTag(x);
    return tokens.length === 1 && /^(nr|nrfg|nrt)$/u.test(tokens[0]?.tag ?? '');
  });
}

/** Answers for short strings are cached; the caches are cleared when they grow past this many entries. */
const CACHE_LIMIT = 50_000;
const commonWordCache = new Map<string, boolean>();
const nonNameCache = new Map<string, boolean>();
const taggedNameCache = new Map<string, boolean>();

function cached(cache: Map<string, boolean>, key: string, compute: (s: string) => boolean): boolean {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute(key);
  cache.set(key, value);
  return value;
}
