import {
  conceptsLabelled,
  type DiffusionRecord,
  diffusionOf,
  diffusions,
  NotFoundError,
  openStore,
  SettingResolver,
  UsageError,
} from '@policy-kg/core';
import type { Command } from 'commander';
import type { Io } from '../io.js';

/**
 * `kg diffusion [slogan] --store DIR`: first use of a slogan or policy per jurisdiction, with
 * the lag from national use; without a label, every concept used in at least `--min-places`
 * jurisdictions (the records `deriveFacts` writes).
 */
export const registerDiffusion = (program: Command, io: Io): void => {
  program
    .command('diffusion')
    .description('first use of a slogan or policy per jurisdiction, and the lag (days) after its first national use')
    .argument('[label]', 'slogan or policy label (Simplified); without one, every concept')
    .requiredOption('-s, --store <dir>', 'store directory')
    .option('--min-places <n>', 'without a label: only concepts used in at least this many jurisdictions', '2')
    .option('--json', 'JSON lines')
    .addHelpText(
      'after',
      '\nExamples:\n  kg diffusion 国之大者 --store kg-store\n  kg diffusion 两个维护 --store kg-store --json\n  kg diffusion --store kg-store --json',
    )
    .action(async (label: string | undefined, options: { store: string; minPlaces: string; json?: boolean }) => {
      const { store } = await openStore(options.store);
      const settings = new SettingResolver(store);
      const write = (r: DiffusionRecord) => {
        if (options.json) io.out.write(`${JSON.stringify(r)}\n`);
        else
          io.out.write(
            `${r.firstUse}\t${r.placeName}\t${r.lagDays === undefined ? '-' : `${r.lagDays >= 0 ? '+' : ''}${r.lagDays}d`}\t${r.label}\n`,
          );
      };
      if (label === undefined) {
        const minPlaces = Number(options.minPlaces);
        if (!Number.isInteger(minPlaces) || minPlaces <= 0)
          throw new UsageError(`--min-places must be a positive integer, got "${options.minPlaces}"`);
        for (const r of diffusions(store, { settings, minPlaces })) write(r);
        return;
      }
      const concepts = conceptsLabelled(store, label);
      if (concepts.length === 0)
        throw new NotFoundError(`no slogan or policy labelled "${label}" in ${options.store}`, {
          code: 'KG_CONCEPT_NOT_FOUND',
        });
      for (const concept of concepts) {
        for (const r of diffusionOf(store, concept, { settings })) write(r);
      }
    });
};
