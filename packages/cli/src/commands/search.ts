import { ENTITY_KINDS, openSearchIndex, type SearchKind, type SearchOptions, UsageError } from '@policy-kg/core';
import { logLine } from '../io.js';
import { ROW_FORMATS } from '../output.js';
import { openStoreFrom, STORE_HELP, storeDir } from '../store-options.js';
import { positiveInt, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

interface SearchCliOptions {
  store?: string;
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
  program
    .command('search')
    .description('search passages and entities of a store by text (BM25 + vectors, offline)')
    .argument('<text>', 'what to look for')
    .option('-s, --store <dir>', STORE_HELP)
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
  kg search 疫情防控 --from 2022 --to 2022-12 --store kg-store --format csv`,
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
      writeTyped(
        io,
        hits.map((h, i) => ({
          rank: i + 1,
          score: Number(h.score.toFixed(4)),
          kind: h.kind,
          id: h.id,
          text: h.text,
          doc: h.doc,
          date: h.date,
          place: h.place,
          quote: h.quote,
        })),
        {
          ...options,
          columns: ['rank', 'score', 'kind', 'id', 'text', 'doc', 'date', 'place', 'quote'],
          tableColumns: ['rank', 'score', 'kind', 'text', 'doc', 'date'],
        },
      );
    });
};
