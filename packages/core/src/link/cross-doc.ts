import type { Place } from '@policy-kg/ontology';
import type {
  IndicatorMention,
  InstitutionMention,
  MeetingMention,
  Mention,
  OfficialMention,
  PolicyMention,
  SloganMention,
  StatementMention,
} from '../extract/index.js';
import { extractMentions } from '../extract/index.js';
import { type Doc, textDate } from '../segment/index.js';
import { InstitutionIndex } from './institutions.js';
import { placeFromCode, provinceOf, resolvePlace } from './places.js';
import type { LinkedInstitution, LinkedMeeting, LinkedOfficial, LinkedPost, LinkedText, Scope } from './types.js';
import { linkOfficials } from './within-doc.js';

/** Options of {@link linkText}. */
export interface LinkTextOptions {
  /** Mentions already extracted from `doc` (default: run every extractor). */
  mentions?: Iterable<Mention>;
}

/**
 * Offices that exist only at the national level (a genre convention: 总书记
 * is always the Party's General Secretary). Their holders are scoped
 * nationally even when the text names no body.
 */
const NATIONAL_OFFICE =
  /^(?:中共中央)?(?:总书记|国家主席|国务院总理|总理|国务院副总理|副总理|国务委员|中央政治局常委|全国人大常委会委员长|全国政协主席|中央军委主席)$/u;

/** Key of a text: the first 32 hex digits of its file's SHA-256, then its index in the file. */
export const textKeyOf = (doc: Doc): string => `${doc.source.sha256.slice(0, 32)}-${doc.index}`;

/**
 * The place a text speaks for: the ingested jurisdiction when it has a code;
 * otherwise the place its expanded short names (省卫生健康委 → 甘肃省…) agree on.
 */
