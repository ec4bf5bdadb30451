// Query-side lexicon of written Chinese (general grammar, never corpus vocabulary).
// A user's question (基层医生留不住怎么办, 由谁主持, 叫什么名字) carries words that
// frame the question; the passage that answers it rarely contains them.

/**
 * Interrogative words and question frames. In a query each is cut out and the text
 * split there, so it contributes no n-gram and no bigram spans it (人才怎么留 → 人才 | 留).
 * Matched longest first, on folded (Simplified, lower-case) text.
 */
export const QUESTION_WORDS: readonly string[] = [
  '怎么办',
  '怎么样',
  '怎么',
  '怎样',
  '怎能',
  '如何',
  '为什么',
  '为何',
  '什么',
  '啥',
  '哪些',
  '哪个',
  '哪家',
  '哪里',
  '哪儿',
  '哪',
  '多少',
  '多大',
  '多久',
  '多长',
  '多高',
  '几',
  '谁',
  '是否',
  '能否',
  '可否',
  '有没有',
  '是不是',
  '能不能',
  '要不要',
  '吗',
  '呢',
];

/**
 * Function characters (particles, conjunctions, prepositions, demonstratives). Dropped from
 * queries as unigrams, and as bigrams made only of them; bigrams joining one to a content
 * character stay (they still carry order).
 */
export const QUERY_STOP_CHARS: ReadonlySet<string> = new Set([
  ...'的了和与及或是在把被让对为从到也都就而之其这那些个吗呢吧啊怎么如何什哪多少谁',
]);
