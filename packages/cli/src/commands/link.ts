import { readFile, writeFile } from 'node:fs/promises';
import {
  collectEntities,
  DEFAULT_MIN_SCORE,
  KgError,
  LINK_PREDICATES,
  type LinkKind,
  linksetQuads,
  openStore,
  proposeLinks,
  readReviewCsv,
  replaceStoreGraph,
  UsageError,
  writeReviewCsv,
} from '@policy-kg/core';
import type { Command } from 'commander';
import { type Io, logLine } from '../io.js';
import { graphTerm } from './import.js';

interface LinkCliOptions {
  store: string;
  target: string;
  types: string;
  minScore: string;
  review?: string;
  apply?: string;
  predicate: string;
}

const KINDS: LinkKind[] = ['official', 'institution', 'place'];
/** Our side of every linkset. */
export const OUR_DATASET = 'https://w3id.org/policy-kg/id/dataset/policy-kg';

/**
 * `kg link --store DIR --target GRAPH`: propose identity links between our
 * officials, institutions and places and the target graph's; write accepted
 * ones (score ≥ --min-score, or the rows accepted in --apply CSV) into a
 * VoID-described linkset graph; --review writes all candidates as CSV.
 */
export const registerLink = (program: Command, io: Io): void => {
  program
    .command('link')
    .description('link our entities to an imported graph (owl:sameAs / skos:exactMatch in a VoID linkset graph)')
    .requiredOption('-s, --store <dir>', 'store directory')
    .requiredOption('-t, --target <graph>', 'IRI of the imported graph to link to')
    .option('--types <list>', 'entity kinds: official,institution,place', KINDS.join(','))
    .option('--min-score <x>', 'minimum score of an accepted link', String(DEFAULT_MIN_SCORE))
    .option('--review <csv>', 'write every candidate (with decision, score, evidence) to this CSV; writes no links')
    .option('--apply <csv>', 'write the links accepted in this reviewed CSV')
    .option('--predicate <p>', 'sameAs | exactMatch', 'sameAs')
    .addHelpText(
      'after',
      `
Examples:
  kg link --store kg-store --target https://example.org/commissions --types institution
  kg link --store kg-store --target https://example.org/commissions --review 待审核.csv
  kg link --store kg-store --target https://example.org/commissions --apply 待审核.csv`,
    )
    .action(async (options: LinkCliOptions) => {
      const kinds = options.types.split(',').map((k) => k.trim()) as LinkKind[];
      const bad = kinds.find((k) => !KINDS.includes(k));
      if (bad) throw new UsageError(`unknown --types entry "${bad}"; use ${KINDS.join(',')}`);
      const predicate = LINK_PREDICATES[options.predicate as keyof typeof LINK_PREDICATES];
      if (!predicate) throw new UsageError(`--predicate must be sameAs or exactMatch, not "${options.predicate}"`);
      const minScore = Number(options.minScore);
      if (!(minScore >= 0 && minScore <= 1))
        throw new UsageError(`--min-score must be in [0, 1], not "${options.minScore}"`);
      const { store, manifest } = await openStore(options.store);
      if (store.countQuads(null, null, null, graphTerm(options.target)) === 0) {
        throw new KgError(`target graph <${options.target}> is empty or missing; import it first with kg import`, {
          code: 'KG_LINK_TARGET',
        });
      }
      const linkset = `${options.target.replace(/[#/]$/, '')}/linkset`;
      const ours = collectEntities(store, { exclude: [options.target, linkset] });
      const theirs = collectEntities(store, { graphs: [graphTerm(options.target)] });
      const candidates = proposeLinks(ours, theirs, { kinds });
      if (options.review) {
        await writeFile(options.review, writeReviewCsv(candidates, { minScore }));
        logLine(io, `kg link: ${candidates.length} candidate(s) written to ${options.review}`);
        return;
      }
      const accepted = options.apply
        ? readReviewCsv(await readFile(options.apply, 'utf8'), options.apply)
        : candidates.filter((c) => c.score >= minScore);
      const quads = linksetQuads(accepted, {
        linkset,
        subjectsTarget: OUR_DATASET,
        objectsTarget: options.target,
        predicate,
      });
      await replaceStoreGraph({
        store: options.store,
        opened: { store, manifest },
        graph: linkset,
        quads,
        source: { path: `linkset:${options.target}`, kind: 'linkset' },
      });
      for (const c of candidates) {
        if (accepted.some((a) => a.ours === c.ours && a.theirs === c.theirs))
          io.out.write(`${c.score.toFixed(3)}\t${c.oursLabel}\t${c.theirsLabel}\t${c.evidence.join('; ')}\n`);
      }
      logLine(io, `kg link: ${accepted.length} link(s) in <${linkset}> (of ${candidates.length} candidates)`);
    });
};
