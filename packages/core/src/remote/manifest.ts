import { DCTERMS, ID, KG, XSD } from '@policy-kg/ontology';
import { ValidationError } from '../errors.js';
import type { RemoteTarget } from './target.js';

/** The server-side graph that records which document graphs were pushed, with their content sha256. */
export const MANIFEST_GRAPH = `${ID.graph}manifest`;

/** Graph IRI → content sha256 (hex). */
export type PushManifest = ReadonlyMap<string, string>;

/** What an incremental push must do; each list sorted by graph IRI. */
export interface PushPlan {
  /** On the local side only: upload. */
  add: string[];
  /** On both sides with different hashes: replace. */
  replace: string[];
  /** On the remote side only: delete (empty when `deleteMissing` is false). */
  delete: string[];
  /** Same hash on both sides: skip. */
  unchanged: string[];
}

/**
 * Compares a local manifest with the server's and says what to upload,
 * replace, delete and skip. Pure: no server needed.
 *
 * @example
 * ```ts
 * planPush(new Map([['g:a', 'h1'], ['g:b', 'h2']]), new Map([['g:b', 'old'], ['g:c', 'h3']]));
 * // { add: ['g:a'], replace: ['g:b'], delete: ['g:c'], unchanged: [] }
 * ```
 */
export function planPush(
  local: PushManifest,
  remote: PushManifest,
  options: { deleteMissing?: boolean; force?: boolean } = {},
): PushPlan {
  const plan: PushPlan = { add: [], replace: [], delete: [], unchanged: [] };
  for (const [graph, hash] of local) {
    const there = remote.get(graph);
    if (there === undefined) plan.add.push(graph);
    else if (there !== hash || options.force) plan.replace.push(graph);
    else plan.unchanged.push(graph);
  }
  if (options.deleteMissing ?? true) {
    for (const graph of remote.keys()) if (!local.has(graph)) plan.delete.push(graph);
  }
  for (const list of Object.values(plan) as string[][]) list.sort();
  return plan;
}

// Below the ResultSetMaxRows of small servers (Virtuoso ships 10 000), so a page is never cut.
const PAGE = 5_000;

/**
 * Reads the manifest graph from the server, paging by graph IRI (keyset, not
 * OFFSET: Virtuoso fails deep sorted offsets and truncates at ResultSetMaxRows).
 */
export async function readRemoteManifest(
  target: RemoteTarget,
  options: { manifestGraph?: string; signal?: AbortSignal } = {},
): Promise<Map<string, string>> {
  const manifest = new Map<string, string>();
  const graph = options.manifestGraph ?? MANIFEST_GRAPH;
  let after: string | undefined;
  for (;;) {
    const filter = after === undefined ? '' : `FILTER (STR(?g) > ${stringLiteral(after)})`;
    const query = `SELECT ?g ?h WHERE { GRAPH <${iri(graph)}> { ?g <${KG.sha256}> ?h } ${filter} } ORDER BY STR(?g) LIMIT ${PAGE}`;
    const { rows } = await target.select(query, options.signal ? { signal: options.signal } : {});
    for (const row of rows) {
      const g = row.get('g');
      const h = row.get('h');
      if (g && h) manifest.set(g.value, h.value);
    }
    if (rows.length < PAGE) return manifest;
    after = rows.at(-1)?.get('g')?.value;
  }
}

/** One change to the manifest graph: set a graph's hash, or remove the graph (`hash` undefined). */
export interface ManifestChange {
  graph: string;
  hash: string | undefined;
}

/** The SPARQL Update applying `changes` to the manifest graph, with `dcterms:modified` set to `now`. */
export function manifestUpdate(
  changes: readonly ManifestChange[],
  options: { manifestGraph?: string; now?: Date } = {},
): string {
  const m = iri(options.manifestGraph ?? MANIFEST_GRAPH);
  const now = (options.now ?? new Date()).toISOString();
  if (changes.length === 0) return '';
  // One DELETE for all entries (VALUES) and one INSERT DATA: per-entry DELETE WHERE costs
  // Virtuoso about 15 ms each, as much as uploading a small graph.
  const graphs = changes.map((c) => `<${iri(c.graph)}>`).join(' ');
  const ops = [`DELETE { GRAPH <${m}> { ?g ?p ?o } } WHERE { VALUES ?g { ${graphs} } GRAPH <${m}> { ?g ?p ?o } }`];
  const rows = changes
    .filter((c) => c.hash !== undefined)
    .map(
      (c) =>
        `<${iri(c.graph)}> <${KG.sha256}> ${stringLiteral(c.hash as string)} ; <${DCTERMS.modified}> "${now}"^^<${XSD.dateTime}> .`,
    );
  if (rows.length > 0) ops.push(`INSERT DATA { GRAPH <${m}> { ${rows.join(' ')} } }`);
  return ops.join(' ;\n');
}

function iri(value: string): string {
  if (/[\s<>"{}|^`\\]/.test(value))
    throw new ValidationError(`not a valid IRI for a SPARQL query: ${JSON.stringify(value)}`);
  return value;
}

function stringLiteral(s: string): string {
  return JSON.stringify(s);
}
