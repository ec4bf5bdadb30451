import { type BuildProgress, buildStore } from '@policy-kg/core';
import { Presets, SingleBar } from 'cli-progress';
import { EXIT } from '../exit-codes.js';
import { logLine } from '../io.js';
import { STORE_HELP, storeDir } from '../store-options.js';
import type { RegisterCommand } from './types.js';

interface BuildCliOptions {
  store?: string;
  prune?: boolean;
  quiet?: boolean;
}

/**
 * `kg build <paths...> --store DIR`: build or update a persistent store. New
 * files are added, changed files (by SHA-256) replaced, unchanged ones kept,
 * missing ones removed with `--prune`; the store is written atomically. A file
 * that cannot be read is reported on stderr, the rest are built, and the exit
 * code is 1.
 */
export const registerBuild: RegisterCommand = (program, io) => {
  program
    .command('build')
    .description('build or update a knowledge-graph store from documents (add, replace changed, --prune removed)')
    .argument('<paths...>', 'text files or folders (walked recursively)')
    .option('-s, --store <dir>', `${STORE_HELP}; created when missing`)
    .option('--prune', 'remove documents the store holds that are not among the inputs')
    .option('-q, --quiet', 'no summary line')
    .addHelpText(
      'after',
      `
Examples:
  kg build examples/corpus --store kg-store
  kg build 甘肃/卫生健康工作会议.txt 山东/讲话稿.txt --store kg-store
  kg build examples/corpus --store kg-store --prune`,
    )
    .action(async (paths: string[], options: BuildCliOptions) => {
      const bar =
        io.err.isTTY && !options.quiet ? new SingleBar({ clearOnComplete: true }, Presets.shades_classic) : undefined;
      let phase: BuildProgress['phase'] | undefined;
      const onProgress = (p: BuildProgress) => {
        const entering = p.phase !== phase;
        phase = p.phase;
        if (p.phase === 'index') {
          // Search indexing: a bar of its own on a TTY, one line otherwise.
          if (bar && entering) bar.start(p.total ?? p.done, 0);
          else if (!bar && entering && !options.quiet)
            logLine(io, `kg build: indexing ${p.total ?? '?'} search item(s)`);
          if (bar) bar.update(p.done);
          return;
        }
        if (!bar || p.phase !== 'read') return;
        if (p.done === 1) bar.start(Math.max(p.total ?? p.done, p.done), 0);
        bar.setTotal(Math.max(p.total ?? p.done, p.done));
        bar.update(p.done);
      };
      const result = await buildStore(paths, {
        store: storeDir(options),
        prune: options.prune === true,
        onProgress,
      }).finally(() => bar?.stop());
      for (const f of result.failed) logLine(io, `kg build: skipped ${f.path}: ${f.error.message}`);
      if (!options.quiet) {
        logLine(
          io,
          `kg build: ${storeDir(options)}: ${result.added.length} added, ${result.replaced.length} replaced, ` +
            `${result.unchanged.length} unchanged, ${result.removed.length} removed, ${result.failed.length} failed; ` +
            `${result.manifest.sources.length} document(s), ${result.quads} quads`,
        );
      }
      if (result.failed.length > 0) process.exitCode = EXIT.runtime;
    });
};
