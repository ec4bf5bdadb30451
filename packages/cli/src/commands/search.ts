import {
  ENTITY_KINDS,
  type EnrichedHit,
  enrichHitsFromSource,
  openSearchIndex,
  type SearchKind,
  type SearchOptions,
  UsageError,
} from '@policy-kg/core';
import { logLine } from '../io.js';
import { ROW_FORMATS } from '../output.js';
import { addSourceOptions, openRemoteSource, type SourceCliOptions } from '../source-options.js';
import { openStoreFrom, storeDir } from '../store-options.js';
import { positiveInt, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

interface SearchCliOptions extends SourceCliOptions {
  k?: string;
  kind?: string;
  from?: string;
  to?: string;
  place?: string;
  mode?: string;
  format?: string;
}

/** `kg search <text>`: hybrid (BM25 + vector) search over passages and entity descriptions of a store. */
export const registerSearch: RegisterCommand = (program, io) => {
  addSourceOptions(
    program
      .command('search')
      .description('search passages and entities of a store by text (BM25 + vectors, offline)')
      .argument('<text>', 'what to look for'),
  )
    .option('-k, --k <n>', 'number of hits (default 10)')
    .option('--kind <kinds>', `comma-separated: passage, statement, ${ENTITY_KINDS.join(', ')}, or entity`)
    .option('--from <date>', 'earliest date (YYYY, YYYY-MM, YYYY-MM-DD)')
    .option('--to <date>', 'latest date')
    .option('--place <name>', 'place the item is about or was issued in')
    .option('--mode <mode>', 'hybrid (default), bm25 or dense')
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg search 分级诊疗 --store kg-store
  kg search 家庭医生签约服务 --k 5 --kind passage --store kg-store
  kg search 卫健委 --kind entity --store kg-store --format json
  kg search 疫情防控 --from 2022 --to 2022-12 --store kg-store --format csv
  kg search 疫情防控 --kind statement,official --store kg-store --endpoint http://127.0.0.1:8890/sparql

Search always runs on the store's local index. With --endpoint too, the hits are joined
by IRI with what the SPARQL server holds about them (speaker, date, place, meeting, label;
a passage through its text), all hits in ONE query; the facts fill the columns node,
label, speaker, meeting, document, and date/place where the server knows them.`,
    )
    .action(async (text: string, options: SearchCliOptions) => {
      const { manifest } = await openStoreFrom(options);
      const index = await openSearchIndex(storeDir(options), manifest.search);
      if (!index) throw new UsageError(`store ${storeDir(options)} has no search index; rebuild it with kg build`);
      const query: SearchOptions = { k: options.k === undefined ? 10 : positiveInt(options.k, '--k') };
      if (options.kind !== undefined) {
        const kinds = options.kind
          .split(',')
          .flatMap((k) => (k === 'entity' ? [...ENTITY_KINDS] : [k.trim() as SearchKind]));
        query.kind = kinds;
      }
      if (options.from !== undefined) query.from = options.from;
      if (options.to !== undefined) query.to = options.to;
      if (options.place !== undefined) query.place = options.place;
      if (options.mode !== undefined) {
        if (!['hybrid', 'bm25', 'dense'].includes(options.mode))
          throw new UsageError(`--mode must be hybrid, bm25 or dense`);
        query.mode = options.mode as SearchOptions['mode'] & string;
      }
      if (index.loadReport?.rebuilt) logLine(io, `kg search: vectors rebuilt (${index.loadReport.reason ?? ''})`);
      const hits = await index.search(text, query);
      const rows = hits.map((h, i) => ({
        rank: i + 1,
        score: Number(h.score.toFixed(4)),
        kind: h.kind,
        id: h.id,
        text: h.text,
        doc: h.doc,
        speaker: h.speaker,
        date: h.date,
        place: h.place,
        quote: h.quote,
      }));
      if (options.endpoint === undefined) {
        writeTyped(io, rows, {
          ...options,
          columns: ['rank', 'score', 'kind', 'id', 'text', 'doc', 'speaker', 'date', 'place', 'quote'],
          tableColumns: ['rank', 'score', 'kind', 'text', 'doc', 'speaker', 'date'],
        });
        return;
      }
      const { remote, target } = await openRemoteSource({ ...options, endpoint: options.endpoint });
      const enriched: EnrichedHit[] = await enrichHitsFromSource(hits, remote);
      const joined = enriched.filter((h) => h.facts).length;
      logLine(io, `kg search: ${joined} of ${hits.length} hit(s) found on ${target.endpoint} (one query)`);
      writeTyped(
        io,
        rows.map((r, i) => {
          const f = enriched[i]?.facts;
          return {
            ...r,
            node: f?.node,
            label: f?.label,
            speaker: f?.speakerName ?? f?.speaker ?? r.speaker,
            meeting: f?.meetingName ?? f?.meeting,
            date: f?.date ?? r.date,
            place: f?.placeName ?? f?.place ?? r.place,
            document: f?.document,
          };
        }),
        {
          ...options,
          columns: [
            'rank',
            'score',
            'kind',
            'id',
            'text',
            'doc',
            'node',
            'label',
            'speaker',
            'meeting',
            'date',
            'place',
            'document',
            'quote',
          ],
          tableColumns: ['rank', 'score', 'kind', 'text', 'speaker', 'meeting', 'date', 'place'],
        },
      );
    });
};
