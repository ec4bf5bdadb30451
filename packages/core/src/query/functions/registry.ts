import type { Term } from '@rdfjs/types';

/**
 * A custom SPARQL function, called by IRI: `ex:fn(?a, ?b)`. Throw (or return
 * `undefined`) to signal an expression error: the BIND stays unbound and a
 * FILTER is false.
 *
 * @example
 * ```ts
 * const double: ExtensionFunction = ([x]) => literal(String(Number(x?.value) * 2), XSD_INTEGER);
 * ```
 */
export type ExtensionFunction = (args: Term[]) => Term | undefined;

/** Input of a property function: subject and object argument lists; `undefined` = unbound variable. */
export interface PropertyFunctionInput {
  subject: (Term | undefined)[];
  object: (Term | undefined)[];
}

/** One solution of a property function: full subject and/or object lists (omitted = unchanged input). */
export interface PropertyFunctionResult {
  subject?: Term[];
  object?: Term[];
}

/**
 * A property function (magic property) that generates bindings, e.g.
 * `?passage ex:matches ("基层人才" 10)`. Lists written as `( … )` arrive as
 * arrays; results bind the unbound variables and must agree with bound ones.
 *
 * @example
 * ```ts
 * const matches: PropertyFunction = ({ object }) => search(object[0]!.value).map((iri) => ({ subject: [iri] }));
 * ```
 */
export type PropertyFunction = (input: PropertyFunctionInput) => Iterable<PropertyFunctionResult>;

/** Extension functions and property functions by IRI. */
export interface Extensions {
  functions?: Record<string, ExtensionFunction> | ReadonlyMap<string, ExtensionFunction>;
  propertyFunctions?: Record<string, PropertyFunction> | ReadonlyMap<string, PropertyFunction>;
}

/** Normalises a record-or-map into a Map. */
export function toMap<T>(x: Record<string, T> | ReadonlyMap<string, T> | undefined): Map<string, T> {
  if (x === undefined) return new Map();
  if (x instanceof Map) return new Map(x);
  return new Map(Object.entries(x as Record<string, T>));
}
