/**
 * Layout conventions of Chinese official texts, as data: enumeration
 * markers, salutations, speech titles, sentence punctuation. Genre patterns
 * only, never names or content of particular documents.
 */

const NUM = '[一二三四五六七八九十百零〇]+';

/** Enumeration markers at the start of a paragraph, most specific first. */
export const MARKERS: ReadonlyArray<RegExp> = [
  new RegExp(`^(?:第${NUM}(?:是|条|章|节|部分|项|点)?)[,、:.\\s]?`, 'u'),
  new RegExp(`^${NUM}(?:是|要|要是|方面)(?=\\S)`, 'u'),
  new RegExp(`^[((]${NUM}[))]`, 'u'),
  new RegExp(`^${NUM}[、.]`, 'u'),
  /^[((]\d{1,2}[))]/u,
  /^[①-⑳]/u,
  /^\d{1,2}[、.](?!\d)/u,
  /^0\d(?=$|\s|[^\d.%])/u,
  /^[■□●◆◇▲△▶►★☆※•·▪]/u,
];

/** Salutations that open a speech (各位领导、同志们:). */
export const SALUTATION = /^(?:各位|尊敬的|同志们|女士们|朋友们|老师们|同学们|大家好)[^。!?]{0,30}[:!]$/u;

/** Lines naming a speech (在……会议上的讲话, ……讲话范文, 致辞). */
export const SPEECH_TITLE = /(?:讲话|致辞|发言|讲稿|演讲稿|工作报告)/u;

/** A collection page's own header (热门19篇, 合集, 汇编, 大全). */
export const COLLECTION_HEADER = /(?:\d+|[一二三四五六七八九十]+)篇|合集|汇编|大全|精选\d*篇?/u;

/** Sentence-final punctuation (after NFKC, full-width !?; are ASCII). */
/** (The ellipsis … is no end: 等等…… trails off mid-sentence as often as it ends one.) */
export const SENTENCE_END = new Set(['。', '!', '?', ';']);
/** Closing quotes and brackets that stay with the sentence they end. */
export const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', ')', '】', '》', '〕']);
/** Opening/closing pairs inside which a sentence never ends. */
export const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['(', ')'],
  ['【', '】'],
  ['《', '》'],
  ['〔', '〕'],
]);

/** A line is title-like when short and not ending like a sentence or a clause. */
export const TITLE_MAX_LENGTH = 60;
export const NOT_TITLE_END = /[。,;:、!?…]$/u;
