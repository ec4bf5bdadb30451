/** Title phrases of officials: a title word, the body prefix before it, and chains of them. */

import { TITLE_BLOCKERS, TITLE_WORDS } from './lexicons/titles.js';
import { nameBeforeNextTitle } from './official-run-on.js';
import { readNameAt } from './person-name.js';
import { isHan, lexiconMatcher } from './text-utils.js';
import type { InstitutionMention } from './types.js';

const matchTitle = lexiconMatcher(TITLE_WORDS);

/** Title words, longest first (to find the word a title phrase ends with). */
export const TITLES_LONGEST_FIRST: readonly string[] = [...TITLE_WORDS].sort((a, b) => b.length - a.length);

/** Words that start the text before a title phrase, never part of it. */
const TITLE_LEFT_STOPS = [
  '会议由',
  '由',
  '和',
  '与',
  '及',
  '对',
  '是',
  '向',
  '请',
  '在',
  '经',
  '听取',
  '同',
  '陪同',
  '邀请',
  '受',
  '了',
  '的',
];

/**
 * Introducers cut anywhere inside a title phrase (not 和/在, which occur inside body names):
 * words that introduce a person, verbs of relaying and appointing (会议传达学习|副省长,
 * 任命|…), and the particles 了 and 的, which end the clause before a title and never
 * occur in a body's name (会议听取了|市人大常委会副主任, 分管教育工作的|副市长).
 */
const INTRODUCERS_INSIDE = [
  '会议由',
  '由',
  '陪同',
  '邀请',
  '听取',
  '传达学习',
  '传达',
  '会见',
  '看望',
  '任命',
  '免去',
  '提名',
  '了',
  '的',
];

/** How far (characters) a title's body prefix reaches back. */
const PREFIX_REACH = 16;
/** How far it reaches for a stationed unit (省纪委监委驻省卫生健康委纪检监察组组长). */
const STATIONED_REACH = 24;

/** A title word found in the text. */
export interface TitleHit {
  start: number;
  end: number;
  word: string;
}

/** Every title word of the text, longest at each position, without the blocked ones (主任委员会). */
export function titleHits(text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const word = matchTitle(text, i);
    if (!word) continue;
    const end = i + word.length;
    // 全省|长江, 全市|长期: a level word after 全 is the whole jurisdiction, not a title's start.
    const wholeLevel = text[i - 1] === '全' && /^[省市县州区]长/u.test(word);
    // 卫生城市|长效管理, 城市|长远发展: a 长 that opens 长效/长远/长久 is no title's end.
    const longWord = /长$/u.test(word) && /^[效远久]/u.test(text[end] ?? '');
    if (
      wholeLevel ||
      longWord ||
      TITLE_BLOCKERS.some((b) => text.startsWith(b, end)) ||
      (/委$/u.test(word) && text[end] === '会')
    ) {
      i = end - 1;
      continue;
    }
    hits.push({ start: i, end, word });
    i = end - 1;
  }
  return hits;
}

/** Start of the Han run before `titleStart`, at most `reach` characters back. */
function hanRunStart(text: string, titleStart: number, reach: number): number {
  let s = titleStart;
  while (s > 0 && isHan(text[s - 1]) && titleStart - s < reach) s--;
  return s;
}

/** Start of the title phrase whose title word starts at `titleStart` (prefix such as 省卫生健康委). */
export function phraseStart(text: string, titleStart: number): number {
  let s = hanRunStart(text, titleStart, PREFIX_REACH);
  // A stationed unit names two bodies and may run longer (省纪委监委驻省卫生健康委纪检监察组).
  if (isHan(text[s - 1])) {
    const long = hanRunStart(text, titleStart, STATIONED_REACH);
    if (text.slice(long, s).includes('驻') || text.slice(s, titleStart).includes('驻')) s = long;
  }
  // Words that only ever introduce a title cut it wherever they occur (此次会议由|县政府副县长).
  for (let p = titleStart - 1; p > s; p--) {
    const cut = INTRODUCERS_INSIDE.find((w) => text.startsWith(w, p) && p + w.length <= titleStart);
    if (cut) {
      s = p + cut.length;
      break;
    }
  }
  // Drop words that introduce the phrase (会议由, 和 …), from the left.
  for (;;) {
    const stop = TITLE_LEFT_STOPS.find((w) => text.startsWith(w, s) && s + w.length <= titleStart);
    if (!stop) break;
    s += stop.length;
  }
  // 责成X局对该院院长: a body pointed back to (该院, 该局) leaves the bare title, its body named before.
  if (ANAPHORIC_BODY.test(text.slice(s, titleStart))) return titleStart;
  return s;
}

/** A demonstrative body right before a title word (该院院长, 该局局长, 该中心主任). */
export const ANAPHORIC_BODY: RegExp = /该(?:院|局|委|中心|所|站|校|厅)$/u;

