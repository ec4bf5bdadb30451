export type { DocInstitution, DocOfficial, DocPartialOfficial } from './within-doc.js';
export { linkInstitutions, linkOfficials } from './within-doc.js';
