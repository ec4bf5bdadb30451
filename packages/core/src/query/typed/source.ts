import type * as RDF from '@rdfjs/types';
import { createQueryEngine, type QueryEngine } from '../engine.js';
import type { QuadSource } from '../source.js';

/**
 * What the typed queries need: a SPARQL SELECT runner that takes WHOLE
 * queries. Our embedded engine over a store ({@link localQuerySource}) and
 * remote/'s `RemoteQuerySource` (a SPARQL server) both fit, so the same typed
 * query runs on either.
 */
export interface QuerySource {
  queryBindings(
    query: string,
    context?: { signal?: AbortSignal },
  ): Promise<AsyncIterable<RDF.Bindings> | Iterable<RDF.Bindings>>;
}

/** Anything with the shape of `GraphStore.unionView()` or a plain quad source. */
export interface UnionViewable {
  unionView(): QuadSource;
}

/**
 * A {@link QuerySource} over an in-memory store, queried through its union
 * default graph (every document graph merged).
 *
 * @example const rows = await statements(localQuerySource(store), { speaker: '郭玉芬' });
 */
export function localQuerySource(
  store: UnionViewable | QuadSource,
  options: { engine?: QueryEngine; timeout?: number } = {},
): QuerySource {
  const engine = options.engine ?? createQueryEngine();
  const source = 'unionView' in store ? store.unionView() : store;
  return {
    queryBindings: (query, context = {}) =>
      engine.queryBindings(query, {
        sources: [source],
        ...(context.signal ? { signal: context.signal } : {}),
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      }),
  };
}
