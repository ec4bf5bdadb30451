import { type Provenance, UsageError } from '@policy-kg/core';
import type { Io } from './io.js';
import { type Cell, type Row, resolveFormat, writeRows } from './output.js';
import { formatOption } from './store-options.js';

/** Flatten provenance into the row columns every typed command prints. */
export function provenanceCells(p: Provenance): Record<string, Cell> {
  return { document: p.document, start: p.start, end: p.end, quote: p.quote };
}

/** Write typed rows with the shared writer; the table shows `tableColumns`, machine formats every column. */
export function writeTyped(
  io: Io,
  rows: readonly Row[],
  options: { format?: string; json?: boolean; columns: readonly string[]; tableColumns?: readonly string[] },
): void {
  const format = resolveFormat(
    { ...options, ...(formatOption(options) === undefined ? {} : { format: formatOption(options) as string }) },
    io,
  );
  const columns = format === 'table' && options.tableColumns ? options.tableColumns : options.columns;
  const shown = format === 'table' ? rows.map((r) => ({ ...r, quote: shorten(r.quote), text: shorten(r.text) })) : rows;
  writeRows(io, shown, { columns, format });
}

function shorten(cell: Cell): Cell {
  return typeof cell === 'string' && [...cell].length > 60 ? `${[...cell].slice(0, 59).join('')}…` : cell;
}

/** Parse a positive integer flag or throw a usage error. */
export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer, got "${value}"`);
  return n;
}
