import { conceptsLabelled, diffusionOf, NotFoundError, openStore, SettingResolver } from '@policy-kg/core';
import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `kg diffusion <slogan> --store DIR`: first use of a slogan or policy per jurisdiction, with the lag from national use. */
export const registerDiffusion = (program: Command, io: Io): void => {
  program
    .command('diffusion')
    .description('first use of a slogan or policy per jurisdiction, and the lag (days) after its first national use')
    .argument('<label>', 'slogan or policy label (Simplified)')
    .requiredOption('-s, --store <dir>', 'store directory')
    .option('--json', 'JSON lines')
    .addHelpText(
      'after',
      '\nExamples:\n  kg diffusion 国之大者 --store kg-store\n  kg diffusion 两个维护 --store kg-store --json',
    )
    .action(async (label: string, options: { store: string; json?: boolean }) => {
      const { store } = await openStore(options.store);
      const concepts = conceptsLabelled(store, label);
      if (concepts.length === 0)
        throw new NotFoundError(`no slogan or policy labelled "${label}" in ${options.store}`, {
          code: 'KG_CONCEPT_NOT_FOUND',
        });
      const settings = new SettingResolver(store);
      for (const concept of concepts) {
        for (const r of diffusionOf(store, concept, { settings })) {
          if (options.json) io.out.write(`${JSON.stringify(r)}\n`);
          else
            io.out.write(
              `${r.firstUse}\t${r.placeName}\t${r.lagDays === undefined ? '-' : `+${r.lagDays}d`}\t${r.label}\n`,
            );
        }
      }
    });
};
