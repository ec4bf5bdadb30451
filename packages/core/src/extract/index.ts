export { extractIndicators } from './indicator.js';
export { extractInstitutions } from './institution.js';
export { extractMeetings } from './meeting.js';
export { extractOfficials } from './official.js';
export { resolveOverlaps } from './overlap.js';
export { extractPolicies } from './policy.js';
export { EXTRACTORS, extractMentions } from './run.js';
export { extractSlogans } from './slogan.js';
export { extractStatements } from './statement.js';
export type { TestDocOptions } from './test-doc.js';
export { makeTestDoc } from './test-doc.js';
export type {
  Extractor,
  IndicatorChange,
  IndicatorMention,
  InstitutionMention,
  InstitutionType,
  MeetingMention,
  Mention,
  MentionBase,
  MentionKind,
  OfficialMention,
  PolicyKind,
  PolicyMention,
  SloganMention,
  StatementMention,
} from './types.js';
