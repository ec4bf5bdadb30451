import type { Doc } from '../segment/index.js';
import { bodyWordEndsAt } from './body-word.js';
import { institutionsOf } from './institution.js';
import { LEVEL_BODIES } from './lexicons/institutions.js';
import { WEAK_SURNAMES } from './lexicons/surnames.js';
import { PLACEHOLDER_PATTERN, PROFESSIONAL_TITLES, TITLE_IMPLIED_ORG, TITLE_NOTE } from './lexicons/titles.js';
import { memoizeByDoc } from './memo.js';
import { nameBeforeVerb } from './name-before-verb.js';
import { appointments } from './official-appointment.js';
import { bracketedTitles } from './official-bracket.js';
import { deputies } from './official-deputy.js';
import {
  bodyFits,
  hospitalOfPost,
  hospitalPost,
  impliedOrg,
  isDepartmentPost,
  memberBody,
  nearestOfKind,
  orgOfTitle,
} from './official-org.js';
import { nameBeforeNextTitle } from './official-run-on.js';
import { wrappedNameStart } from './official-wrap.js';
import { NOT_NAME_CHARS, readNameAt, readNameBefore, readNamePartBefore, surnameAt } from './person-name.js';
import { hasNonNameToken, isCommonWord } from './pos.js';
import { isHan } from './text-utils.js';
import { TITLES_LONGEST_FIRST, titleChain, titleHits } from './title-phrase.js';
import type { OfficialMention } from './types.js';

/** Surfaces of bodies written after a level prefix (卫健委, 卫生健康局), longest first. */
const BODY_SURFACES_LONGEST_FIRST = LEVEL_BODIES.map((b) => b.surface).sort((a, b) => b.length - a.length);

/** 等 + a count of persons after a name (王文东等300名, 李华等三位). */
const NAME_HEADS_GROUP = /等(?:\d+|[一二两三四五六七八九十百千]+)(?:名|位|人)/gu;

/** How far (characters) a level-less body in a title looks for its named body. */
const SAME_BODY_WINDOW = 600;

/** A numeral and a measure word for people right before a title word (8名委员, 三位代表). */
const COUNTED_TITLE = /[\d一二两三四五六七八九十百几多数][名位]$/u;

