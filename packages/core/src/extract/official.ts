import type { Doc } from '../segment/index.js';
import { institutionsOf } from './institution.js';
import { LEVEL_BODIES } from './lexicons/institutions.js';
import {
  PLACEHOLDER_PATTERN,
  STATIONED_DISCIPLINE_UNIT,
  TITLE_BLOCKERS,
  TITLE_BODY_ENDINGS,
  TITLE_IMPLIED_ORG,
  TITLE_WORDS,
} from './lexicons/titles.js';
import { memoizeByDoc } from './memo.js';
import { NOT_NAME_CHARS, readNameAt, readNameBefore, surnameAt } from './person-name.js';
import { expandLevel, placeContext } from './place-context.js';
import { hasNonNameToken, isCommonWord } from './pos.js';
import { isHan, lexiconMatcher } from './text-utils.js';
import type { InstitutionMention, OfficialMention } from './types.js';

const TITLES_LONGEST_FIRST = [...TITLE_WORDS].sort((a, b) => b.length - a.length);
const matchTitle = lexiconMatcher(TITLE_WORDS);
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
];

/** Surfaces of bodies written after a level prefix (卫健委, 卫生健康局), longest first. */
const BODY_SURFACES_LONGEST_FIRST = LEVEL_BODIES.map((b) => b.surface).sort((a, b) => b.length - a.length);

/** How far (characters) a level-less body in a title looks for its named body. */
const SAME_BODY_WINDOW = 600;

/** Introducers cut anywhere inside a title phrase (not 和/在, which occur inside body names). */
const INTRODUCERS_INSIDE = ['会议由', '由', '陪同', '邀请', '听取'];

interface TitleHit {
  start: number;
  end: number;
  word: string;
}

function titleHits(text: string): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const word = matchTitle(text, i);
    if (!word) continue;
    const end = i + word.length;
    if (TITLE_BLOCKERS.some((b) => text.startsWith(b, end)) || (/委$/u.test(word) && text[end] === '会')) {
      i = end - 1;
      continue;
    }
    hits.push({ start: i, end, word });
    i = end - 1;
  }
  return hits;
}

/** Start of the title phrase whose title word starts at `titleStart` (prefix such as 省卫生健康委). */
function phraseStart(text: string, titleStart: number): number {
  let s = titleStart;
  while (s > 0 && isHan(text[s - 1]) && titleStart - s < 16) s--;
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
  // A name before the title (张三书记) is not part of the phrase.
  return s;
}

/** Title phrases chained with 、 before `phraseEnd` (党组书记、主任 + name). */
function titleChain(text: string, hits: TitleHit[], hitIndex: number): Array<{ start: number; end: number }> {
  const hit = hits[hitIndex];
  if (!hit) return [];
  const chain = [{ start: phraseStart(text, hit.start), end: hit.end }];
  let k = hitIndex;
  for (;;) {
    const first = chain[0];
    if (!first || text[first.start - 1] !== '、') break;
    const prev = hits[k - 1];
    if (!prev || prev.end !== first.start - 1) break;
    chain.unshift({ start: phraseStart(text, prev.start), end: prev.end });
    k--;
  }
  return chain;
}

/**
 * Officials: title + name (省卫生健康委主任郭玉芬, 党组书记、主任马晓伟), shared
 * titles over lists (副主任陈明、张浩), name + title (尹弘书记, 张主任 as a
 * partial). Titles are kept as written; `org` is the institution in the first
 * title, implied by it (省长 → 省人民政府), or inherited from the previous
 * official in the same paragraph.
 */
export function* extractOfficials(doc: Doc): Iterable<OfficialMention> {
  yield* officialsOf(doc);
}

/** Cached officials of a document (used by the statements extractor). */
export const officialsOf = memoizeByDoc(computeOfficials);

