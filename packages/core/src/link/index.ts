export type { LinkTextOptions } from './cross-doc.js';
export { linkText, officialScope, roleOf, textKeyOf } from './cross-doc.js';
export { institutionKey, nationalBody } from './institutions.js';
export { provinceOf, resolvePlace, within } from './places.js';
export type {
  LinkedInstitution,
  LinkedMeeting,
  LinkedOfficial,
  LinkedPost,
  LinkedText,
  Scope,
} from './types.js';
export type { DocInstitution, DocOfficial, DocPartialOfficial } from './within-doc.js';
export { linkInstitutions, linkOfficials } from './within-doc.js';
