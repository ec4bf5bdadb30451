export { collectEntities, type LinkEntity, type LinkKind, type LinkSource } from './entities.js';
export { type CsvColumnMapping, type CsvMapping, type CsvRowError, importCsv, parseCsv } from './import-csv.js';
export { formatOfPath, type ImportFormat, type ImportRdfOptions, importRdf } from './import-rdf.js';
export {
  DEFAULT_MIN_SCORE,
  LINK_PREDICATES,
  type LinkCandidate,
  type LinksetOptions,
  linksetQuads,
  normalizeLabel,
  proposeLinks,
  scorePair,
} from './match.js';
export { readReviewCsv, writeReviewCsv } from './review.js';
