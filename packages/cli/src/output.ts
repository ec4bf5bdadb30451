import { UsageError } from '@policy-kg/core';
import Table from 'cli-table3';
import type { Io } from './io.js';

/** Row-shaped output formats every data command accepts. */
export const ROW_FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

/** A cell value as commands produce it. */
export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

/**
 * Pick the output format: an explicit `--format` wins, `--json` is an alias,
 * otherwise a table on a TTY and JSON Lines when piped (conventions.md).
 */
export function resolveFormat(options: { format?: string; json?: boolean }, io: Io): RowFormat {
  if (options.format !== undefined) {
    if (!(ROW_FORMATS as readonly string[]).includes(options.format)) {
      throw new UsageError(`unknown --format "${options.format}": expected one of ${ROW_FORMATS.join(', ')}`);
    }
    return options.format as RowFormat;
  }
  if (options.json === true) return 'json';
  return io.out.isTTY === true ? 'table' : 'jsonl';
}

function text(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** RFC 4180 quoting: quote fields holding a comma, quote or line break. */
function csvField(cell: Cell): string {
  const value = text(cell);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** TSV has no quoting; tabs and line breaks inside a value become spaces. */
function tsvField(cell: Cell): string {
  return text(cell).replace(/[\t\r\n]+/g, ' ');
}

/**
 * Write rows in the chosen format. `columns` fixes the column order (and the
 * header of empty results); rows are written as given, so callers sort.
 */
export function writeRows(
  io: Io,
  rows: readonly Row[],
  options: { columns: readonly string[]; format: RowFormat },
): void {
  const { columns, format } = options;
  switch (format) {
    case 'json':
      io.out.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    case 'jsonl':
      for (const row of rows) io.out.write(`${JSON.stringify(row)}\n`);
      return;
    case 'csv':
      io.out.write(`${columns.map(csvField).join(',')}\r\n`);
      for (const row of rows) io.out.write(`${columns.map((c) => csvField(row[c])).join(',')}\r\n`);
      return;
    case 'tsv':
      io.out.write(`${columns.join('\t')}\n`);
      for (const row of rows) io.out.write(`${columns.map((c) => tsvField(row[c])).join('\t')}\n`);
      return;
    case 'table': {
      // cli-table3 emits ANSI styling even when piped unless the style is emptied (conventions.md).
      const table = new Table({ head: [...columns], style: { head: [], border: [] } });
      for (const row of rows) table.push(columns.map((c) => text(row[c])));
      io.out.write(`${table.toString()}\n`);
      return;
    }
  }
}
