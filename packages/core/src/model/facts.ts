import {
  DCTERMS,
  KG,
  KG_RESOURCES,
  PROV,
  QB,
  RDF,
  SCHEMA,
  SDMX_ATTRIBUTE,
  SDMX_DIMENSION,
  SKOS,
} from '@policy-kg/ontology';
import type { NamedNode, Quad_Object } from '@rdfjs/types';
import type {
  IndicatorMention,
  MeetingMention,
  PolicyMention,
  SloganMention,
  StatementMention,
} from '../extract/index.js';
import { type LinkedMeeting, resolvePlace } from '../link/index.js';
import { mint } from './iris.js';
import { institutionIri, officialIri } from './people.js';
import { placeQuads } from './places.js';
import { bool, dateLiteral, decimal, iri, posInt, str, zh } from './rdf.js';
import type { TextContext } from './text-context.js';

const squash = (s: string): string => s.replace(/\s+/gu, '');

/**
 * A named policy as a SKOS concept in the policy scheme, with a mention. The
 * kind is part of its identity: 《X工作计划》 (a document) and X工作计划 read as
 * a plan are two concepts, because `kg:policyKind` is single-valued and a
 * document graph must not depend on what other documents say.
 */
export function policyQuads(ctx: TextContext, m: PolicyMention): NamedNode {
  const name = squash(m.name);
  const node = iri(mint.policy(name, m.policyKind));
  ctx.sink.add(node, RDF.type, iri(KG.Policy));
  ctx.sink.add(node, SKOS.inScheme, iri(KG_RESOURCES.policyScheme));
  ctx.sink.add(node, SKOS.prefLabel, zh(name));
  ctx.sink.add(node, KG.policyKind, str(m.policyKind));
  ctx.mention(m, node);
  return node;
}

const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** The count of a numbered formula (两个确立 → 2, 四个意识 → 4), when it opens with one numeral and 个/大/项. */
export function formulaCount(text: string): number | undefined {
  const match = /^([一两二三四五六七八九十])[个大项条]/u.exec(text);
  return match?.[1] ? NUMERALS[match[1]] : undefined;
}

/** A slogan as a SKOS concept in the slogan scheme, with a mention. */
export function sloganQuads(ctx: TextContext, m: SloganMention): NamedNode {
  const text = squash(m.text);
  const node = iri(mint.slogan(text));
  ctx.sink.add(node, RDF.type, iri(KG.Slogan));
  ctx.sink.add(node, SKOS.inScheme, iri(KG_RESOURCES.sloganScheme));
  ctx.sink.add(node, SKOS.prefLabel, zh(text));
  const count = m.numbered ? formulaCount(text) : undefined;
  if (count) ctx.sink.add(node, KG.formulaCount, posInt(count));
  ctx.mention(m, node);
  return node;
}

/**
 * One quantitative fact as a Data Cube observation: value (lower end of a
 * range, upper end in `kg:upperValue`), unit, period, place (stated, else the
 * text's own place), change, target vs achieved, lower bounds.
 */
export function indicatorQuads(ctx: TextContext, m: IndicatorMention): NamedNode | undefined {
  const { sink, text } = ctx;
  const metric = squash(m.metric) || m.text;
  const node = iri(mint.observation(text.textKey, m.span.start, m.span.end, metric));
  const mention = ctx.mention(m, node);
  if (!mention) return undefined;
  sink.add(node, RDF.type, iri(KG.IndicatorObservation));
  sink.add(node, QB.dataSet, iri(KG_RESOURCES.indicatorDataSet));
  sink.add(node, KG.metric, str(metric));
  sink.add(node, KG.value, decimal(m.valueMin ?? m.value));
  if (m.valueMin !== undefined) sink.add(node, KG.upperValue, decimal(m.value));
  sink.add(node, KG.valueKind, iri(m.target ? KG.Target : KG.Achieved));
  sink.add(node, KG.valueText, str(m.text));
  if (m.unit) sink.add(node, SDMX_ATTRIBUTE.unitMeasure, str(m.unit));
  const place = resolvePlace(m.place, text.place) ?? (m.place ? undefined : text.place);
  if (place) sink.add(node, SDMX_DIMENSION.refArea, placeQuads(sink, place));
  const period = dateLiteral(m.period);
  if (period) sink.add(node, SDMX_DIMENSION.refPeriod, period);
  else if (m.period) sink.add(node, KG.periodText, str(m.period));
  if (m.approx) sink.add(node, KG.lowerBound, bool(true));
  const change = m.change;
  if (change?.kind === 'yoy') {
    sink.add(node, KG.change, decimal(change.direction === 'down' ? -change.value : change.value));
    sink.add(node, KG.changeUnit, str(change.unit));
    sink.add(node, KG.changeBasis, str('同比'));
  } else if (change?.kind === 'from_to') {
    sink.add(node, KG.previousValue, decimal(change.from));
  } else if (change?.kind === 'increase_vs_base') {
    sink.add(node, KG.change, decimal(change.value));
    sink.add(node, KG.changeUnit, str(change.unit));
    sink.add(node, KG.changeBasis, str('基期'));
  }
  const source = ctx.span(m.sourceSpan);
  if (source) sink.add(node, KG.span, source);
  ctx.provenance(node, m, mention);
  return node;
}

