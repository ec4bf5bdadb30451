import { readdirSync, readFileSync } from 'node:fs';
import { type Doc, ingestBytes } from '@policy-kg/core';

const CORPUS = new URL('../../examples/corpus/', import.meta.url);

/** The five bundled documents, ingested from their raw bytes (name order). */
export function corpusDocs(): Doc[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((name) => ingestBytes(readFileSync(new URL(name, CORPUS)), { name }));
}

/** Absolute path of the corpus folder. */
export const CORPUS_DIR = CORPUS.pathname;
