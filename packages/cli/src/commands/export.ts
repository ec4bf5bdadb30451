import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CSV_TABLES,
  openStore,
  projectGraph,
  toGexf,
  toGraphMl,
  toJsonLd,
  UsageError,
  writeCsvTables,
  writeNQuads,
  writeTriG,
  writeTurtle,
} from '@policy-kg/core';
import type { Command } from 'commander';
import type { Io } from '../io.js';

const FORMATS = ['ttl', 'trig', 'nq', 'jsonld', 'csv', 'graphml', 'gexf'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface ExportCliOptions {
  store: string;
  format: string;
  out: string;
  bom?: boolean;
  seed?: string;
}

/**
 * `kg export --store DIR --format … --out PATH`. RDF formats and graph
 * formats write one file (`-` for stdout); `csv` writes one file per table
 * into the directory PATH.
 */
export const registerExport = (program: Command, io: Io): void => {
  program
    .command('export')
    .description('export a store as Turtle, TriG, N-Quads, JSON-LD, CSV tables, GraphML or GEXF')
    .requiredOption('-s, --store <dir>', 'store directory')
    .requiredOption('-f, --format <format>', `one of ${FORMATS.join('|')}`)
    .requiredOption('-o, --out <path>', 'output file (- for stdout); a directory for csv')
    .option('--bom', 'csv: start each file with a UTF-8 BOM (for Excel)')
    .option('--seed <n>', 'graphml/gexf: seed of the community detection', '1')
    .addHelpText(
      'after',
      `
Examples:
  kg export --store kg-store --format ttl --out graph.ttl
  kg export --store kg-store --format nq --out - | grep 郭玉芬
  kg export --store kg-store --format csv --bom --out 表格/
  kg export --store kg-store --format gexf --out 官员网络.gexf`,
    )
    .action(async (options: ExportCliOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`unknown export format "${options.format}"; use one of ${FORMATS.join(', ')}`);
      }
      const format = options.format as ExportFormat;
      const { store } = await openStore(options.store);
      if (format === 'csv') {
        if (options.out === '-') throw new UsageError('csv export writes several tables: give a directory with --out');
        await mkdir(options.out, { recursive: true });
        const tables = writeCsvTables(store, { bom: options.bom === true });
        for (const name of CSV_TABLES) await writeFile(join(options.out, `${name}.csv`), tables[name]);
        return;
      }
      let text: string;
      if (format === 'nq') text = writeNQuads(store.quads());
      else if (format === 'ttl') text = await writeTurtle(store.quads());
      else if (format === 'trig') text = await writeTriG(store.quads());
      else if (format === 'jsonld') text = `${JSON.stringify(await toJsonLd(store.quads()), null, 1)}\n`;
      else {
        const graph = projectGraph(store, { seed: Number(options.seed ?? '1') });
        text = format === 'graphml' ? toGraphMl(graph) : toGexf(graph);
      }
      if (options.out === '-') io.out.write(text);
      else await writeFile(options.out, text);
    });
};
