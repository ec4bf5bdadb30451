import type { NationalBody, Place } from '@policy-kg/ontology';
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
import type { Doc } from '../segment/index.js';

/**
 * How an entity is scoped across documents. `national` and `place:<code>`
 * scopes are shared by every document; `doc:<key>` keeps an entity inside
 * the one text that names it (no evidence to link it elsewhere).
 */
export type Scope = string;

/** One institution as seen in one text, with its cross-document identity. */
export interface LinkedInstitution {
  /** Identity key: `national:<lexicon id>`, `name:<canonical name>` or `<doc scope>:<name>`. */
  key: string;
  name: string;
  aliases: string[];
  /** Local name of a `kg:InstitutionType` individual (`GovernmentOrgan`). */
  type: string;
  nationalBody?: NationalBody;
  place?: Place;
  /** Key of the parent body where stated. */
  parentKey?: string;
  mentions: InstitutionMention[];
}

/** One post held: a title as written in an institution. */
export interface LinkedPost {
  institution: LinkedInstitution;
  /** Title as written (`省卫生健康委主任`). */
  title: string;
  /** The title without the institution's name (`主任`). */
  role: string;
  mention: OfficialMention;
}

/** One person as seen in one text, with the cross-document identity key. */
export interface LinkedOfficial {
  /** Identity key: name + scope (`郭玉芬|place:620000`). */
  key: string;
  name: string;
  scope: Scope;
  /**
   * Keys of the same person under the other scopes this text shows them in
   * (posts in two provinces, or a national and a provincial post): evidence
   * that links identities other texts key separately (`skos:exactMatch`).
   */
  alternateKeys: string[];
  /** Titles with no institution (kept as job titles). */
  looseTitles: string[];
  posts: LinkedPost[];
  /** Surface forms other than the full name (尹弘书记). */
  aliases: string[];
  mentions: OfficialMention[];
  /**
   * Known only by a surname and title (张主任) that no full name in the text
   * supports: `name` is the surface and the identity never leaves the text.
   */
  partial?: boolean;
}

/** One meeting as seen in one text. */
export interface LinkedMeeting {
  key: string;
  name: string;
  mention: MeetingMention;
  place?: Place;
  organizer?: LinkedInstitution;
}

/** Everything extracted from one text, with entities resolved to cross-document keys. */
export interface LinkedText {
  doc: Doc;
  /** Key of the text: `<document key>-<index>`. */
  textKey: string;
  /** Date of the text (event date, else publication date), possibly partial. */
  date?: string;
  /** The place the text speaks for, when known. */
  place?: Place;
  mentions: Mention[];
  officials: LinkedOfficial[];
  /** Partial mentions (张主任) with no full name in the text (also in `officials`, marked `partial`). */
  partials: OfficialMention[];
  institutions: LinkedInstitution[];
  meetings: LinkedMeeting[];
  policies: PolicyMention[];
  slogans: SloganMention[];
  indicators: IndicatorMention[];
  statements: StatementMention[];
  /** Lookup by canonical name (officials by full name, institutions by canonical name, meetings by name). */
  officialByName: Map<string, LinkedOfficial>;
  institutionByName: Map<string, LinkedInstitution>;
  meetingByName: Map<string, LinkedMeeting>;
}
