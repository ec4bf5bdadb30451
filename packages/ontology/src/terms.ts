/**
 * An object of IRI constants, one per local name: `{ Post: 'http://www.w3.org/ns/org#Post', … }`.
 * The values are plain strings typed as their exact IRI, so consumers wrap them with any
 * RDF/JS DataFactory (`namedNode(ORG.Post)`).
 */
export type Terms<NS extends string, Name extends string> = { readonly [K in Name]: `${NS}${K}` };

/**
 * Builds a frozen {@link Terms} object from a namespace and its local names.
 * Internal: the package exports the resulting constants, not this builder.
 *
 * @example
 * const ORG = terms('http://www.w3.org/ns/org#', ['Post', 'holds']);
 * ORG.Post; // 'http://www.w3.org/ns/org#Post'
 */
export function terms<const NS extends string, const Name extends string>(
  namespace: NS,
  names: readonly Name[],
): Terms<NS, Name> {
  const out: Record<string, string> = {};
  for (const name of names) out[name] = namespace + name;
  return Object.freeze(out) as Terms<NS, Name>;
}
