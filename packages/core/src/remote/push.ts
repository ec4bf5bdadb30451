import type * as RDF from '@rdfjs/types';
import { type ManifestChange, manifestUpdate, type PushPlan, planPush, readRemoteManifest } from './manifest.js';
import type { RemoteTarget } from './target.js';

/**
 * One document's named graph as the store hands it over. `quads` should be
 * lazy: it is only iterated when the graph must be uploaded.
 */
export interface PushGraph {
  /** Named graph IRI. */
  graph: string;
  /** Content sha256 of the document (hex); equal hashes are not re-uploaded. */
  hash: string;
  quads: Iterable<RDF.Quad> | AsyncIterable<RDF.Quad>;
}

/** Options of {@link pushGraphs}. */
export interface PushOptions {
  /** Delete remote graphs listed in the manifest that the local side no longer has. Default true. */
  deleteMissing?: boolean;
  /** Re-upload graphs even when the hash matches. Default false. */
  force?: boolean;
  /** Manifest graph IRI. Default {@link MANIFEST_GRAPH}. */
  manifestGraph?: string;
  /** Manifest changes per SPARQL Update request. Default 100. */
  manifestBatch?: number;
  signal?: AbortSignal;
  /** Called after each graph is handled. */
  onProgress?: (event: PushProgress) => void;
}

/** Progress of a push, one event per graph. */
export interface PushProgress {
  graph: string;
  action: 'add' | 'replace' | 'delete' | 'unchanged';
  triples: number;
}

/** What a push did. */
export interface PushReport {
  plan: PushPlan;
  triples: number;
  requests: number;
  bytes: number;
}

/**
 * Pushes per-document named graphs to a server incrementally: reads the
 * server's manifest graph, uploads only graphs whose hash changed (Graph Store
 * PUT, chunked), deletes graphs no longer present locally, and records each
 * change in the manifest after its graph is written, so an interrupted push
 * is redone, never skipped.
 *
 * @example
 * ```ts
 * const report = await pushGraphs(target, store.documentGraphs());
 * console.log(report.plan.add.length, 'added,', report.plan.unchanged.length, 'unchanged');
 * ```
 */
export async function pushGraphs(
  target: RemoteTarget,
  graphs: Iterable<PushGraph> | AsyncIterable<PushGraph>,
  options: PushOptions = {},
): Promise<PushReport> {
  const signal = options.signal;
  const manifestOptions = {
    ...(options.manifestGraph ? { manifestGraph: options.manifestGraph } : {}),
    ...(signal ? { signal } : {}),
  };
  const remote = await readRemoteManifest(target, manifestOptions);
  const local = new Map<string, string>();
  const report: PushReport = {
    plan: { add: [], replace: [], delete: [], unchanged: [] },
    triples: 0,
    requests: 0,
    bytes: 0,
  };
  const batch = options.manifestBatch ?? 100;
  let pending: ManifestChange[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const changes = pending;
    pending = [];
    await target.update(manifestUpdate(changes, manifestOptions), signal ? { signal } : {});
    report.requests += 1;
  };
  let failed = false;
  try {
    for await (const g of graphs) {
      signal?.throwIfAborted();
      if (local.has(g.graph)) continue;
      local.set(g.graph, g.hash);
      const there = remote.get(g.graph);
      if (there === g.hash && !options.force) {
        options.onProgress?.({ graph: g.graph, action: 'unchanged', triples: 0 });
        continue;
      }
      const put = await target.putGraph(g.graph, g.quads, signal ? { signal } : {});
      report.triples += put.triples;
      report.requests += Math.max(put.requests, 1);
      report.bytes += put.bytes;
      pending.push({ graph: g.graph, hash: g.hash });
      if (pending.length >= batch) await flush();
      options.onProgress?.({ graph: g.graph, action: there === undefined ? 'add' : 'replace', triples: put.triples });
    }
    const plan = planPush(local, remote, {
      ...(options.deleteMissing === undefined ? {} : { deleteMissing: options.deleteMissing }),
      ...(options.force === undefined ? {} : { force: options.force }),
    });
    for (const graph of plan.delete) {
      await target.deleteGraph(graph, signal ? { signal } : {});
      report.requests += 1;
      pending.push({ graph, hash: undefined });
      if (pending.length >= batch) await flush();
      options.onProgress?.({ graph, action: 'delete', triples: 0 });
    }
    report.plan = plan;
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // Record what was written even when a later graph failed; the first error wins.
    if (!signal?.aborted)
      await flush().catch((err) => {
        if (!failed) throw err;
      });
  }
  return report;
}

/** Replaces one document's graph and records its hash in the manifest. */
export async function replaceGraph(
  target: RemoteTarget,
  graph: PushGraph,
  options: { manifestGraph?: string; signal?: AbortSignal } = {},
): Promise<number> {
  const put = await target.putGraph(graph.graph, graph.quads, options.signal ? { signal: options.signal } : {});
  await target.update(manifestUpdate([{ graph: graph.graph, hash: graph.hash }], options));
  return put.triples;
}

/** Deletes one document's graph and its manifest entry. */
export async function deleteDocumentGraph(
  target: RemoteTarget,
  graph: string,
  options: { manifestGraph?: string; signal?: AbortSignal } = {},
): Promise<boolean> {
  const existed = await target.deleteGraph(graph, options.signal ? { signal: options.signal } : {});
  await target.update(manifestUpdate([{ graph, hash: undefined }], options));
  return existed;
}
