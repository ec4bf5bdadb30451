import { validateGraph } from '@policy-kg/core';
import { EXIT } from '../exit-codes.js';
import { logLine } from '../io.js';
import { ROW_FORMATS } from '../output.js';
import { openStoreFrom, STORE_HELP } from '../store-options.js';
import { positiveInt, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

/** `kg validate --store DIR`: check the graph against the SHACL shapes; exit 3 on violations. */
export const registerValidate: RegisterCommand = (program, io) => {
  program
    .command('validate')
    .description('validate a store against the SHACL shapes (exit code 3 on violations)')
    .option('-s, --store <dir>', STORE_HELP)
    .option('--limit <n>', 'print at most this many violations (all are counted)')
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg validate --store kg-store
  kg validate --store 甘肃库 --format csv > 违规.csv
  KG_STORE=kg-store kg validate --limit 20`,
    )
    .action(async (options: { store?: string; limit?: string; format?: string }) => {
      const limit = options.limit === undefined ? Number.POSITIVE_INFINITY : positiveInt(options.limit, '--limit');
      const { store } = await openStoreFrom(options);
      const report = await validateGraph(store.quads());
      if (report.conforms) {
        logLine(io, `kg validate: conforms (${store.size} quads)`);
        return;
      }
      writeTyped(
        io,
        report.violations.slice(0, limit).map((v) => ({ ...v })),
        { ...options, columns: ['focusNode', 'path', 'constraint', 'message', 'value'] },
      );
      logLine(io, `kg validate: ${report.violations.length} violation(s)`);
      process.exitCode = EXIT.validation;
    });
};
