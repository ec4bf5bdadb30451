import { ID } from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'rdf-data-factory';
import type { SearchIndex } from './search-index.js';
import type { SearchHit, SearchMode } from './types.js';

const df = new DataFactory();
const XSD_DOUBLE = df.namedNode('http://www.w3.org/2001/XMLSchema#double');

/** Namespace of the search property functions. */
export const KGS_NAMESPACE = 'https://w3id.org/policy-kg/search#';

/** IRIs of the search property functions. */
export const KGS = Object.freeze({
  /** `?item kgs:matches ("text" k "kind")` or `(?item ?score) kgs:matches ("text" k)`. */
  matches: `${KGS_NAMESPACE}matches`,
} as const);

/**
 * Input and result of a property function, structurally identical to the query
 * engine's `PropertyFunctionInput`/`PropertyFunctionResult` (search/ may not
 * import query/; the engine accepts these as they are).
 */
export interface SearchPropertyFunctionInput {
  subject: (Term | undefined)[];
  object: (Term | undefined)[];
}
/** One solution of `kgs:matches`: the terms bound to its subject and object lists. */
export interface SearchPropertyFunctionResult {
  subject?: Term[];
  object?: Term[];
}
/** The `kgs:matches` implementation the engine calls with the bound parts of a triple pattern. */
export type SearchPropertyFunction = (input: SearchPropertyFunctionInput) => Iterable<SearchPropertyFunctionResult>;

/** Options of {@link searchPropertyFunctions}. */
export interface SearchPropertyFunctionOptions {
  /** Hits when the query gives no k; default 10. */
  k?: number;
  /** Default `'hybrid'` (BM25 alone when the embedder cannot embed synchronously; see `SearchIndex.searchSync`). */
  mode?: SearchMode;
  /**
   * The RDF term of a hit. Default: the id itself when it is an absolute IRI
   * (graph entities, statements), else `ID.span + encodeURIComponent(id)`.
   */
  termOf?: (hit: SearchHit) => Term;
}

const IRI = /^[a-z][a-z0-9+.-]*:/i;

/** The default term of a hit: its id when an IRI, else a span IRI minted from it. */
export function hitTerm(hit: SearchHit): Term {
  return df.namedNode(IRI.test(hit.id) ? hit.id : `${ID.span}${encodeURIComponent(hit.id)}`);
}

/**
 * SPARQL property functions over a search index, keyed by IRI, in the shape
 * `QueryEngine` takes (`extensions.propertyFunctions` or `registerPropertyFunction`):
 * `?passage kgs:matches ("基层人才" 10)` binds `?passage` to the best 10 items;
 * `(?passage ?score) kgs:matches ("基层人才" 10 "statement")` also binds the
 * score and keeps only one kind. Bound subjects are checked by the engine.
 *
 * @example
 * ```ts
 * const engine = new QueryEngine({ source: store, extensions: { propertyFunctions: searchPropertyFunctions(index) } });
 * await engine.queryBindings(`PREFIX kgs: <${KGS_NAMESPACE}>
 *   SELECT ?p ?s WHERE { (?p ?s) kgs:matches ("基层医生留不住" 5) }`);
 * ```
 */
export function searchPropertyFunctions(
  index: SearchIndex,
  options: SearchPropertyFunctionOptions = {},
): Record<string, SearchPropertyFunction> {
  const termOf = options.termOf ?? hitTerm;
  const matches: SearchPropertyFunction = function* ({ subject, object }) {
    const [text, k, kind] = object;
    if (text === undefined || text.termType !== 'Literal') return;
    const n = k?.termType === 'Literal' ? Number(k.value) : (options.k ?? 10);
    if (!Number.isInteger(n) || n < 0) return;
    const hits = index.searchSync(text.value, {
      k: n,
      mode: options.mode ?? 'hybrid',
      ...(kind?.termType === 'Literal' ? { kind: kind.value } : {}),
    });
    for (const hit of hits) {
      const item = termOf(hit);
      yield { subject: subject.length >= 2 ? [item, df.literal(String(hit.score), XSD_DOUBLE)] : [item] };
    }
  };
  return { [KGS.matches]: matches };
}
