import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { createQueryEngine } from '@policy-kg/core';
import type { Quad } from '@rdfjs/types';
import { Store, Writer } from 'n3';
import oxigraph from 'oxigraph';
import type { RowLike } from './canonical.js';

/** An engine under test: runs a SELECT query to completion and returns its rows. */
export interface BenchEngine {
  name: 'ours' | 'oxigraph' | 'comunica';
  select(query: string, options: { timeoutMs: number }): Promise<RowLike[]>;
}

/** Loads quads into an n3 Store (the store both our engine and Comunica read). */
export function loadN3(quads: Iterable<Quad>): Store {
  const store = new Store();
  for (const q of quads) store.addQuad(q);
  return store;
}

/** Loads quads into an Oxigraph store through one N-Triples string (its bulk path). */
export function loadOxigraph(quads: Iterable<Quad>): oxigraph.Store {
  const writer = new Writer({ format: 'N-Triples' });
  const parts: string[] = [];
  let batch: Quad[] = [];
  const flush = () => {
    parts.push(writer.quadsToString(batch));
    batch = [];
  };
  for (const q of quads) {
    batch.push(q);
    if (batch.length === 50_000) flush();
  }
  flush();
  const store = new oxigraph.Store();
  store.load(parts, { format: 'application/n-triples' });
  return store;
}

async function withTimeout<T>(name: string, timeoutMs: number, run: Promise<T>, cancel: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cancel();
      reject(new Error(`${name} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Comunica over the n3 Store. */
export function comunicaEngine(store: Store): BenchEngine {
  const engine = new QueryEngine();
  return {
    name: 'comunica',
    async select(query, { timeoutMs }) {
      const stream = await engine.queryBindings(query, { sources: [store] });
      return withTimeout('comunica', timeoutMs, stream.toArray(), () => stream.destroy());
    },
  };
}

/** Oxigraph (WASM) over its own in-memory store; synchronous, so no timeout. */
export function oxigraphEngine(store: oxigraph.Store): BenchEngine {
  return {
    name: 'oxigraph',
    async select(query) {
      return store.query(query) as Map<string, oxigraph.Term>[];
    },
  };
}

/** Our engine (packages/core `createQueryEngine`) over the same n3 Store, with its own timeout. */
export function ourEngine(store: Store): BenchEngine {
  const engine = createQueryEngine();
  return {
    name: 'ours',
    async select(query, { timeoutMs }) {
      const stream = await engine.queryBindings(query, { sources: [store], timeout: timeoutMs });
      return stream.toArray();
    },
  };
}