function* computeOfficials(doc: Doc): Iterable<OfficialMention> {
  const text = doc.text;
  const institutions = institutionsOf(doc);
  const hits = titleHits(text);
  const out: OfficialMention[] = [];
  const known = new Set<string>();
  const used = new Set<number>();
  // Pass 1: title + name.
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    if (!hit) continue;
    const name = readNameAt(text, hit.end);
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    const chain = titleChain(text, hits, h);
    const titles = chain.map((c) => text.slice(c.start, c.end));
    const orgs = chain.map((c) => orgOfTitle(doc, institutions, c, text.slice(c.start, c.end)));
    let at = hit.end;
    let nm: string | undefined = name;
    while (nm) {
      known.add(nm);
      used.add(at);
      out.push(
        official(
          doc,
          at === hit.end ? (chain[0]?.start ?? hit.start) : at,
          at + nm.length,
          nm,
          titles,
          orgs,
          'official/title-name',
        ),
      );
      at += nm.length;
      if (text[at] !== '、') break;
      nm = readNameAt(text, at + 1);
      at += 1;
    }
  }
  // Pass 2: name + title (尹弘书记, 任振鹤省长, 张主任).
  for (const hit of hits) {
    if (used.has(hit.end)) continue;
    const name = readNameBefore(text, hit.start, { known });
    const word = text.slice(hit.start, hit.end);
    if (name && !PLACEHOLDER_PATTERN.test(name)) {
      out.push(
        official(doc, hit.start - name.length, hit.end, name, [word], [impliedOrg(doc, word)], 'official/name-title'),
      );
      continue;
    }
    // Partial: surname + title, with a boundary before it.
    const s = hit.start - 1;
    if (s >= 0 && surnameAt(text, s) === 1 && !isHan(text[s - 1]) && !/[xX×]/u.test(text[hit.start] ?? '')) {
      const m = official(doc, s, hit.end, text[s] ?? '', [word], [impliedOrg(doc, word)], 'official/partial');
      m.partial = true;
      out.push(m);
      continue;
    }
    // Partial: a given name + title at a phrase start (超良书记), when the two characters are no dictionary word.
    const g = hit.start - 2;
    const given = text.slice(g, hit.start);
    if (
      g >= 0 &&
      !isHan(text[g - 1]) &&
      /^\p{Script=Han}{2}$/u.test(given) &&
      surnameAt(text, g) === 0 &&
      !NOT_NAME_CHARS.test(given) &&
      !isCommonWord(given) &&
      !hasNonNameToken(given)
    ) {
      const m = official(doc, g, hit.end, given, [word], [impliedOrg(doc, word)], 'official/partial-given');
      m.partial = true;
      out.push(m);
    }
  }
  // Pass 3: full name + 同志 (李明同志), a named person without a title.
  for (let at = text.indexOf('同志'); at >= 0; at = text.indexOf('同志', at + 2)) {
    if (out.some((o) => o.span.end === at)) continue;
    const name = readNameBefore(text, at, { known });
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    out.push(official(doc, at - name.length, at + 2, name, [], [], 'official/name-comrade'));
  }
  out.sort((a, b) => a.span.start - b.span.start);
  // Bare titles (副主任, 党组书记, 院长) take a body only where the text supports it: the
  // nearest body of the title's kind named before them in the same sentence (a party body
  // for 书记), else the body of the official just before them in that sentence. Otherwise
  // the org stays empty rather than guessed. Titles that imply a government (副省长) never
  // inherit another body.
  let lastOrg: string | undefined;
  let lastStart = -1;
  for (const m of out) {
    const sentenceStart = Math.max(...['。', '!', '?', '\n'].map((c) => text.lastIndexOf(c, m.span.start))) + 1;
    if (lastStart < sentenceStart) lastOrg = undefined;
    lastStart = m.span.start;
    if (m.org) {
      lastOrg = m.org;
      continue;
    }
    const word = m.titles[0] ? (TITLES_LONGEST_FIRST.find((w) => m.titles[0]?.endsWith(w)) ?? '') : '';
    if (m.partial || m.titles.length === 0 || TITLE_IMPLIED_ORG[word]) continue;
    // A body written in the title without its level (卫健委党组副书记) is the one of that kind named before.
    const written = BODY_SURFACES_LONGEST_FIRST.find((b) => b.length >= 3 && m.titles[0]?.includes(b));
    // Nearest before within a window, else nearest after (the level is often written later: 县卫健委…).
    const near = written
      ? institutions.filter((i) => i.text.endsWith(written) && Math.abs(i.span.start - m.span.start) < SAME_BODY_WINDOW)
      : [];
    const sameKind =
      near.filter((i) => i.span.end <= m.span.start).at(-1) ?? near.find((i) => i.span.start >= m.span.end);
    if (sameKind) {
      m.org = sameKind.name;
      continue;
    }
    const fits = bodyFits(word);
    const before = institutions.filter(
      (i) => i.span.end <= m.span.start && i.span.start >= sentenceStart && (fits(i.name) || fits(i.alias)),
    );
    const party = /书记/u.test(word) ? before.filter((i) => i.type === 'party') : [];
    const nearest = (party.length ? party : before).at(-1);
    const org = nearest?.name ?? (lastOrg && fits(lastOrg) ? lastOrg : undefined);
    if (org) m.org = org;
  }
  yield* out;
}

/** Whether a body's name fits a title word (局长 → …局); any body fits titles of no listed kind. */
function bodyFits(word: string): (name: string) => boolean {
  const ending = TITLE_BODY_ENDINGS.find(([title]) => title.test(word))?.[1];
  return (name) => !ending || ending.test(name);
}

function official(
  doc: Doc,
  start: number,
  end: number,
  name: string,
  titles: string[],
  orgs: Array<string | undefined>,
  rule: string,
): OfficialMention {
  const m: OfficialMention = {
    kind: 'official',
    span: { start, end },
    text: doc.text.slice(start, end),
    rule,
    name,
    titles,
    partial: false,
  };
  const [first, ...rest] = orgs;
  if (first) m.org = first;
  const others = rest.filter((o): o is string => Boolean(o) && o !== first);
  if (others.length) m.otherOrgs = others;
  return m;
}

function orgOfTitle(
  doc: Doc,
  institutions: readonly InstitutionMention[],
  span: { start: number; end: number },
  title: string,
): string | undefined {
  const within = institutions.filter((i) => i.span.start >= span.start && i.span.end <= span.end);
  const stationed = STATIONED_DISCIPLINE_UNIT.exec(title);
  if (stationed) {
    // 省纪委监委驻省卫生健康委纪检监察组: the named 纪委 itself; else the 纪委 of the level after 驻.
    const own = within.find((i) => i.name.endsWith('纪律检查委员会'));
    if (own) return own.name;
    const place = expandLevel(placeContext(doc), stationed[1] ?? '');
    if (place) return `中国共产党${place}纪律检查委员会`;
  }
  const inside = within[0];
  if (inside) return inside.name;
  const word = TITLES_LONGEST_FIRST.find((w) => title.endsWith(w)) ?? title;
  return impliedOrg(doc, word);
}

function impliedOrg(doc: Doc, word: string): string | undefined {
  const template = TITLE_IMPLIED_ORG[word];
  if (!template) return undefined;
  if (!template.includes('{')) return template;
  const ctx = placeContext(doc);
  const place = template.includes('{province}') ? ctx.province : template.includes('{city}') ? ctx.city : ctx.county;
  return place ? template.replace(/\{\w+\}/u, place) : undefined;
}
