import type { Doc, Span } from '../segment/index.js';

/** The kinds of things extractors find. */
export type MentionKind =
  | 'official'
  | 'institution'
  | 'place'
  | 'policy'
  | 'slogan'
  | 'indicator'
  | 'meeting'
  | 'statement';

/**
 * What every extractor yields: a typed span of `Doc.text` plus the id of the
 * rule that produced it (recorded as PROV in the graph). Kind-specific fields
 * live in the per-kind interfaces that extend this one.
 */
export interface MentionBase<K extends MentionKind = MentionKind> {
  kind: K;
  /** Span in the normalized text of the doc. */
  span: Span;
  /** `doc.text.slice(span.start, span.end)`. */
  text: string;
  /** Id of the rule or component that produced it, e.g. `official/title-name`. */
  rule: string;
}

/** The one contract all extractors share (see STYLE.md). */
export type Extractor<M extends MentionBase = MentionBase> = (doc: Doc) => Iterable<M>;

/** Institution categories used in reports and the graph. */
export type InstitutionType =
  | 'party'
  | 'government'
  | 'legislature'
  | 'hospital'
  | 'cdc'
  | 'university'
  | 'association'
  | 'other';

/** A named person with the titles written next to the name. */
export interface OfficialMention extends MentionBase<'official'> {
  /** Full name, or the partial surface (`张主任` → `张`) when `partial`. */
  name: string;
  /** Title phrases as written (`省卫生健康委主任`, `党组书记`). */
  titles: string[];
  /** Canonical name of the institution of the first title, when known. */
  org?: string;
  /** Canonical institutions of the other titles, in order. */
  otherOrgs?: string[];
  /** A surname or given name plus a title, with no full name in the text. */
  partial: boolean;
}

/** A named body: party, government, hospital, CDC, university, … */
export interface InstitutionMention extends MentionBase<'institution'> {
  /** Canonical full name (`甘肃省卫生健康委员会`). */
  name: string;
  /** The surface form as written (`省卫生健康委`); equals `name` when written in full. */
  alias: string;
  type: InstitutionType;
  /** Place the body belongs to (`甘肃省`), when known. */
  jurisdiction?: string;
  /** Canonical name of the parent body, where stated. */
  parent?: string;
}

/** What kind of policy a name denotes (CONVENTIONS: 战略 strategy, 规划/计划/方案 plan, 工程/项目/试点 program, 行动/活动 campaign, 改革/制度 reform, 《》 document, 条例 law). */
export type PolicyKind = 'strategy' | 'plan' | 'program' | 'campaign' | 'reform' | 'document' | 'law';

/** A named strategy, plan, programme, reform, campaign, law or 《》 document. */
export interface PolicyMention extends MentionBase<'policy'> {
  /** Name without quotation marks or 《》. */
  name: string;
  /** Category (CONVENTIONS: 行动→campaign, 工程→program, 改革→reform, 规划→plan, 《》→document, 条例→law). */
  policyKind: PolicyKind;
  /** Could also be read as a slogan (a quoted numbered formula naming a programme). */
  ambiguous?: boolean;
}

/** A formulaic catchphrase (`两个确立`, `人民至上、生命至上`). */
export interface SloganMention extends MentionBase<'slogan'> {
  /** Text without quotation marks. */
  text: string;
  /** A numbered formula (`四个意识`, `两个维护`). */
  numbered: boolean;
  /** Could also be read as a policy. */
  ambiguous?: boolean;
}

/** Kinds of change reported with a value. */
export type IndicatorChange =
  | { kind: 'yoy'; value: number; unit: string; direction: 'up' | 'down' }
  | { kind: 'from_to'; from: number; to: number; unit: string }
  | { kind: 'increase_vs_base'; value: number; unit: string };

/** One quantitative fact. */
export interface IndicatorMention extends MentionBase<'indicator'> {
  /** What is counted or measured, from the words around the number. */
  metric: string;
  /** The value (upper end of a range; lower bound when `approx`). */
  value: number;
  /** Lower end of a range. */
  valueMin?: number;
  unit: string;
  /** Year or date (`2021`, `2022-03`) or the text's own wording (`近五年`). */
  period?: string;
  place?: string;
  change?: IndicatorChange;
  /** A target (目标/力争/达到…以上 in a plan) rather than an achieved value. */
  target?: boolean;
  /** 多/余/上万/超过: the value is a lower bound. */
  approx?: boolean;
  /** The sentence or clause holding the value. */
  sourceSpan: Span;
  sourceText: string;
}

/** A meeting held or hosted. */
export interface MeetingMention extends MentionBase<'meeting'> {
  name: string;
  /** ISO date, possibly partial. */
  date?: string;
  dateEnd?: string;
  location?: string;
  /** Canonical institution name. */
  organizer?: string;
  /** Name of the person who 主持. */
  chair?: string;
  reporters?: string[];
  speakers?: string[];
  format?: 'video' | 'onsite' | 'hybrid';
  /**
   * Every place the text names this meeting (its title, then the body's 召开X), in order, when
   * mentions were merged; `span` is the first. A statement belongs to the one named nearest before it.
   */
  mentions?: Span[];
}

/** One speech act. */
export interface StatementMention extends MentionBase<'statement'> {
  /** Full name of a person, or `会议` when the meeting is the subject. */
  speaker: string;
  /** Span of the speaker as written (absent for resolved pronouns: then the pronoun's span). */
  speakerSpan?: Span;
  /** Speech verb as written (`指出`, `作工作报告`, `通报和解读`). */
  verb: string;
  date?: string;
  /** Name of the meeting it was made at. */
  meeting?: string;
  /** Content span (absent for acts without content, e.g. 主持). */
  content?: Span;
  contentText?: string;
}

/** Any mention an extractor yields. */
export type Mention =
  | OfficialMention
  | InstitutionMention
  | PolicyMention
  | SloganMention
  | IndicatorMention
  | MeetingMention
  | StatementMention;
