import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  type CsvMapping,
  formatOfPath,
  type ImportFormat,
  importCsv,
  importRdf,
  openStore,
  replaceStoreGraph,
  UsageError,
} from '@policy-kg/core';
import type { Command } from 'commander';
import { EXIT } from '../exit-codes.js';
import { type Io, logLine } from '../io.js';

/** A named-node term without depending on an RDF/JS factory here. */
export const graphTerm = (iri: string) =>
  ({ termType: 'NamedNode', value: iri, equals: (o: { value?: string } | null) => o?.value === iri }) as never;

const FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'csv'];

interface ImportCliOptions {
  store: string;
  graph?: string;
  format?: string;
  mapping?: string;
}

/**
 * `kg import <file> --store DIR [--graph IRI] [--format F] [--mapping m.json]`:
 * load external RDF or a mapped CSV into its own named graph of the store
 * (re-import replaces it). Bad CSV rows are reported with line numbers (exit 1), the rest load.
 */
export const registerImport = (program: Command, io: Io): void => {
  program
    .command('import')
    .description(
      'import external RDF (Turtle, N-Triples, N-Quads, TriG, JSON-LD) or mapped CSV into its own named graph',
    )
    .argument('<file>', 'file to import')
    .requiredOption('-s, --store <dir>', 'store directory (built with kg build)')
    .option('-g, --graph <iri>', 'named graph (default https://w3id.org/policy-kg/id/graph/import/<file name>)')
    .option('-f, --format <format>', `one of ${FORMATS.join('|')} (default from the extension)`)
    .option('-m, --mapping <json>', 'csv: column mapping file (subject, subjectPrefix, label, type, columns)')
    .addHelpText(
      'after',
      `
Examples:
  kg import 卫健委名录.ttl --store kg-store
  kg import 省卫健委.csv --mapping 省卫健委.mapping.json --store kg-store --graph https://example.org/commissions
  kg import wikidata.nt --store kg-store --format ntriples`,
    )
    .action(async (file: string, options: ImportCliOptions) => {
      const format = options.format ?? formatOfPath(file);
      if (!format || !FORMATS.includes(format)) {
        throw new UsageError(`cannot tell the format of ${file}: give --format ${FORMATS.join('|')}`);
      }
      const graph = options.graph ?? `https://w3id.org/policy-kg/id/graph/import/${encodeURIComponent(basename(file))}`;
      const bytes = await readFile(file);
      const text = bytes.toString('utf8');
      const opened = await openStore(options.store);
      let quads: Awaited<ReturnType<typeof importRdf>>;
      let failed = 0;
      if (format === 'csv') {
        if (!options.mapping) throw new UsageError('csv import needs --mapping <json>');
        const mapping = JSON.parse(await readFile(options.mapping, 'utf8')) as CsvMapping;
        const result = importCsv(text, mapping, { graph, source: file });
        for (const e of result.errors) logLine(io, `kg import: ${file}:${e.line}: ${e.message}`);
        failed = result.errors.length;
        quads = result.quads;
      } else {
        quads = await importRdf(text, { format: format as ImportFormat, graph, source: file });
      }
      await replaceStoreGraph({
        store: options.store,
        opened,
        graph,
        quads,
        source: {
          path: `import:${resolve(file)}`,
          kind: 'import',
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes,
        },
      });
      logLine(
        io,
        `kg import: ${file} → <${graph}>: ${quads.length} quads${failed ? `, ${failed} bad row(s) skipped` : ''}`,
      );
      if (failed > 0) process.exitCode = EXIT.runtime;
    });
};