/** Options of {@link titleChain}. */
export interface TitleChainOptions {
  text: string;
  hits: readonly TitleHit[];
  /** The hit right before the name. */
  hitIndex: number;
  /** Institutions of the document, to tell a title of another body after a comma. */
  institutions: readonly InstitutionMention[];
}

/**
 * Title phrases chained before a name: with 、 (党组书记、主任 + name), or with a
 * comma between titles of different bodies, each led by its body
 * (省卫生健康委党组成员,省中医药管理局党组书记、局长 + name).
 */
export function titleChain({
  text,
  hits,
  hitIndex,
  institutions,
}: TitleChainOptions): Array<{ start: number; end: number }> {
  const hit = hits[hitIndex];
  if (!hit) return [];
  const start = wholeBody(
    institutions,
    afterConnector({ text, institutions, start: phraseStart(text, hit.start), titleStart: hit.start }),
    hit.start,
  );
  const chain = [{ start: afterOfficial(text, hits, hitIndex, start), end: hit.end }];
  let k = hitIndex;
  for (;;) {
    const first = chain[0];
    const sep = first ? text[first.start - 1] : undefined;
    if (!first || (sep !== '、' && sep !== ',')) break;
    const prev = hits[k - 1];
    if (!prev || prev.end !== first.start - 1) break;
    if (sep === ',') {
      // The run before the comma may itself be chained with 、 (党组成员、副主任,…): its head names the body.
      const run = titleChain({ text, hits, hitIndex: k - 1, institutions });
      const head = run[0];
      if (!head || !bodyLedPair({ text, institutions, before: head, after: first.start })) break;
      chain.unshift(...run);
      break;
    }
    const prevStart = wholeBody(institutions, phraseStart(text, prev.start), prev.start);
    chain.unshift({ start: afterOfficial(text, hits, k - 1, prevStart), end: prev.end });
    k--;
  }
  return chain;
}

/**
 * A title phrase never starts inside the body that leads it: a body's name
 * longer than the prefix reach (江苏省对口支援新疆伊犁哈萨克自治州前方指挥部党委副书记)
 * is taken whole.
 */
function wholeBody(institutions: readonly InstitutionMention[], start: number, titleStart: number): number {
  const body = institutions.find((i) => i.span.start < start && i.span.end > start && i.span.end <= titleStart);
  return body ? body.span.start : start;
}

/**
 * A title phrase starts at its body when a connector joins that body to words
 * that name none (5个先进集体和|市人民医院护理部护士长): the words before
 * 和/与/及 are another item of the list, not part of the title. Two bodies
 * joined (省卫生健康委和省医保局联合督查组组长) stay one phrase.
 */
function afterConnector(o: {
  text: string;
  institutions: readonly InstitutionMention[];
  start: number;
  titleStart: number;
}): number {
  const inPrefix = o.institutions.filter((i) => i.span.start >= o.start && i.span.start < o.titleStart);
  for (const body of inPrefix) {
    const at = body.span.start - 1;
    if (at <= o.start || !'和与及'.includes(o.text[at] ?? '')) continue;
    const before = o.institutions.some((i) => i.span.start < at && i.span.end > o.start);
    if (!before) return body.span.start;
  }
  return o.start;
}

/**
 * A title phrase starts after the official named before it in the same run
 * (市疾控中心党委书记黄晓峰和主任郭敏: the second phrase is 主任, not
 * …黄晓峰和主任): after that name and a connector.
 */
function afterOfficial(text: string, hits: readonly TitleHit[], hitIndex: number, start: number): number {
  const hit = hits[hitIndex];
  const prev = hits[hitIndex - 1];
  if (!hit || !prev || prev.end <= start || prev.end >= hit.start) return start;
  const name = readNameAt(text, prev.end) ?? nameBeforeNextTitle(text, prev.end, hit);
  if (!name) return start;
  let s = prev.end + name.length;
  if (/[和及与、,]/u.test(text[s] ?? '')) s++;
  return s <= hit.start ? s : start;
}

/** A comma chain: the title before it starts a phrase and names a body, and the title after it starts with one. */
function bodyLedPair(o: {
  text: string;
  institutions: readonly InstitutionMention[];
  before: { start: number; end: number };
  after: number;
}): boolean {
  if (o.before.start > 0 && isHan(o.text[o.before.start - 1])) return false;
  const namesBody = o.institutions.some((i) => i.span.start >= o.before.start && i.span.end <= o.before.end);
  // After the comma: another body's title, or a bare title of the same body (党组书记,主任).
  return (
    namesBody && (o.institutions.some((i) => i.span.start === o.after) || matchTitle(o.text, o.after) !== undefined)
  );
}
