/** Deputies to a people's congress written as name + 代表 (马永红代表认为…) in a congress's own texts. */

import { SPEECH_VERBS } from './lexicons/speech.js';
import { PLACEHOLDER_PATTERN } from './lexicons/titles.js';
import { type ReadNameOptions, readNameBefore } from './person-name.js';
import type { InstitutionMention } from './types.js';

/** What follows 代表 when it is the deputy's title: a predicate about the person (是, 说), a speech verb or a comma. */
const AFTER_DEPUTY = /^(?:是|说|也|还|,|:)/u;

/** A deputy: where the name starts, the name, where 代表 ends, and the congress. */
export interface DeputyMention {
  start: number;
  end: number;
  name: string;
  org: string;
}

/**
 * Names followed by the title 代表 in a text that names one people's congress
 * (a 人大 inspection's or session's report): 马永红代表认为…, 葛春生代表是…院长.
 * 代表 followed by anything else (代表委党组作报告, 代表成员单位发言) represents
 * someone and is no title; so is 代表 in a text of no congress (职工代表).
 *
 * @example deputies('市人大代表…。马永红代表认为,…', institutions) // [{ name: '马永红', org: 'X市人民代表大会', … }]
 */
export function* deputies(
  text: string,
  institutions: readonly InstitutionMention[],
  options: ReadNameOptions = {},
): Iterable<DeputyMention> {
  const congresses = new Set(institutions.filter((i) => i.name.endsWith('人民代表大会')).map((i) => i.name));
  const [org] = congresses;
  if (congresses.size !== 1 || !org) return;
  for (let at = text.indexOf('代表'); at >= 0; at = text.indexOf('代表', at + 2)) {
    const after = text.slice(at + 2, at + 8);
    if (!AFTER_DEPUTY.test(after) && !SPEECH_VERBS.some((v) => after.startsWith(v))) continue;
    const name = readNameBefore(text, at, options);
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    yield { start: at - name.length, end: at + 2, name, org };
  }
}
