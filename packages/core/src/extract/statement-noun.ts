import { NOUN_AFTER_SPEECH, STUDIED_BEFORE } from './lexicons/speech.js';
import { sentenceStart } from './text-utils.js';

/** What makes a 批示 a thing relayed, not an act (批示精神, 批示和讲话, 批示的). */
const NOUN_AFTER_INSTRUCTION = /^(?:精神|和|与|及|、|的)/u;

/**
 * Whether a speech verb after a speaker names a thing, not an act: 要求/提出
 * before 的 (部署要求的), 说明/说法, 发布会; a 批示 relayed or studied (传达学习X副省长批示精神);
 * a speech named as a thing to carry out (抓好X副省长讲话和…, 贯彻X主任讲话精神) or in a
 * clause that relays or studies it (传达学习X总书记重要讲话重要指示精神).
 *
 * @example isSpeechNoun('贯彻王主任讲话精神', { verb: '讲话', speakerAt: 2, vEnd: 7 }) // true
 */
export function isSpeechNoun(text: string, options: { verb: string; speakerAt: number; vEnd: number }): boolean {
  const { verb, speakerAt, vEnd } = options;
  if (text[vEnd] === '的' || (verb === '说' && /[明法]/u.test(text[vEnd] ?? ''))) return true;
  if (verb === '发布' && text[vEnd] === '会') return true;
  const studied = (): boolean => STUDIED_BEFORE.test(text.slice(sentenceStart(text, speakerAt), speakerAt));
  if (verb.includes('批示')) return NOUN_AFTER_INSTRUCTION.test(text.slice(vEnd, vEnd + 2)) || studied();
  if (['讲话', '致辞', '重要讲话'].includes(verb))
    return NOUN_AFTER_SPEECH.test(text.slice(vEnd, vEnd + 2)) || studied();
  return false;
}
