import { indicatorComparisons, indicators, SettingResolver, UsageError } from '@policy-kg/core';
import type { Io } from '../io.js';
import { ROW_FORMATS, type Row } from '../output.js';
import { addSourceOptions, openQuerySource, SOURCE_HELP, type SourceCliOptions } from '../source-options.js';
import { positiveInt, provenanceCells, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

interface IndicatorsCliOptions extends SourceCliOptions {
  compare?: boolean;
  place?: string;
  period?: string;
  limit?: string;
  format?: string;
}

const KIND = /#(\w+)$/;

/** `kg indicators [metric]`: indicator observations by metric text, place and period. */
export const registerIndicators: RegisterCommand = (program, io) => {
  addSourceOptions(
    program
      .command('indicators')
      .description('indicator values (targets, achieved figures) by metric, place and period, with the source span')
      .argument('[metric]', 'text the metric contains'),
  )
    .option(
      '--compare',
      'derived comparisons instead of observations: the same metric, place and unit across periods (change), and targets against later achieved values (reason/ indicatorComparisons; --store only)',
    )
    .option('--place <name>', 'area (label or GB/T 2260 code; sub-places included)')
    .option('--period <year>', 'reference period, e.g. 2025')
    .option('--limit <n>', 'at most this many rows')
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg indicators 人均预期寿命 --store kg-store
  kg indicators 孕产妇死亡率 --place 山东 --store kg-store --format csv
  kg indicators --period 2025 --store kg-store
  kg indicators 家庭医生 --place 370000 -s kg-store --format json
  kg indicators 人均预期寿命 --endpoint http://127.0.0.1:8890/sparql
  kg indicators --compare --store kg-store --format json
${SOURCE_HELP}`,
    )
    .action(async (metric: string | undefined, options: IndicatorsCliOptions) => {
      if (options.compare) {
        await writeComparisons(io, metric, options);
        return;
      }
      const { source } = await openQuerySource(options);
      const rows = await indicators(source, {
        ...(metric === undefined ? {} : { metric }),
        ...(options.place === undefined ? {} : { place: options.place }),
        ...(options.period === undefined ? {} : { period: options.period }),
        ...(options.limit === undefined ? {} : { limit: positiveInt(options.limit, '--limit') }),
      });
      writeTyped(
        io,
        rows.map((r) => ({
          metric: r.metric,
          value: r.value,
          unit: r.unit,
          valueText: r.valueText,
          kind: r.valueKind ? (KIND.exec(r.valueKind)?.[1] ?? r.valueKind) : undefined,
          area: r.areaName,
          period: r.period,
          ...provenanceCells(r.provenance),
        })),
        {
          ...options,
          columns: [
            'metric',
            'value',
            'unit',
            'valueText',
            'kind',
            'area',
            'period',
            'document',
            'start',
            'end',
            'quote',
          ],
          tableColumns: ['metric', 'valueText', 'kind', 'area', 'period'],
        },
      );
    });
};

/** Columns of `kg indicators --compare`. */
const COMPARE_COLUMNS = [
  'comparison',
  'metric',
  'area',
  'unit',
  'fromPeriod',
  'fromValue',
  'fromKind',
  'toPeriod',
  'toValue',
  'toKind',
  'difference',
  'ratio',
  'fromObservation',
  'toObservation',
];

/**
 * `kg indicators --compare`: the indicator comparisons reason/ derives from the store's
 * observations, filtered by metric text and `--limit`. They are derived on the client
 * from the triples, so only a store serves them (`--place`/`--period` filter observations
 * on a server and are refused here).
 */
async function writeComparisons(io: Io, metric: string | undefined, options: IndicatorsCliOptions): Promise<void> {
  if (options.endpoint !== undefined)
    throw new UsageError('--compare needs --store: comparisons are derived from the store, not queried on a server');
  if (options.place !== undefined || options.period !== undefined)
    throw new UsageError('--compare takes a metric text and --limit only, not --place or --period');
  const limit = options.limit === undefined ? undefined : positiveInt(options.limit, '--limit');
  const opened = await openQuerySource(options);
  if (opened.kind !== 'store') return;
  const store = opened.opened.store;
  const settings = new SettingResolver(store);
  const rows: Row[] = [];
  for (const c of indicatorComparisons(store)) {
    if (metric !== undefined && !c.metric.includes(metric)) continue;
    if (limit !== undefined && rows.length >= limit) break;
    rows.push({
      comparison: c.comparison,
      metric: c.metric,
      area: c.area === undefined ? undefined : (settings.place(c.area)?.placeName ?? c.area),
      unit: c.unit,
      fromPeriod: c.from.period,
      fromValue: c.from.value,
      fromKind: c.from.kind,
      toPeriod: c.to.period,
      toValue: c.to.value,
      toKind: c.to.kind,
      difference: c.difference,
      ratio: c.ratio,
      fromObservation: c.from.observation,
      toObservation: c.to.observation,
    });
  }
  writeTyped(io, rows, {
    ...options,
    columns: COMPARE_COLUMNS,
    tableColumns: COMPARE_COLUMNS.slice(0, 11),
  });
}
