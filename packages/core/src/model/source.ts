import type { Quad, Term } from '@rdfjs/types';

/**
 * The read side model/ needs from a store: pattern matching over all named
 * graphs (`null` is a wildcard). store/ implements it; query/'s `QuadSource`
 * is structurally compatible.
 */
export interface QuadMatcher {
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad>;
}
