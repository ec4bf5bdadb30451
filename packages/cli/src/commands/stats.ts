import { RDF } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { ROW_FORMATS } from '../output.js';
import { openStoreFrom, STORE_HELP } from '../store-options.js';
import { writeTyped } from '../typed-output.js';
import type { RegisterCommand } from './types.js';

/** `kg stats --store DIR`: what a store holds (documents, quads, instances per class, search items). */
export const registerStats: RegisterCommand = (program, io) => {
  program
    .command('stats')
    .description('counts of what a store holds: documents, quads, graphs, instances per class, search items')
    .option('-s, --store <dir>', STORE_HELP)
    .option('-f, --format <format>', `${ROW_FORMATS.join(', ')} (default: table on a TTY, jsonl piped)`)
    .addHelpText(
      'after',
      `
Examples:
  kg stats --store kg-store
  kg stats --store 甘肃库 --format json
  KG_STORE=kg-store kg stats --format csv`,
    )
    .action(async (options: { store?: string; format?: string }) => {
      const { store, manifest } = await openStoreFrom(options);
      const rows: Array<{ item: string; count: number }> = [
        { item: 'documents', count: manifest.sources.length },
        { item: 'quads', count: store.size },
        { item: 'graphs', count: store.getGraphs().length },
        { item: 'search items', count: manifest.search?.items ?? 0 },
      ];
      const byClass = new Map<string, Set<string>>();
      for (const q of store.match(null, DataFactory.namedNode(RDF.type), null, null)) {
        let set = byClass.get(q.object.value);
        if (!set) {
          set = new Set();
          byClass.set(q.object.value, set);
        }
        set.add(q.subject.value);
      }
      for (const [cls, set] of [...byClass].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))) {
        rows.push({ item: cls.replace(/^.*[#/]/, 'class '), count: set.size });
      }
      writeTyped(io, rows, { ...options, columns: ['item', 'count'] });
    });
};
