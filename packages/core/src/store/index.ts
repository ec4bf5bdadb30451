export { writeFileAtomic } from './atomic.js';
export { CSV_TABLES, type CsvOptions, type CsvTable, writeCsvTables } from './csv.js';
export { GraphStore } from './graph-store.js';
export { toGexf, toGraphMl } from './graph-xml.js';
export { documentLoader, fromJsonLd, toJsonLd } from './jsonld-io.js';
export { n3Internals, PredicateStatistics, type PredicateStatisticsOptions } from './n3-internals.js';
export {
  emptyManifest,
  type ManifestSource,
  type OpenedStore,
  openStore,
  readManifest,
  type SaveStoreOptions,
  SOURCES_DIR,
  type SourceKind,
  STORE_FORMAT_VERSION,
  type StoreManifest,
  saveStore,
  sourceKind,
  storeSourceFile,
} from './persist.js';
export { parseRdf, type RdfSyntax, writeNQuads, writeTriG, writeTurtle } from './rdf-io.js';
export type { UnionQuadSource } from './union-view.js';
export { type ShaclReport, type ShaclViolation, validateGraph } from './validate.js';
export { type VerifyProblem, type VerifyReport, verifyStore } from './verify.js';
