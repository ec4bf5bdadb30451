import type { Doc } from '../segment/index.js';
import { mention } from './institution-parts.js';
import { PROVINCES } from './lexicons/places.js';
import { isKnownPlace } from './places.js';
import type { InstitutionMention } from './types.js';

/**
 * A partner-aid command (对口支援 front command): a province or city that aids
 * another region, 对口支援 or 援 + the region (written in full or by one
 * character: 援伊, 援疆), and 前方指挥部. Group 1 runs from some Han character
 * to the aiding place's level; the place itself is its longest known tail.
 */
const AID_COMMAND = /(\p{Script=Han}{2,10}?[省市])(对口支援|援)(\p{Script=Han}{1,14}?)(前方指挥部|前线指挥部)/gu;

/** Whether a name with its level is a province or a gazetteer city (江苏省, 苏州市). */
function isAidingPlace(name: string): boolean {
  return Object.values(PROVINCES).includes(name) || isKnownPlace(name);
}

/**
 * Partner-aid commands (江苏省对口支援新疆伊犁哈萨克自治州前方指挥部). The text
 * writes the full form and a short one (江苏省援伊前方指挥部); both name one body,
 * the full form, when they share the aiding place and the command's noun.
 *
 * @example aidCommands(doc) // 江苏省援伊前方指挥部 → 江苏省对口支援新疆伊犁哈萨克自治州前方指挥部
 */
export function* aidCommands(doc: Doc): Iterable<InstitutionMention> {
  const found: Array<{ start: number; end: number; place: string; noun: string; full: boolean }> = [];
  for (const m of doc.text.matchAll(AID_COMMAND)) {
    const head = m[1] ?? '';
    let cut = -1;
    for (let k = 0; k < head.length - 1 && cut < 0; k++) if (isAidingPlace(head.slice(k))) cut = k;
    if (cut < 0) continue;
    const start = (m.index ?? 0) + cut;
    found.push({
      start,
      end: (m.index ?? 0) + m[0].length,
      place: head.slice(cut),
      noun: m[4] ?? '',
      full: m[2] === '对口支援',
    });
  }
  for (const f of found) {
    const full = f.full ? f : found.find((o) => o.full && o.place === f.place && o.noun === f.noun);
    const name = doc.text.slice((full ?? f).start, (full ?? f).end);
    yield mention(doc, f.start, f.end, name, 'government', 'institution/aid-command', f.place);
  }
}
