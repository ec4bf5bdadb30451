import { fileURLToPath } from 'node:url';

// Both src/ and dist/ sit one level below the package root, so '../ttl/' resolves from either.

/** Absolute path of the OWL vocabulary, `ttl/policy-kg.ttl`. */
export const ONTOLOGY_TTL_PATH: string = fileURLToPath(new URL('../ttl/policy-kg.ttl', import.meta.url));

/** Absolute path of the SHACL shapes, `ttl/shapes.ttl`. */
export const SHAPES_TTL_PATH: string = fileURLToPath(new URL('../ttl/shapes.ttl', import.meta.url));

/**
 * Absolute path of `ttl/reused-axioms.ttl`: the axioms of ORG, PROV-O, SKOS, OWL-Time and schema.org our
 * reasoning relies on (inverses, transitive hierarchies, superclasses), so a reasoner never needs the network.
 */
export const REUSED_AXIOMS_TTL_PATH: string = fileURLToPath(new URL('../ttl/reused-axioms.ttl', import.meta.url));

/** Absolute path of `ttl/context.jsonld`, the JSON-LD context as a file (`{ "@context": KG_CONTEXT }`). */
export const CONTEXT_JSONLD_PATH: string = fileURLToPath(new URL('../ttl/context.jsonld', import.meta.url));