/**
 * Officials: title + name (省卫生健康委主任郭玉芬, 党组书记、主任马晓伟), shared
 * titles over lists (副主任陈明、张浩), name + title (尹弘书记, 张主任 as a
 * partial). Transliterated names (艾尔肯·吐尼亚孜) are read whole in every
 * order, written with ·; their first part + title (艾尔肯副主席) is a partial.
 * Titles are kept as written; `org` is the institution in the first title,
 * implied by it (省长 → 省人民政府), or inherited from the previous official in
 * the same paragraph.
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
    // A rank note between title and name (副主任(正处级)金鹏) is skipped.
    // …a hard line wrap between title and name (副县长↵程志宏出席) is read through.
    const nameStart = wrappedNameStart(text, hit.end + (TITLE_NOTE.exec(text.slice(hit.end))?.[0].length ?? 0));
    const name =
      readNameAt(text, nameStart) ??
      nameBeforeNextTitle(text, nameStart, hits[h + 1]) ??
      nameBeforeVerb(text, nameStart);
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    // 8名委员和特邀代表: a count of people (numeral + 名/位) before the title word names a group, no one.
    if (COUNTED_TITLE.test(text.slice(Math.max(0, hit.start - 4), hit.start))) continue;
    // 乡村医生向执业医师转化: after a profession's word, a surname that is also a function word starts none.
    if (PROFESSIONAL_TITLES.has(hit.word) && WEAK_SURNAMES.includes(name[0] ?? '')) continue;
    // 县疾控中心李主任向群众演示: a surname between a body and the title makes a short form (李主任); no name follows.
    const beforeSurname = hit.start - 1;
    if (
      surnameAt(text, beforeSurname) === 1 &&
      (institutions.some((i) => i.span.end === beforeSurname) || bodyWordEndsAt(text, beforeSurname))
    )
      continue;
    const chain = titleChain({ text, hits, hitIndex: h, institutions });
    const titles = chain.map((c) => text.slice(c.start, c.end));
    const orgs = chain.map((span) => orgOfTitle({ doc, institutions, span, title: text.slice(span.start, span.end) }));
    let at = nameStart;
    used.add(hit.end);
    let nm: string | undefined = name;
    while (nm) {
      known.add(nm);
      used.add(at);
      out.push(
        official(
          doc,
          at === nameStart ? (chain[0]?.start ?? hit.start) : at,
          at + nm.length,
          nm,
          titles,
          orgs,
          'official/title-name',
        ),
      );
      at += nm.length;
      // A list of names under one title: 、, and 和/及 before the last (王芳、李明和张华).
      if (!/[、和及]/u.test(text[at] ?? '')) break;
      nm = readNameAt(text, at + 1);
      at += 1;
    }
  }
  // Pass 2: name + title (尹弘书记, 任振鹤省长, 张主任).
  for (const hit of hits) {
    if (used.has(hit.end)) continue;
    const word = text.slice(hit.start, hit.end);
    // Partial: the first part of a transliterated name of the text + title (艾尔肯副主席), even
    // where that part is also shaped like a Han name (艾 is a surname).
    const part = readNamePartBefore(text, hit.start, {
      known: new Set(out.filter((o) => !o.partial).map((o) => o.name)),
    });
    const name = readNameBefore(text, hit.start, { known, titleAfter: true });
    // 了解家庭医生, 培养乡村医生: before a profession's word, a new name needs a phrase boundary.
    const professionInText =
      PROFESSIONAL_TITLES.has(word) && name && !known.has(name) && isHan(text[hit.start - name.length - 1]);
    if (name && name !== part && !PLACEHOLDER_PATTERN.test(name) && !professionInText) {
      out.push(
        official(
          doc,
          hit.start - name.length,
          hit.end,
          name,
          [word],
          [impliedOrg(doc, word) ?? memberBody(institutions, word)],
          'official/name-title',
        ),
      );
      continue;
    }
    if (part) {
      const at = hit.start - part.length;
      const m = official(doc, at, hit.end, part, [word], [impliedOrg(doc, word)], 'official/partial-transliterated');
      m.partial = true;
      out.push(m);
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
  // Pass 3: appointments and removals (任命X同志为A、B, 免去X同志A职务), the posts after the name.
  for (const a of appointments(text, hits)) {
    if (out.some((o) => o.span.start === a.start && !o.partial)) continue;
    const titles = a.titles.map((t) => text.slice(t.start, t.end));
    const orgs = a.titles.map((span) =>
      orgOfTitle({ doc, institutions, span, title: text.slice(span.start, span.end) }),
    );
    known.add(a.name);
    out.push(official(doc, a.start, a.end, a.name, titles, orgs, 'official/appointment'));
  }
  // Pass 3b: a name with its title in brackets (解读人:黎晓红(科长)).
  for (const b of bracketedTitles(text, hits, { known })) {
    if (out.some((o) => o.span.start === b.start && !o.partial)) continue;
    const title = text.slice(b.title.start, b.title.end);
    known.add(b.name);
    const org = orgOfTitle({ doc, institutions, span: b.title, title });
    out.push(official(doc, b.start, b.end, b.name, [title], [org], 'official/name-bracket'));
  }
  // Pass 3c: a congress deputy written name + 代表 (马永红代表认为).
  for (const d of deputies(text, institutions, { known })) {
    if (out.some((o) => o.span.start === d.start && !o.partial)) continue;
    known.add(d.name);
    out.push(official(doc, d.start, d.end, d.name, ['代表'], [d.org], 'official/name-deputy'));
  }
  // Pass 4: full name + 同志 (李明同志), a named person without a title.
  for (let at = text.indexOf('同志'); at >= 0; at = text.indexOf('同志', at + 2)) {
    if (out.some((o) => o.span.end === at)) continue;
    const name = readNameBefore(text, at, { known });
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    out.push(official(doc, at - name.length, at + 2, name, [], [], 'official/name-comrade'));
  }
  // Pass 5: a name heading a counted group of persons (、王文东等300名个人受到表扬).
  for (const m of text.matchAll(NAME_HEADS_GROUP)) {
    const at = m.index ?? 0;
    if (out.some((o) => o.span.end === at)) continue;
    const name = readNameBefore(text, at, { known });
    if (!name || PLACEHOLDER_PATTERN.test(name)) continue;
    out.push(official(doc, at - name.length, at, name, [], [], 'official/name-group'));
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
    const post = hospitalPost(m.titles) ?? m.titles[0] ?? '';
    // A clinical department's post (急诊科主任) is a hospital's, whatever body the sentence names.
    const department = isDepartmentPost(post)
      ? hospitalOfPost({ doc, institutions, at: m.span.start, title: post })
      : undefined;
    if (department) {
      m.org = department;
      continue;
    }
    const fits = bodyFits(word);
    const before = institutions.filter(
      (i) => i.span.end <= m.span.start && i.span.start >= sentenceStart && (fits(i.name) || fits(i.alias)),
    );
    const party = /书记/u.test(word) ? before.filter((i) => i.type === 'party') : [];
    const nearest = (party.length ? party : before).at(-1);
    const org =
      nearest?.name ??
      (lastOrg && fits(lastOrg) ? lastOrg : undefined) ??
      hospitalOfPost({ doc, institutions, at: m.span.start, title: post }) ??
      nearestOfKind(institutions, m.span.start, word)?.name;
    if (org) m.org = org;
  }
  yield* out;
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
  // The first title that names a body gives the org: a team's title (援疆医疗队领队) names none,
  // and the post written after it (州人民医院党委副书记) does.
  const first = orgs.find((o): o is string => Boolean(o));
  if (first) m.org = first;
  const others = orgs.filter((o): o is string => Boolean(o) && o !== first);
  if (others.length) m.otherOrgs = others;
  return m;
}
