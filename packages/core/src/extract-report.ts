import type {
  IndicatorChange,
  IndicatorMention,
  InstitutionMention,
  MeetingMention,
  Mention,
  OfficialMention,
  PolicyMention,
  SloganMention,
  StatementMention,
} from './extract/index.js';
import { extractMentions } from './extract/index.js';
import { linkInstitutions, linkOfficials } from './link/index.js';
import type { Doc } from './segment/index.js';

/** One official in a report (../shared/eval/SCHEMA.md). */
export interface ReportOfficial {
  name: string;
  titles: string[];
  org: string | null;
  other_orgs?: string[];
  mentions?: string[];
}

/** The extraction report of one file, in the schema of ../shared/eval/SCHEMA.md. */
export interface ExtractionReport {
  doc: string;
  officials: ReportOfficial[];
  partial_officials: Array<{ name: string; titles: string[] }>;
  institutions: Array<{ name: string; aliases: string[]; type: string }>;
  policies: Array<{ name: string; kind: string; ambiguous?: boolean }>;
  slogans: Array<{ text: string; numbered: boolean; ambiguous?: boolean }>;
  indicators: Array<{
    metric: string;
    value: number;
    value_min?: number;
    unit: string;
    period: string | null;
    place?: string;
    change: IndicatorChange | null;
    target?: boolean;
    approx?: boolean;
    source_text: string;
  }>;
  meetings: Array<{
    name: string;
    date: string | null;
    date_end?: string;
    location: string | null;
    organizer?: string;
    chair: string | null;
    reporters: string[];
    speakers: string[];
    format?: string;
  }>;
  statements: Array<{
    speaker: string;
    verb: string;
    date: string | null;
    meeting: string | null;
    text: string | null;
  }>;
}

const squash = (s: string): string => s.replace(/\s+/gu, '');

/**
 * Build the extraction report of one file from its texts (a collection such as
 * a page of speeches is several `Doc`s; their findings are merged: one entry
 * per official, institution, policy and slogan; meetings, indicators and
 * statements listed per text).
 *
 * @example
 * const docs = ingestText(text, { name: '000.txt' });
 * const report = buildExtractionReport(docs);
 * report.officials[0]?.name;
 */
export function buildExtractionReport(docs: readonly Doc[]): ExtractionReport {
  const report: ExtractionReport = {
    doc: docs[0]?.source.name ?? '',
    officials: [],
    partial_officials: [],
    institutions: [],
    policies: [],
    slogans: [],
    indicators: [],
    meetings: [],
    statements: [],
  };
  const officials = new Map<string, ReportOfficial>();
  const institutions = new Map<string, ExtractionReport['institutions'][number]>();
  const policies = new Map<string, ExtractionReport['policies'][number]>();
  const slogans = new Map<string, ExtractionReport['slogans'][number]>();
  for (const doc of docs) {
    const mentions = [...extractMentions(doc)];
    const of = <K extends Mention['kind']>(kind: K) =>
      mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
    const linked = linkOfficials(of('official') as OfficialMention[]);
    for (const o of linked.officials) {
      const prev = officials.get(o.name);
      if (prev) {
        for (const t of o.titles) if (!prev.titles.includes(t)) prev.titles.push(t);
        continue;
      }
      const r: ReportOfficial = { name: o.name, titles: o.titles, org: o.org ?? null };
      if (o.otherOrgs.length) r.other_orgs = o.otherOrgs;
      if (o.mentions.length) r.mentions = o.mentions;
      officials.set(o.name, r);
    }
    for (const p of linked.partials) {
      if (!report.partial_officials.some((x) => x.name === p.surface)) {
        report.partial_officials.push({ name: p.surface, titles: p.titles });
      }
    }
    for (const i of linkInstitutions(of('institution') as InstitutionMention[])) {
      const prev = institutions.get(i.name);
      if (prev) {
        for (const a of i.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      } else institutions.set(i.name, { name: i.name, aliases: i.aliases.map(squash), type: i.type });
    }
    for (const p of of('policy') as PolicyMention[]) {
      const name = squash(p.name);
      if (!policies.has(name)) {
        const r: ExtractionReport['policies'][number] = { name, kind: p.policyKind };
        if (p.ambiguous) r.ambiguous = true;
        policies.set(name, r);
      }
    }
    for (const s of of('slogan') as SloganMention[]) {
      const text = squash(s.text);
      if (!slogans.has(text) && !policies.has(text)) {
        const r: ExtractionReport['slogans'][number] = { text, numbered: s.numbered };
        if (s.ambiguous) r.ambiguous = true;
        slogans.set(text, r);
      }
    }
    for (const i of of('indicator') as IndicatorMention[]) report.indicators.push(indicatorRow(i));
    const statements = of('statement') as StatementMention[];
    for (const m of of('meeting') as MeetingMention[]) report.meetings.push(meetingRow(doc, m, statements));
    for (const s of statements) {
      report.statements.push({
        speaker: s.speaker,
        verb: s.verb,
        date: s.date ?? null,
        meeting: s.meeting ?? null,
        text: s.contentText !== undefined ? squash(s.contentText) : null,
      });
    }
  }
  report.officials = [...officials.values()];
  report.institutions = [...institutions.values()];
  report.policies = [...policies.values()];
  report.slogans = [...slogans.values()];
  return report;
}

function indicatorRow(i: IndicatorMention): ExtractionReport['indicators'][number] {
  const row: ExtractionReport['indicators'][number] = {
    metric: squash(i.metric),
    value: i.value,
    unit: i.unit,
    period: i.period ?? null,
    change: i.change ?? null,
    source_text: squash(i.sourceText),
  };
  if (i.valueMin !== undefined) row.value_min = i.valueMin;
  if (i.place) row.place = i.place;
  if (i.target) row.target = true;
  if (i.approx) row.approx = true;
  return row;
}

function meetingRow(
  doc: Doc,
  m: MeetingMention,
  statements: readonly StatementMention[],
): ExtractionReport['meetings'][number] {
  const at = statements.filter((s) => s.meeting === m.name);
  const chair = at.find((s) => s.verb === '主持')?.speaker ?? m.chair ?? null;
  const reporters = [...new Set(at.filter((s) => /报告$/u.test(s.verb)).map((s) => s.speaker))];
  const speakers = [...new Set(at.map((s) => s.speaker).filter((s) => s !== '会议'))];
  const row: ExtractionReport['meetings'][number] = {
    name: squash(m.name),
    date: m.date ?? null,
    location: m.location ?? null,
    chair,
    reporters,
    speakers,
  };
  if (m.dateEnd) row.date_end = m.dateEnd;
  if (m.organizer) row.organizer = m.organizer;
  const format = m.format ?? (at.length && /会议以(视频|电视电话)/u.test(doc.text) ? 'video' : undefined);
  if (format) row.format = format;
  return row;
}
