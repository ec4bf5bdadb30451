import { indicators } from '@policy-kg/core';
import { ROW_FORMATS } from '../output.js';
import { addSourceOptions, openQuerySource, SOURCE_HELP, type SourceCliOptions } from '../source-options.js';
import { positiveInt, provenanceCells, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

interface IndicatorsCliOptions extends SourceCliOptions {
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
${SOURCE_HELP}`,
    )
    .action(async (metric: string | undefined, options: IndicatorsCliOptions) => {
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
