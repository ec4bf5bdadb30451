import { DCTERMS, KG, PROV, RDF, SDMX_ATTRIBUTE, SDMX_DIMENSION } from '@policy-kg/ontology';
import { byDate, subjects, type TripleSource, value } from './read.js';
import { foldForSimilarity } from './similarity.js';

/** One observation as compared. */
export interface ObservationSide {
  observation: string;
  value: number;
  /** `kg:refPeriod` when given, else the date of the text. */
  period: string;
  kind: 'target' | 'achieved' | 'planned' | 'other';
}

/** Two observations of the same metric, place and unit. */
export interface IndicatorComparisonRecord {
  metric: string;
  area?: string;
  unit?: string;
  /** `change`: consecutive periods; `target-vs-achieved`: a target and a later achieved value. */
  comparison: 'change' | 'target-vs-achieved';
  from: ObservationSide;
  to: ObservationSide;
  /** to − from. */
  difference: number;
  /** to ÷ from (absent when from is 0). */
  ratio?: number;
}

const KINDS: Readonly<Record<string, ObservationSide['kind']>> = {
  [KG.Target]: 'target',
  [KG.Achieved]: 'achieved',
  [KG.Planned]: 'planned',
};

// Metric phrases as extracted carry their period, scope word and verb (2025年全省人均预期寿命达到):
// the key keeps the measured quantity only.
const PERIOD = /^(到|至|截至)?\d{4}年(底|末)?/u;
const SCOPE = /^(全国|全省|全区|全市|全县|我省|我市|我县|我区)/u;
const VERB =
  /(下降到|下降至|降低到|降至|提高到|提高至|提升到|提升至|增长到|增加到|上升到|达到|控制在|稳定在|保持在|为|是|达)$/u;

/** The comparable part of a metric phrase: without period, scope word and verb, folded. */
export function metricKey(metric: string): string {
  let m = foldForSimilarity(metric);
  for (let i = 0; i < 3; i++) m = m.replace(PERIOD, '').replace(SCOPE, '');
  return m.replace(VERB, '');
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Indicator comparisons: observations grouped by folded metric, `refArea` and
 * unit; consecutive periods give a `change` (achieved and other values), and
 * each target is set against the first achieved value of a later or equal
 * period (`target-vs-achieved`).
 *
 * @example for (const c of indicatorComparisons(store)) console.log(c.metric, c.difference);
 */
export function* indicatorComparisons(source: TripleSource): Iterable<IndicatorComparisonRecord> {
  const groups = new Map<string, { metric: string; area?: string; unit?: string; obs: ObservationSide[] }>();
  for (const observation of subjects(source, RDF.type, KG.IndicatorObservation)) {
    const metric = value(source, observation, KG.metric);
    const raw = value(source, observation, KG.value);
    if (!metric || raw === undefined) continue;
    let period = value(source, observation, SDMX_DIMENSION.refPeriod);
    if (!period) {
      const mention = value(source, observation, PROV.wasDerivedFrom);
      period = mention ? value(source, mention, DCTERMS.date) : undefined;
    }
    if (!period) continue;
    const area = value(source, observation, SDMX_DIMENSION.refArea);
    const unit = value(source, observation, SDMX_ATTRIBUTE.unitMeasure);
    const key = `${metricKey(metric)}|${area ?? ''}|${unit ?? ''}`;
    const kindIri = value(source, observation, KG.valueKind);
    const side: ObservationSide = {
      observation,
      value: Number(raw),
      period,
      kind: (kindIri && KINDS[kindIri]) || 'other',
    };
    const group = groups.get(key);
    if (group) group.obs.push(side);
    else groups.set(key, { metric, ...(area ? { area } : {}), ...(unit ? { unit } : {}), obs: [side] });
  }
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key);
    if (!group || group.obs.length < 2) continue;
    const obs = group.obs.sort((a, b) => byDate(a.period, b.period) || (a.observation < b.observation ? -1 : 1));
    const make = (comparison: IndicatorComparisonRecord['comparison'], from: ObservationSide, to: ObservationSide) => ({
      metric: group.metric,
      ...(group.area ? { area: group.area } : {}),
      ...(group.unit ? { unit: group.unit } : {}),
      comparison,
      from,
      to,
      difference: round(to.value - from.value, 6),
      ...(from.value !== 0 ? { ratio: round(to.value / from.value, 4) } : {}),
    });
    const measured = obs.filter((o) => o.kind !== 'target');
    for (let i = 1; i < measured.length; i++) {
      const [a, b] = [measured[i - 1], measured[i]];
      if (a && b && a.period !== b.period && a.value !== b.value) yield make('change', a, b);
    }
    for (const target of obs.filter((o) => o.kind === 'target')) {
      const achieved = obs.find((o) => o.kind === 'achieved' && o.period >= target.period);
      if (achieved) yield make('target-vs-achieved', target, achieved);
    }
  }
}
