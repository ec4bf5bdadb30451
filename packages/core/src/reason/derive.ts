import { ID, KG, KG_ID_BASE, ORG, PROV, RDF, XSD } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { hashKey, LIBRARY_VERSION } from '../model/index.js';
import { SettingResolver } from './context.js';
import { type DiffusionRecord, diffusions } from './diffusion.js';
import { type EchoOptions, type EchoRecord, echoes } from './echoes.js';
import { type IndicatorComparisonRecord, indicatorComparisons } from './indicators.js';
import type { TripleSource } from './read.js';
import { type TenureRecord, tenures } from './tenures.js';

const { namedNode, literal, quad } = DataFactory;

/** Named graph of derived facts (diffusion, echoes, tenures, indicator comparisons). */
export const DERIVED_GRAPH = `${KG_ID_BASE}graph/derived`;
/** The `kg:InferenceActivity` that generates them. */
export const INFERENCE_ACTIVITY = `${KG_ID_BASE}activity/inference-${LIBRARY_VERSION}`;

/** Every derived fact of a store, as typed records. */
export interface DerivedFacts {
  diffusion: DiffusionRecord[];
  echoes: EchoRecord[];
  tenures: TenureRecord[];
  indicators: IndicatorComparisonRecord[];
}

/** Options of {@link deriveFacts}. */
export interface DeriveOptions {
  echoes?: Omit<EchoOptions, 'settings'>;
  /** Diffusion records only for concepts used in at least this many jurisdictions (default 2). */
  minPlaces?: number;
}

/**
 * Run every derivation rule over a source.
 *
 * @example const facts = deriveFacts(store); facts.echoes.length;
 */
export function deriveFacts(source: TripleSource, options: DeriveOptions = {}): DerivedFacts {
  const settings = new SettingResolver(source);
  return {
    diffusion: [...diffusions(source, { settings, minPlaces: options.minPlaces ?? 2 })],
    echoes: [...echoes(source, { ...options.echoes, settings })],
    tenures: [...tenures(source)],
    indicators: [...indicatorComparisons(source)],
  };
}

const int = (n: number) => literal(String(n), namedNode(XSD.integer));
const dec = (n: number) => literal(String(n), namedNode(XSD.decimal));
const date = (d: string) => literal(d, namedNode(XSD.date));

/**
 * The derived facts as quads in {@link DERIVED_GRAPH}, each with
 * `prov:wasGeneratedBy` the inference activity and `prov:wasDerivedFrom` its
 * premises (mentions, statements, memberships, observations).
 */
export function derivedQuads(facts: DerivedFacts): Quad[] {
  const g = namedNode(DERIVED_GRAPH);
  const out: Quad[] = [];
  const add = (s: string, p: string, o: Quad['object']) => out.push(quad(namedNode(s), namedNode(p), o, g));
  const activity = INFERENCE_ACTIVITY;
  add(activity, RDF.type, namedNode(KG.InferenceActivity));
  add(activity, KG.toolVersion, literal(LIBRARY_VERSION));
  for (const rule of ['derive/diffusion', 'derive/echo', 'derive/tenure', 'derive/indicator'])
    add(activity, KG.rule, literal(rule));
  const common = (s: string, type: string, premises: readonly string[]) => {
    add(s, RDF.type, namedNode(type));
    add(s, PROV.wasGeneratedBy, namedNode(activity));
    for (const p of premises) add(s, PROV.wasDerivedFrom, namedNode(p));
  };
  for (const d of facts.diffusion) {
    const s = `${ID.diffusion}${hashKey(d.concept, d.jurisdiction)}`;
    common(s, KG.Diffusion, d.mentions);
    add(s, KG.concept, namedNode(d.concept));
    add(s, KG.jurisdiction, namedNode(d.jurisdiction));
    add(s, KG.firstUse, date(d.firstUse));
    if (d.lagDays !== undefined) add(s, KG.lagDays, int(d.lagDays));
  }
  for (const e of facts.echoes) {
    const s = `${ID.echo}${hashKey(e.earlier.statement, e.later.statement)}`;
    common(s, KG.Echo, [e.earlier.statement, e.later.statement]);
    add(s, KG.earlierStatement, namedNode(e.earlier.statement));
    add(s, KG.laterStatement, namedNode(e.later.statement));
    add(s, KG.similarity, dec(e.similarity));
    add(s, KG.lagDays, int(e.lagDays));
  }
  for (const t of facts.tenures) {
    const s = `${ID.tenure}${hashKey(t.official, t.post)}`;
    common(s, KG.Tenure, t.memberships);
    add(s, ORG.member, namedNode(t.official));
    add(s, KG.post, namedNode(t.post));
    add(s, KG.firstAttested, date(t.firstAttested));
    add(s, KG.lastAttested, date(t.lastAttested));
    add(s, KG.firstAttestedIn, namedNode(t.firstAttestedIn));
    add(s, KG.lastAttestedIn, namedNode(t.lastAttestedIn));
  }
  for (const c of facts.indicators) {
    const s = `${ID.comparison}${hashKey(c.from.observation, c.to.observation)}`;
    common(s, KG.IndicatorComparison, [c.from.observation, c.to.observation]);
    add(s, KG.fromObservation, namedNode(c.from.observation));
    add(s, KG.toObservation, namedNode(c.to.observation));
    add(s, KG.difference, dec(c.difference));
    if (c.ratio !== undefined) add(s, KG.ratio, dec(c.ratio));
  }
  return out;
}
