// Shared by the examples: the bundled corpus as a knowledge graph, built in memory.
import { readdirSync } from 'node:fs';
import { buildGraph, ingestFile } from '@policy-kg/core';

export const CORPUS = new URL('./corpus/', import.meta.url).pathname;

/** Ingest every corpus file (name order) and build the graph: `{ store, docs }`. */
export async function corpusGraph() {
  const docs = [];
  for (const name of readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    docs.push(...(await ingestFile(CORPUS + name)));
  return { docs, ...buildGraph(docs) };
}