function textPlace(doc: Doc, institutions: readonly InstitutionMention[]): Place | undefined {
  const own = placeFromCode(doc.meta.jurisdiction?.code) ?? resolvePlace(doc.meta.jurisdiction?.name);
  if (own) return own;
  const votes = new Map<string, number>();
  for (const m of institutions) {
    if (m.rule !== 'institution/level-short' || !m.jurisdiction) continue;
    const place = resolvePlace(m.jurisdiction);
    if (place) votes.set(place.code, (votes.get(place.code) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? placeFromCode(best[0]) : undefined;
}

/**
 * Where an official is identified (STYLE: never by name alone). A body's place
 * decides: a province for provincial bodies, the prefecture for city and
 * county bodies (two 张伟 in two cities of one province stay two people);
 * national bodies share one national scope; a proper-named body without a
 * place (a hospital) scopes by that body; with no institution at all, the
 * text's own place, and failing that the text itself.
 */
export function officialScope(
  orgs: readonly LinkedInstitution[],
  textPlaceOf: Place | undefined,
  textScope: string,
): Scope {
  const placed = orgs.map((o) => o.place).filter((p): p is Place => p !== undefined);
  if (placed.length > 0) {
    const scopes = placed.map((p) => scopePlace(p).code).sort();
    return `place:${scopes[0]}`;
  }
  if (orgs.some((o) => o.nationalBody)) return 'national';
  const named = orgs
    .filter((o) => o.key.startsWith('name:'))
    .map((o) => o.key)
    .sort();
  if (named[0]) return `inst:${named[0]}`;
  if (textPlaceOf && orgs.length === 0) return `place:${scopePlace(textPlaceOf).code}`;
  return textScope;
}

function scopePlace(p: Place): Place {
  if (p.level === 'county') {
    // A county's officials are scoped by its prefecture (or province for counties directly under it).
    const province = provinceOf(p);
    return p.parent && p.parent !== province.code ? (placeFromCode(p.parent) ?? p) : p;
  }
  return p;
}

/**
 * The role part of a title: the title without the institution's name or alias
 * (省卫生健康委主任 → 主任). A head title shares its last character with the body
 * it heads (卫生部长 = 卫生部 + 部长, 甘肃省长, 公安局长), so a bare 长 takes it back.
 *
 * @example roleOf('卫生部长', { name: '卫生部', aliases: [] }) // '部长'
 */
export function roleOf(title: string, inst: Pick<LinkedInstitution, 'name' | 'aliases'> | undefined): string {
  if (!inst) return title;
  const names = [inst.name, ...inst.aliases].sort((a, b) => b.length - a.length);
  for (const n of names) {
    if (!n || !title.startsWith(n) || title.length <= n.length) continue;
    const rest = title.slice(n.length);
    return rest === '长' ? `${n.slice(-1)}长` : rest;
  }
  return title;
}

const byKind = <K extends Mention['kind']>(mentions: readonly Mention[], kind: K) =>
  mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);

/**
 * Resolve the mentions of one text to cross-document identities. Officials get
 * the key name + scope ({@link officialScope}), so the same person with a new
 * title in another text of the same province gets the same key (one person,
 * two posts) and the same name in another province a different one.
 * Institutions resolve to the national-bodies lexicon or their canonical
 * name, places to the gazetteer.
 *
 * @example const linked = linkText(doc); linked.officials[0]?.key;
 */
export function linkText(doc: Doc, options: LinkTextOptions = {}): LinkedText {
  const mentions = [...(options.mentions ?? extractMentions(doc))];
  const textKey = textKeyOf(doc);
  const textScope = `doc:${textKey}`;
  const institutionMentions = byKind(mentions, 'institution');
  const place = textPlace(doc, institutionMentions);
  const institutions = new InstitutionIndex(textScope, place);
  for (const m of institutionMentions) institutions.add(m.name, m);

  const { officials: docOfficials, partials } = linkOfficials(byKind(mentions, 'official'));
  for (const o of docOfficials) for (const m of o.mentionsOf) for (const org of orgsOf(m)) institutions.add(org);
  const meetingMentions = byKind(mentions, 'meeting');
  for (const m of meetingMentions) if (m.organizer) institutions.add(m.organizer);
  institutions.settlePlaces();

  const officials: LinkedOfficial[] = docOfficials.map((o) => {
    const posts: LinkedPost[] = [];
    const looseTitles: string[] = [];
    for (const m of o.mentionsOf) {
      if (m.partial || m.rule === 'official/name-title') continue;
      const orgs = orgsOf(m);
      m.titles.forEach((title, i) => {
        const orgName = i === 0 ? m.org : (m.otherOrgs?.[i - 1] ?? (orgs.length === 1 ? m.org : undefined));
        const inst = orgName ? institutions.byName.get(orgName) : undefined;
        if (!inst) {
          if (!looseTitles.includes(title)) looseTitles.push(title);
          return;
        }
        if (!posts.some((p) => p.institution === inst && p.title === title)) {
          posts.push({ institution: inst, title, role: roleOf(title, inst), mention: m });
        }
      });
    }
    // A short form (尹弘书记) alone still names the person's body when the extractor resolved it.
    if (posts.length === 0) {
      for (const m of o.mentionsOf) {
        const inst = m.org ? institutions.byName.get(m.org) : undefined;
        const title = m.titles[0];
        if (inst && title && !posts.some((p) => p.institution === inst)) {
          posts.push({ institution: inst, title, role: roleOf(title, inst), mention: m });
        }
      }
    }
    // Titles written after the name (习近平总书记) count as titles too.
    for (const m of o.mentionsOf) {
      if (m.rule !== 'official/name-title') continue;
      for (const t of m.titles) if (!looseTitles.includes(t) && !posts.some((p) => p.title === t)) looseTitles.push(t);
    }
    // A national office (总书记, 国务院总理) is held in no local body, whatever the text put next to it.
    const national = [...looseTitles, ...posts.map((p) => p.title)].some((t) => NATIONAL_OFFICE.test(t));
    if (national) {
      for (let i = posts.length - 1; i >= 0; i--) {
        const post = posts[i];
        if (post && !post.institution.nationalBody) {
          if (!looseTitles.includes(post.title)) looseTitles.push(post.title);
          posts.splice(i, 1);
        }
      }
    }
    const orgs = [...new Set(posts.map((p) => p.institution))];
    const scope = national && orgs.length === 0 ? 'national' : officialScope(orgs, place, textScope);
    const alternates = new Set(orgs.map((org) => officialScope([org], place, textScope)));
    alternates.delete(scope);
    return {
      key: `${o.name}|${scope}`,
      name: o.name,
      scope,
      alternateKeys: [...alternates]
        .filter((s) => !s.startsWith('doc:'))
        .sort()
        .map((s) => `${o.name}|${s}`),
      looseTitles: looseTitles.filter((t) => !posts.some((p) => p.title === t)),
      posts,
      aliases: o.mentions.filter((s) => s !== o.name),
      mentions: o.mentionsOf,
    };
  });
  const partialMentions = partials.flatMap((p) =>
    byKind(mentions, 'official').filter((m) => m.partial && m.text === p.surface),
  );
  // A partial speaker (张主任指出) is still a person: one per surface, scoped to this text.
  for (const p of partials) {
    if (officials.some((o) => o.name === p.surface)) continue;
    officials.push({
      key: `${p.surface}|${textScope}`,
      name: p.surface,
      scope: textScope,
      alternateKeys: [],
      looseTitles: [...p.titles],
      posts: [],
      aliases: [],
      mentions: partialMentions.filter((m) => m.text === p.surface),
      partial: true,
    });
  }
  const officialByName = new Map(officials.map((o) => [o.name, o]));

  const meetings: LinkedMeeting[] = [];
  const meetingByName = new Map<string, LinkedMeeting>();
  for (const m of meetingMentions) {
    if (meetingByName.has(m.name)) continue;
    const meeting = linkMeeting(m, { place, textScope, institutions });
    meetings.push(meeting);
    meetingByName.set(m.name, meeting);
  }

  const date = textDate(doc.meta);
  return {
    doc,
    textKey,
    // A collection page's date is not its speeches' (textDate): their unknown dates stay unknown.
    ...(date ? { date } : {}),
    ...(place ? { place } : {}),
    mentions,
    officials,
    partials: partialMentions,
    institutions: [...institutions.byName.values()],
    meetings,
    policies: byKind(mentions, 'policy') as PolicyMention[],
    slogans: byKind(mentions, 'slogan') as SloganMention[],
    indicators: byKind(mentions, 'indicator') as IndicatorMention[],
    statements: byKind(mentions, 'statement') as StatementMention[],
    officialByName,
    institutionByName: institutions.byName,
    meetingByName,
  };
}

function orgsOf(m: OfficialMention): string[] {
  return [m.org, ...(m.otherOrgs ?? [])].filter((x): x is string => Boolean(x));
}

/**
 * A meeting is the same across texts when its name, date and place agree
 * (全国… meetings are national); a meeting without a date stays in its text.
 */
function linkMeeting(
  m: MeetingMention,
  ctx: { place: Place | undefined; textScope: string; institutions: InstitutionIndex },
): LinkedMeeting {
  const place = resolvePlace(m.location, ctx.place) ?? ctx.place;
  const scope = /^(\d{4}年)?全国/u.test(m.name)
    ? 'national'
    : place
      ? `place:${provinceOf(place).code}`
      : ctx.textScope;
  const key = m.date ? `${m.name}|${m.date}|${scope}` : `${m.name}|${ctx.textScope}`;
  const meeting: LinkedMeeting = { key, name: m.name, mention: m };
  const located = resolvePlace(m.location, ctx.place);
  if (located) meeting.place = located;
  if (m.organizer) {
    const org = ctx.institutions.byName.get(m.organizer);
    if (org) meeting.organizer = org;
  }
  return meeting;
}
