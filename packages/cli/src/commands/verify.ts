import { verifyStore } from '@policy-kg/core';
import { EXIT } from '../exit-codes.js';
import { logLine } from '../io.js';
import { ROW_FORMATS } from '../output.js';
import { STORE_HELP, storeDir } from '../store-options.js';
import { writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

/** `kg verify --store DIR`: re-hash the stored source copies; exit 3 on a mismatch or a missing copy. */
export const registerVerify: RegisterCommand = (program, io) => {
  program
    .command('verify')
    .description('re-hash the source files kept in a store against its manifest (exit code 3 on a mismatch)')
    .option('-s, --store <dir>', STORE_HELP)
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg verify --store kg-store
  kg verify --store 政策库 --format json
  KG_STORE=kg-store kg verify`,
    )
    .action(async (options: { store?: string; format?: string }) => {
      const report = await verifyStore(storeDir(options));
      if (report.problems.length === 0) {
        logLine(io, `kg verify: ${report.verified} source(s) verified`);
        return;
      }
      writeTyped(
        io,
        report.problems.map((p) => ({ ...p })),
        { ...options, columns: ['kind', 'path', 'message'] },
      );
      logLine(io, `kg verify: ${report.problems.length} problem(s), ${report.verified} source(s) verified`);
      process.exitCode = EXIT.validation;
    });
};
