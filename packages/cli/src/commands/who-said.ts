import { type StatementFilter, statements } from '@policy-kg/core';
import { ROW_FORMATS } from '../output.js';
import { addSourceOptions, openQuerySource, SOURCE_HELP, type SourceCliOptions } from '../source-options.js';
import { positiveInt, provenanceCells, writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

interface WhoSaidCliOptions extends SourceCliOptions {
  speaker?: string;
  topic?: string;
  place?: string;
  meeting?: string;
  from?: string;
  to?: string;
  limit?: string;
  format?: string;
}

const COLUMNS = ['date', 'speaker', 'verb', 'text', 'meeting', 'place', 'document', 'start', 'end', 'quote'];

/** `kg who-said`: statements by speaker, topic, place, meeting and date range, with source spans. */
export const registerWhoSaid: RegisterCommand = (program, io) => {
  addSourceOptions(
    program
      .command('who-said')
      .description('who said what, when and at which meeting (with the source span)')
      .argument('[topic]', 'text the statement contains (same as --topic)'),
  )
    .option('--speaker <name>', "speaker's name, exactly")
    .option('--topic <text>', 'text the statement contains')
    .option('--place <name>', 'place of the meeting or text (label or GB/T 2260 code; sub-places included)')
    .option('--meeting <text>', "text the meeting's name contains")
    .option('--from <date>', 'earliest date: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'latest date, same forms')
    .option('--limit <n>', 'at most this many rows')
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg who-said --speaker 郭玉芬 --store kg-store
  kg who-said 疫情防控 --from 2022 --to 2022-12 --store kg-store
  kg who-said --topic 健康中国 --place 甘肃 --store kg-store --format csv
  kg who-said --meeting 卫生健康工作会议 --speaker 马晓伟 -s kg-store --format json
  kg who-said 疫情防控 --endpoint http://127.0.0.1:8890/sparql
${SOURCE_HELP}`,
    )
    .action(async (topicArg: string | undefined, options: WhoSaidCliOptions) => {
      const filter: StatementFilter = {};
      const topic = options.topic ?? topicArg;
      if (options.speaker !== undefined) filter.speaker = options.speaker;
      if (topic !== undefined) filter.topic = topic;
      if (options.place !== undefined) filter.place = options.place;
      if (options.meeting !== undefined) filter.meeting = options.meeting;
      if (options.from !== undefined) filter.from = options.from;
      if (options.to !== undefined) filter.to = options.to;
      if (options.limit !== undefined) filter.limit = positiveInt(options.limit, '--limit');
      const { source } = await openQuerySource(options);
      const rows = await statements(source, filter);
      writeTyped(
        io,
        rows.map((r) => ({
          date: r.date,
          speaker: r.speakerName ?? r.speaker,
          verb: r.verb,
          text: r.text,
          meeting: r.meetingName,
          place: r.placeName,
          ...provenanceCells(r.provenance),
        })),
        { ...options, columns: COLUMNS, tableColumns: ['date', 'speaker', 'verb', 'text', 'meeting', 'place'] },
      );
    });
};
