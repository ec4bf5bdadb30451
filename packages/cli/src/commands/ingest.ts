import { type Doc, type IngestPathsOptions, ingestPaths, UsageError } from '@policy-kg/core';
import { Presets, SingleBar } from 'cli-progress';
import { EXIT } from '../exit-codes.js';
import { logLine } from '../io.js';
import { ROW_FORMATS, type Row, resolveFormat, writeRows } from '../output.js';
import type { RegisterCommand } from './types.js';

interface IngestCliOptions {
  json?: boolean;
  format?: string;
  encoding?: string;
  variant?: string;
}

const COLUMNS = [
  'file',
  'index',
  'title',
  'published',
  'eventDate',
  'jurisdiction',
  'paragraphs',
  'sentences',
  'diagnostics',
] as const;
const VARIANTS = ['tw', 'hk', 'twp', 'hkp'] as const;
/** Runs of at least this many files report progress lines on a piped stderr. */
const PROGRESS_LINES_FROM = 200;

/** One summary row per text. */
function summarize(doc: Doc): Row {
  const j = doc.meta.jurisdiction;
  const counts = new Map<string, number>();
  for (const d of doc.diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return {
    file: doc.source.path,
    index: doc.index,
    title: doc.meta.title,
    published: doc.meta.published,
    eventDate: doc.meta.eventDate,
    jurisdiction: j ? [j.level, j.name].filter(Boolean).join(' ') : undefined,
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item').length,
    sentences: doc.sentences.length,
    diagnostics: [...counts].map(([code, n]) => (n > 1 ? `${code}×${n}` : code)).join(' '),
  };
}

/**
 * `kg ingest <paths...>`: read files and folders, print one summary per text
 * (a collection file gives one row per text). A file that cannot be read or
 * decoded gets one line on stderr and is skipped; the exit code is 1 at the
 * end when any file failed.
 */
export const registerIngest: RegisterCommand = (program, io) => {
  program
    .command('ingest')
    .description('read, decode, normalize and segment documents; print one summary per text')
    .argument('<paths...>', 'text files or folders (walked recursively, in name order)')
    .option('--json', 'print a JSON array (alias of --format json)')
    .option(
      '--format <format>',
      `output format: ${ROW_FORMATS.join(', ')} (default: table on a terminal, jsonl when piped)`,
    )
    .option(
      '--encoding <name>',
      'decode every file with this encoding (gb18030, big5, utf-16le, …) instead of detecting it',
    )
    .option('--variant <variant>', `Traditional standard of Traditional input: ${VARIANTS.join(', ')}`, 'tw')
    .addHelpText(
      'after',
      `
Examples:
  kg ingest examples/corpus
  kg ingest examples/corpus/001_026bdf8566b51d5e.txt --json
  kg ingest 旧文件/ --encoding gb18030 --format csv > 摘要.csv
  kg ingest 台湾稿件.txt --variant twp`,
    )
    .action(async (paths: string[], options: IngestCliOptions) => {
      const format = resolveFormat(options, io);
      if (!(VARIANTS as readonly string[]).includes(options.variant ?? 'tw')) {
        throw new UsageError(`unknown --variant "${options.variant}": expected one of ${VARIANTS.join(', ')}`);
      }
      const ingestOptions: IngestPathsOptions = {
        normalize: { variant: (options.variant ?? 'tw') as (typeof VARIANTS)[number] },
      };
      if (options.encoding !== undefined) ingestOptions.encoding = options.encoding;
      const bar =
        io.err.isTTY === true
          ? new SingleBar({ stream: io.err, clearOnComplete: true }, Presets.shades_classic)
          : undefined;
      // A bar on a terminal; when stderr is piped, a line at every tenth of a long run.
      ingestOptions.onProgress = ({ done, total }) => {
        if (!bar) {
          const step = Math.ceil(total / 10);
          if (total >= PROGRESS_LINES_FROM && done % step === 0 && done < total) {
            logLine(io, `kg ingest: ${done}/${total} files`);
          }
          return;
        }
        if (done === 1) bar.start(total, 0);
        bar.update(done);
        if (done === total) bar.stop();
      };
      const rows: Row[] = [];
      let files = 0;
      let failed = 0;
      for await (const result of ingestPaths(paths, ingestOptions)) {
        files++;
        if (!result.ok) {
          failed++;
          logLine(io, `kg ingest: skipped ${result.path}: ${result.error.message} [${result.error.code}]`);
          continue;
        }
        for (const d of result.diagnostics) {
          if (d.severity !== 'info') logLine(io, `kg ingest: ${result.path}: ${d.message} [${d.code}]`);
        }
        for (const doc of result.docs) rows.push(summarize(doc));
      }
      bar?.stop();
      writeRows(io, rows, { columns: COLUMNS, format });
      logLine(io, `kg ingest: ${files} file(s), ${rows.length} text(s)${failed > 0 ? `, ${failed} failed` : ''}`);
      if (failed > 0) process.exitCode = EXIT.runtime;
    });
};
