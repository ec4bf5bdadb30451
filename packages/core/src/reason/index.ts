export { LEVEL_RANK, nameOf, type Setting, SettingResolver } from './context.js';
export {
  DERIVED_GRAPH,
  type DerivedFacts,
  type DeriveOptions,
  derivedQuads,
  deriveFacts,
  INFERENCE_ACTIVITY,
} from './derive.js';
export { conceptsLabelled, type DiffusionOptions, type DiffusionRecord, diffusionOf, diffusions } from './diffusion.js';
export { type GramBag, similarPairs } from './echo-candidates.js';
export { DEFAULT_ECHO_SIMILARITY, type EchoOptions, type EchoRecord, type EchoSide, echoes } from './echoes.js';
export { type IndicatorComparisonRecord, indicatorComparisons, metricKey, type ObservationSide } from './indicators.js';
export { daysBetween, type TripleSource } from './read.js';
export { type Axioms, axiomsFrom, type EntailOptions, entail, INFERRED_GRAPH, ontologyAxioms } from './rules.js';
export { bigrams, clauses, dice, diceOf, foldForSimilarity, phraseRuns, phrasesOf } from './similarity.js';
export { type TenureRecord, tenures } from './tenures.js';
