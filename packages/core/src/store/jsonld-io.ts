import { KG_CONTEXT, KG_CONTEXT_URL } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { NotFoundError, ParseError } from '../errors.js';
import { toSortedNQuads } from '../model/index.js';
import { parseRdf } from './rdf-io.js';

/**
 * Offline document loader: serves the ontology's context under its IRI and
 * refuses everything else (no network at run time).
 */
export const documentLoader = async (url: string) => {
  if (url === KG_CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: { '@context': KG_CONTEXT } };
  throw new NotFoundError(`JSON-LD context ${url} is not available offline; only ${KG_CONTEXT_URL} is`, {
    code: 'KG_JSONLD_CONTEXT',
  });
};

/**
 * JSON-LD of the quads, compacted with the ontology's context, referenced by
 * its IRI (`KG_CONTEXT_URL`, served offline by {@link documentLoader}); named
 * graphs are `@graph` entries with their `@id`.
 *
 * @example const doc = await toJsonLd(store.quads());
 */
export async function toJsonLd(quads: Iterable<Quad>): Promise<object> {
  const expanded = await jsonld.fromRDF(toSortedNQuads(quads), { format: 'application/n-quads' });
  // Compacting against the context's IRI keeps the output small (`"@context": KG_CONTEXT_URL`);
  // readers resolve it with {@link documentLoader}, or from the ontology package.
  return jsonld.compact(expanded, KG_CONTEXT_URL as unknown as jsonld.ContextDefinition, {
    documentLoader: documentLoader as never,
  });
}

/** Quads of a JSON-LD document (its context must be inline or the ontology's). */
export async function fromJsonLd(doc: unknown, options: { source?: string } = {}): Promise<Quad[]> {
  let nquads: string;
  try {
    nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
      documentLoader: documentLoader as never,
    })) as unknown as string;
  } catch (error) {
    const offline = findCause(error);
    if (offline) throw offline;
    throw new ParseError(`JSON-LD error${options.source ? ` in ${options.source}` : ''}: ${(error as Error).message}`, {
      line: 0,
      column: 0,
      offset: 0,
      code: 'KG_JSONLD',
      cause: error,
    });
  }
  return parseRdf(nquads, { syntax: 'nquads', ...(options.source ? { source: options.source } : {}) });
}

/** jsonld wraps loader errors (`details.cause`); find our own offline refusal inside. */
function findCause(error: unknown): NotFoundError | undefined {
  for (let e = error, depth = 0; e && depth < 8; depth++) {
    if (e instanceof NotFoundError || (e as { code?: unknown }).code === 'KG_JSONLD_CONTEXT') return e as NotFoundError;
    const x = e as { cause?: unknown; details?: { cause?: unknown } };
    e = x.details?.cause ?? x.cause;
  }
  return undefined;
}
