import type { InstitutionMention, OfficialMention } from '../extract/index.js';

/** One person in one document, with every surface form and title seen. */
export interface DocOfficial {
  name: string;
  titles: string[];
  org?: string;
  otherOrgs: string[];
  /** Other surface forms (尹弘书记, 郭力主任, 张主任 when linked). */
  mentions: string[];
  mentionsOf: OfficialMention[];
}

/** A partial mention (张主任) that no full name in the document supports. */
export interface DocPartialOfficial {
  surface: string;
  name: string;
  titles: string[];
}

/** One body in one document: canonical name and the aliases written. */
export interface DocInstitution {
  name: string;
  aliases: string[];
  type: InstitutionMention['type'];
  mentionsOf: InstitutionMention[];
}

/** A title already covered by a longer one (书记 by 省委书记) is not listed again. */
function addTitle(titles: string[], title: string): void {
  if (titles.some((t) => t.includes(title))) return;
  for (let i = titles.length - 1; i >= 0; i--) if (title.includes(titles[i] ?? '')) titles.splice(i, 1);
  titles.push(title);
}

/**
 * In-document coreference of officials: every mention of a full name becomes
 * one person (titles merged, short forms such as 尹弘书记 kept as mentions); a
 * surname + title (张主任) links to the one full name with that surname that
 * holds a matching title, and is otherwise kept apart as a partial official.
 *
 * @example linkOfficials(mentions).officials.map((o) => o.name)
 */
export function linkOfficials(mentions: Iterable<OfficialMention>): {
  officials: DocOfficial[];
  partials: DocPartialOfficial[];
} {
  const byName = new Map<string, DocOfficial>();
  const partialMentions: OfficialMention[] = [];
  for (const m of mentions) {
    if (m.partial) {
      partialMentions.push(m);
      continue;
    }
    let o = byName.get(m.name);
    if (!o) {
      o = { name: m.name, titles: [], otherOrgs: [], mentions: [], mentionsOf: [] };
      byName.set(m.name, o);
    }
    o.mentionsOf.push(m);
    const shortForm = m.rule === 'official/name-title';
    if (shortForm) {
      if (!o.mentions.includes(m.text)) o.mentions.push(m.text);
      if (!o.org && m.org) o.org = m.org;
      continue;
    }
    for (const t of m.titles) addTitle(o.titles, t);
    if (!o.org && m.org) o.org = m.org;
    for (const x of m.otherOrgs ?? []) if (x !== o.org && !o.otherOrgs.includes(x)) o.otherOrgs.push(x);
  }
  // Short forms seen before the full title (尹弘书记 only): their title is the title.
  for (const o of byName.values()) {
    if (o.titles.length === 0) for (const m of o.mentionsOf) for (const t of m.titles) addTitle(o.titles, t);
  }
  const partials: DocPartialOfficial[] = [];
  for (const m of partialMentions) {
    const title = m.titles[0] ?? '';
    const candidates = [...byName.values()].filter(
      (o) => o.name.startsWith(m.name) && (title === '' || o.titles.some((t) => t.endsWith(title))),
    );
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (target) {
      if (!target.mentions.includes(m.text)) target.mentions.push(m.text);
      target.mentionsOf.push(m);
      continue;
    }
    if (!partials.some((p) => p.surface === m.text)) partials.push({ surface: m.text, name: m.name, titles: m.titles });
  }
  return { officials: [...byName.values()], partials };
}

/**
 * In-document coreference of institutions: mentions with one canonical name
 * (市卫健委 = 市卫生健康委 = 吕梁市卫生健康委员会) become one body whose aliases
 * are the surface forms written.
 */
export function linkInstitutions(mentions: Iterable<InstitutionMention>): DocInstitution[] {
  const byName = new Map<string, DocInstitution>();
  for (const m of mentions) {
    let inst = byName.get(m.name);
    if (!inst) {
      inst = { name: m.name, aliases: [], type: m.type, mentionsOf: [] };
      byName.set(m.name, inst);
    }
    inst.mentionsOf.push(m);
    if (m.alias && m.alias !== m.name && !inst.aliases.includes(m.alias)) inst.aliases.push(m.alias);
  }
  return [...byName.values()];
}
