import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { buildExtractionReport, ingestPaths } from '@policy-kg/core';
import { EXIT } from '../exit-codes.js';
import { logLine } from '../io.js';
import type { RegisterCommand } from './types.js';

interface ExtractOptions {
  out: string;
}

/**
 * `kg extract <files...> --out DIR`: one extraction report per input file,
 * `DIR/<file name without extension>.json` (../shared/eval/SCHEMA.md). A file
 * that cannot be read is reported on stderr and skipped; the exit code is 1
 * when any file failed.
 */
export const registerExtract: RegisterCommand = (program, io) => {
  program
    .command('extract')
    .description('extract officials, institutions, policies, slogans, indicators, meetings and statements')
    .argument('<files...>', 'text files (or folders) to extract from')
    .requiredOption('-o, --out <dir>', 'directory for the JSON reports')
    .addHelpText(
      'after',
      `
Examples:
  kg extract examples/corpus/000_97935c6e3442e2c0.txt --out out/
  kg extract examples/corpus --out reports/`,
    )
    .action(async (files: string[], options: ExtractOptions) => {
      await mkdir(options.out, { recursive: true });
      let failed = 0;
      let written = 0;
      for await (const result of ingestPaths(files)) {
        if (!result.ok) {
          failed++;
          logLine(io, `kg extract: skipped ${result.path}: ${result.error.message}`);
          continue;
        }
        try {
          const report = buildExtractionReport(result.docs);
          const name = basename(result.path, extname(result.path));
          report.doc = basename(result.path);
          await writeFile(join(options.out, `${name}.json`), `${JSON.stringify(report, null, 1)}\n`);
          written++;
        } catch (error) {
          failed++;
          const message = error instanceof Error ? error.message : String(error);
          logLine(io, `kg extract: failed on ${result.path}: ${message}`);
        }
      }
      logLine(
        io,
        `kg extract: wrote ${written} report(s) to ${options.out}${failed ? `, ${failed} file(s) skipped` : ''}`,
      );
      if (failed > 0) process.exitCode = EXIT.runtime;
    });
};
