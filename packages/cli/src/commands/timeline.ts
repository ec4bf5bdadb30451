import {
  officialPosts,
  type PostRow,
  type TenureRecord,
  tenures,
  tenuresFromSource,
  timeline,
  timelineCounts,
} from '@policy-kg/core';
import { ROW_FORMATS } from '../output.js';
import {
  addSourceOptions,
  type OpenedSource,
  openQuerySource,
  SOURCE_HELP,
  type SourceCliOptions,
} from '../source-options.js';
import { positiveInt, provenanceCells, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

interface TimelineCliOptions extends SourceCliOptions {
  official?: boolean;
  place?: string;
  from?: string;
  to?: string;
  byYear?: boolean;
  limit?: string;
  format?: string;
}

/** `kg timeline <label>`: a slogan's or policy's mentions by place and year, or an official's posts (`--official`). */
export const registerTimeline: RegisterCommand = (program, io) => {
  addSourceOptions(
    program
      .command('timeline')
      .description("a slogan's or policy's timeline by place and year, or an official's posts over time (--official)")
      .argument('<name>', 'slogan or policy label (pref or alt), or with --official a person'),
  )
    .option(
      '--official',
      'the name is an official: list the posts seen over time, each with its derived tenure (earliest and latest attestation)',
    )
    .option('--place <name>', 'only texts of this place (label or GB/T 2260 code; sub-places included)')
    .option('--from <date>', 'earliest date: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'latest date, same forms')
    .option('--by-year', 'one row per place and year with counts, instead of one row per mention')
    .option('--limit <n>', 'at most this many rows')
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg timeline 健康中国 --store kg-store
  kg timeline 健康中国 --by-year --store kg-store --format csv
  kg timeline 动态清零 --place 甘肃 --from 2021 --to 2022 --store kg-store
  kg timeline 马晓伟 --official --store kg-store
  kg timeline 健康中国 --by-year --endpoint http://127.0.0.1:8890/sparql

With --official, firstAttested/lastAttested (and, in machine formats, the documents
firstAttestedIn/lastAttestedIn) are the tenure of the row's post that the reasoner derives
from every membership of the official (reason/ tenures). With --endpoint the same rule
runs on the client over the triples one CONSTRUCT query fetches from the server.
${SOURCE_HELP}`,
    )
    .action(async (name: string, options: TimelineCliOptions) => {
      const limit = options.limit === undefined ? {} : { limit: positiveInt(options.limit, '--limit') };
      const opened = await openQuerySource(options);
      const { source } = opened;
      if (options.official) {
        const rows = await officialPosts(source, { name, ...limit });
        const tenure = await postTenures(opened, rows);
        writeTyped(
          io,
          rows.map((r) => {
            const t = tenure.get(`${r.official} ${r.post}`);
            return {
              date: r.date,
              name: r.name,
              title: r.title,
              post: r.postLabel ?? r.post,
              organization: r.organizationLabel ?? r.organization,
              firstAttested: t?.firstAttested,
              lastAttested: t?.lastAttested,
              firstAttestedIn: t?.firstAttestedIn,
              lastAttestedIn: t?.lastAttestedIn,
              ...provenanceCells(r.provenance),
            };
          }),
          {
            ...options,
            columns: [
              'date',
              'name',
              'title',
              'post',
              'organization',
              'firstAttested',
              'lastAttested',
              'firstAttestedIn',
              'lastAttestedIn',
              'document',
              'start',
              'end',
              'quote',
            ],
            tableColumns: ['date', 'name', 'title', 'post', 'organization', 'firstAttested', 'lastAttested'],
          },
        );
        return;
      }
      const rows = await timeline(source, {
        label: name,
        ...(options.place === undefined ? {} : { place: options.place }),
        ...(options.from === undefined ? {} : { from: options.from }),
        ...(options.to === undefined ? {} : { to: options.to }),
        ...(options.byYear ? {} : limit),
      });
      if (options.byYear) {
        writeTyped(io, timelineCounts(rows), { ...options, columns: ['year', 'placeName', 'mentions', 'documents'] });
        return;
      }
      writeTyped(
        io,
        rows.map((r) => ({ date: r.date, label: r.label, place: r.placeName, ...provenanceCells(r.provenance) })),
        {
          ...options,
          columns: ['date', 'label', 'place', 'document', 'start', 'end', 'quote'],
          tableColumns: ['date', 'label', 'place', 'quote'],
        },
      );
    });
};

/**
 * The derived tenure of every (official, post) in `rows`, keyed `"<official> <post>"`:
 * reason/'s `tenures()` over the store, or over the subgraph fetched from the endpoint.
 */
async function postTenures(opened: OpenedSource, rows: readonly PostRow[]): Promise<Map<string, TenureRecord>> {
  const officials = [...new Set(rows.map((r) => r.official))].sort();
  const records =
    opened.kind === 'store'
      ? officials.flatMap((official) => [...tenures(opened.opened.store, { official })])
      : await tenuresFromSource(opened.remote, { officials });
  return new Map(records.map((t) => [`${t.official} ${t.post}`, t]));
}
