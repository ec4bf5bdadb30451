import { ADDRESSED, QUOTE_VERBS, SPEECH_IDIOMS } from './lexicons/speech.js';
import { wordAt } from './text-utils.js';

/** Where a quote may open so that it is a whole sentence: a paragraph start or a sentence end. */
const SENTENCE_END = /[\n。!?…]/u;

/**
 * The words of a quote written right before its speaker (“…”他说; “…”,X表示),
 * as [start, end) inside the quotation marks: the quote must open its
 * sentence (after 。/!/? or at a paragraph start) and close on the same line;
 * nested quotes are skipped. A quote after a colon (X说:“…”) or inside a
 * sentence (要把“A”落到实处) is no speech before a speaker.
 *
 * @example quoteBefore('“要抓落实。”他说。', 7) // [1, 6]
 */
export function quoteBefore(text: string, speakerStart: number): [number, number] | undefined {
  let close = speakerStart - 1;
  if (text[close] === ',') close--;
  if (text[close] !== '”') return undefined;
  let depth = 0;
  for (let i = close - 1; i >= 0 && text[i] !== '\n'; i--) {
    if (text[i] === '”') depth++;
    else if (text[i] === '“') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (i > 0 && !SENTENCE_END.test(text[i - 1] ?? '')) return undefined;
      return close - i > 2 ? [i + 1, close] : undefined;
    }
  }
  return undefined;
}

/** A quote said by the speaker written after it: the verb, where it ends, and the quote's words. */
export interface QuotedAct {
  verb: string;
  vEnd: number;
  quote: [number, number];
}

/**
 * The act of a quote before its speaker (“…”他说。; “…”她认为,要…): the speaker
 * at `speakerStart`, the verb at `at` (after any adverbials). The verb is the one
 * written when it ends its sentence (“…”X坦言。), else 说: the verb then has words
 * of its own after it (他说,去年…; 她认为,要…), and the quote is what was said.
 *
 * @example quotedAct('“要抓落实。”他说。', 7, 8) // { verb: '说', vEnd: 9, quote: [1, 6] }
 */
export function quotedAct(text: string, speakerStart: number, at: number): QuotedAct | undefined {
  const quote = quoteBefore(text, speakerStart);
  const verb = quote ? wordAt(text, at, QUOTE_VERBS) : undefined;
  if (!quote || !verb) return undefined;
  const vEnd = at + verb.length;
  return { verb: /^[。!?]/u.test(text[vEnd] ?? '。') ? verb : '说', vEnd, quote };
}

/**
 * Where an act attributed with 据 or 在…看来 starts (据他介绍, 在他看来): at that
 * word, so that an earlier speech ends before it; else at the speaker.
 *
 * @example attributionStart('…。据他介绍,…', { start: 3, end: 4 }) // 2
 */
export function attributionStart(text: string, speaker: { start: number; end: number }): number {
  const before = text[speaker.start - 1];
  const attributed = before === '据' || (before === '在' && text.startsWith('看来', speaker.end));
  return attributed ? speaker.start - 1 : speaker.start;
}

/** A speech form other than a plain verb: the verb it stands for and where it ends. */
export interface SpeechForm {
  verb: string;
  vEnd: number;
}

/**
 * A speech form at `at`, right after a speaker at `speakerStart`: a view
 * (在他看来, → 认为), a set phrase (算了一笔账, 打了个比方, 举了一个例子, 告诉记者),
 * or a verb whose addressee comes before a colon (寄语新队员:“…”), ending at
 * the colon so that the content is what is said.
 *
 * @example speechForm('在他看来,要补短板。', 2, 1) // { verb: '认为', vEnd: 4 }
 */
export function speechForm(text: string, at: number, speakerStart: number): SpeechForm | undefined {
  if (text[speakerStart - 1] === '在' && text.startsWith('看来,', at)) return { verb: '认为', vEnd: at + 2 };
  const rest = text.slice(at, at + 30);
  for (const [re, verb] of SPEECH_IDIOMS) {
    const m = re.exec(rest);
    if (m) return { verb, vEnd: at + m[0].length };
  }
  const addressed = ADDRESSED.exec(rest);
  if (addressed?.[1]) return { verb: addressed[1], vEnd: at + addressed[0].length };
  return undefined;
}
