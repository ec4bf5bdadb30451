import { DEFAULT_ECHO_SIMILARITY, echoes, openStore } from '@policy-kg/core';
import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `kg echoes --store DIR [--speaker X] [--from DATE]`: later lower-level statements repeating higher-level ones. */
export const registerEchoes = (program: Command, io: Io): void => {
  program
    .command('echoes')
    .description('statements that repeat an earlier statement of a higher level (national → province → city → county)')
    .requiredOption('-s, --store <dir>', 'store directory')
    .option('--speaker <name>', 'later speaker name contains this')
    .option('--from <date>', 'later statement on or after this ISO date')
    .option(
      '--min-similarity <x>',
      'similarity of the best phrase-run pair (character-bigram Dice)',
      String(DEFAULT_ECHO_SIMILARITY),
    )
    .option('--json', 'JSON lines')
    .addHelpText(
      'after',
      '\nExamples:\n  kg echoes --store kg-store\n  kg echoes --store kg-store --speaker 郭玉芬 --from 2022-01-01',
    )
    .action(
      async (options: { store: string; speaker?: string; from?: string; minSimilarity: string; json?: boolean }) => {
        const { store } = await openStore(options.store);
        for (const e of echoes(store, {
          minSimilarity: Number(options.minSimilarity),
          ...(options.speaker ? { speaker: options.speaker } : {}),
          ...(options.from ? { from: options.from } : {}),
        })) {
          if (options.json) io.out.write(`${JSON.stringify(e)}\n`);
          else
            io.out.write(
              `${e.similarity.toFixed(2)}\t+${e.lagDays}d\t${e.earlier.date} ${e.earlier.placeName} ${e.earlier.speakerName ?? ''}: ${e.earlier.clause}\n\t\t→ ${e.later.date} ${e.later.placeName} ${e.later.speakerName ?? ''}: ${e.later.clause}\n`,
            );
        }
      },
    );
};
