import { readFile } from 'node:fs/promises';
import { SHAPES_TTL_PATH } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { Parser, Store } from 'n3';

/** One SHACL violation, flattened for reports. */
export interface ShaclViolation {
  focusNode: string;
  path?: string;
  /** Constraint component IRI, e.g. `sh:MaxCountConstraintComponent`. */
  constraint: string;
  message: string;
  value?: string;
}

/** Outcome of {@link validateGraph}. */
export interface ShaclReport {
  conforms: boolean;
  violations: ShaclViolation[];
}

/**
 * Validate quads (the union of all their graphs) against the ontology's SHACL
 * shapes (`ttl/shapes.ttl`) with rdf-validate-shacl, loaded on first use.
 *
 * @example const { conforms, violations } = await validateGraph(store.quads());
 */
export async function validateGraph(quads: Iterable<Quad>): Promise<ShaclReport> {
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const shapes = new Store(new Parser().parse(await readFile(SHAPES_TTL_PATH, 'utf8')));
  const report = await new SHACLValidator(shapes).validate(new Store([...quads]));
  const violations = report.results.map((r) => {
    const v: ShaclViolation = {
      focusNode: r.focusNode?.value ?? '',
      constraint: r.sourceConstraintComponent?.value ?? '',
      message: r.message.map((m) => m.value).join('; '),
    };
    if (r.path?.value) v.path = r.path.value;
    if (r.value?.value) v.value = r.value.value;
    return v;
  });
  return { conforms: report.conforms, violations };
}
