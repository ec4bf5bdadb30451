import { CLOSERS, PAIRS, SENTENCE_END } from './patterns.js';
import type { Block, Sentence } from './types.js';

const CLOSING = new Set(PAIRS.values());

/**
 * Split each block into sentences at 。!?;… (with any closing quotes or
 * brackets that follow), never inside quotes or brackets. If a block's
 * quotes do not balance, quotes are ignored for it rather than swallowing
 * the rest of the block.
 *
 * @example
 * ```ts
 * sentencesOf('他说:“好。走吧。”然后走了。', [{ kind: 'paragraph', span: { start: 0, end: 15 } }]).length; // 2
 * ```
 */
export function sentencesOf(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    const spans =
      splitBlock(text, block.span.start, block.span.end, true) ??
      splitBlock(text, block.span.start, block.span.end, false);
    for (const span of spans ?? []) sentences.push({ span, block: index });
  });
  return sentences;
}

const code = (c: string): number => c.charCodeAt(0);
const OPEN = new Map([...PAIRS].map(([open, close]) => [code(open), code(close)]));
const CLOSE = new Set([...CLOSING].map(code));
const END = new Set([...SENTENCE_END].map(code));
const TRAILING = new Set([...CLOSERS].map(code));
const ASCII_QUOTE = 0x22;

function splitBlock(
  text: string,
  start: number,
  end: number,
  respectQuotes: boolean,
): Array<{ start: number; end: number }> | undefined {
  const spans: Array<{ start: number; end: number }> = [];
  const stack: number[] = [];
  let asciiQuote = false;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Han characters are never punctuation: the common case costs one comparison.
    if (c >= 0x3400 && c <= 0x9fff) continue;
    if (respectQuotes) {
      const close = OPEN.get(c);
      if (close !== undefined) {
        stack.push(close);
        continue;
      }
      if (CLOSE.has(c) || c === ASCII_QUOTE) {
        const quoteCloses = c === ASCII_QUOTE && asciiQuote;
        if (c === ASCII_QUOTE) asciiQuote = !asciiQuote;
        else if (stack.at(-1) === c) stack.pop();
        // 。” closes the quotation and the sentence with it.
        if (
          (c !== ASCII_QUOTE || quoteCloses) &&
          stack.length === 0 &&
          !asciiQuote &&
          END.has(text.charCodeAt(i - 1))
        ) {
          let j = i + 1;
          while (j < end && TRAILING.has(text.charCodeAt(j))) j++;
          push(spans, text, from, j);
          from = j;
          i = j - 1;
        }
        continue;
      }
      if (stack.length > 0 || asciiQuote) continue;
    }
    if (!END.has(c)) continue;
    let j = i + 1;
    while (j < end && (END.has(text.charCodeAt(j)) || TRAILING.has(text.charCodeAt(j)))) j++;
    push(spans, text, from, j);
    from = j;
    i = j - 1;
  }
  if (respectQuotes && (stack.length > 0 || asciiQuote)) return undefined;
  push(spans, text, from, end);
  return spans;
}

function push(spans: Array<{ start: number; end: number }>, text: string, start: number, end: number): void {
  let s = start;
  while (s < end && text.charAt(s) === ' ') s++;
  if (end > s) spans.push({ start: s, end });
}