const FORMATS: Readonly<Record<NonNullable<MeetingMention['format']>, string>> = {
  video: KG.VideoConference,
  onsite: KG.OnSite,
  hybrid: KG.Hybrid,
};

/** A meeting: name, dates, place, organizer, chair, reporters, format. */
export function meetingQuads(ctx: TextContext, meeting: LinkedMeeting): NamedNode {
  const { sink, text } = ctx;
  const m = meeting.mention;
  const node = iri(mint.meeting(meeting.key));
  sink.add(node, RDF.type, iri(KG.Meeting));
  sink.add(node, SCHEMA.name, zh(squash(meeting.name)));
  sink.add(node, SCHEMA.startDate, dateLiteral(m.date));
  sink.add(node, SCHEMA.endDate, dateLiteral(m.dateEnd));
  if (meeting.place) sink.add(node, SCHEMA.location, placeQuads(sink, meeting.place));
  else if (m.location) sink.add(node, SCHEMA.location, zh(m.location));
  if (meeting.organizer) sink.add(node, SCHEMA.organizer, institutionIri(meeting.organizer));
  const person = (name: string | undefined) => {
    const o = name ? text.officialByName.get(name) : undefined;
    return o ? officialIri(o) : undefined;
  };
  sink.add(node, KG.chair, person(m.chair));
  for (const r of m.reporters ?? []) sink.add(node, KG.reporter, person(r));
  if (m.format) sink.add(node, KG.meetingFormat, iri(FORMATS[m.format]));
  sink.add(node, PROV.hadPrimarySource, ctx.docIri);
  ctx.mention(m, node);
  return node;
}

/**
 * One speech act: speaker (an official, an institution, or the meeting for
 * 会议强调), verb, content and its span, date, meeting. Acts without content
 * (主持) carry the clause as their text. Undefined when the speaker cannot be
 * resolved to anything in the text.
 */
export function statementQuads(ctx: TextContext, m: StatementMention): NamedNode | undefined {
  const { sink, text } = ctx;
  const meeting = m.meeting ? text.meetingByName.get(m.meeting) : undefined;
  const meetingNode = meeting ? iri(mint.meeting(meeting.key)) : undefined;
  let speaker: Quad_Object | undefined;
  if (m.speaker === '会议')
    speaker = meetingNode ?? (text.meetings[0] ? iri(mint.meeting(text.meetings[0].key)) : undefined);
  else {
    const official = text.officialByName.get(m.speaker);
    const inst = text.institutionByName.get(m.speaker);
    speaker = official ? officialIri(official) : inst ? institutionIri(inst) : undefined;
  }
  if (!speaker) return undefined;
  const contentSpan = m.content && m.content.end > m.content.start ? m.content : m.span;
  const node = iri(mint.statement(text.textKey, contentSpan.start, contentSpan.end, m.speaker));
  const spanNode = ctx.span(contentSpan);
  if (!spanNode) return undefined;
  sink.add(node, RDF.type, iri(KG.Statement));
  sink.add(node, KG.speaker, speaker);
  sink.add(node, KG.verb, str(m.verb));
  sink.add(node, SCHEMA.text, zh(squash(m.contentText ?? m.text)));
  sink.add(node, DCTERMS.date, dateLiteral(m.date ?? text.date));
  sink.add(node, KG.atMeeting, meetingNode);
  sink.add(node, KG.span, spanNode);
  sink.add(node, SCHEMA.isBasedOn, ctx.docIri);
  const mention = ctx.mention(m, speaker, { extra: `statement:${m.speaker}:${contentSpan.start}` });
  ctx.provenance(node, m, mention);
  return node;
}
