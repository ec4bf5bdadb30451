import { entail, GraphStore, INFERRED_GRAPH, parseRdf } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';

const PREFIXES = `@prefix kg: <https://w3id.org/policy-kg/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix schema: <http://schema.org/> . @prefix ex: <https://example.org/> .`;

function run(ttl: string): Set<string> {
  const store = new GraphStore();
  store.addQuads(parseRdf(`${PREFIXES}\n<https://example.org/g> { ${ttl} }`, { syntax: 'trig' }));
  const inferred = entail(store);
  expect(inferred.every((q) => q.graph.value === INFERRED_GRAPH)).toBe(true);
  const short = (v: string) =>
    v
      .replace('https://example.org/', 'ex:')
      .replace('https://w3id.org/policy-kg/ontology#', 'kg:')
      .replace('http://www.w3.org/ns/org#', 'org:')
      .replace('http://www.w3.org/ns/prov#', 'prov:')
      .replace('http://schema.org/', 'schema:')
      .replace('http://www.w3.org/2004/02/skos/core#', 'skos:')
      .replace('http://www.w3.org/2002/07/owl#', 'owl:')
      .replace('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'a');
  return new Set(inferred.map((q) => `${short(q.subject.value)} ${short(q.predicate.value)} ${short(q.object.value)}`));
}

describe('entail: RDFS and the OWL RL rules of our vocabulary', () => {
  it('cax-sco: types climb rdfs:subClassOf (ontology and reused axioms)', () => {
    const out = run('ex:o a kg:Official . ex:i a kg:Institution .');
    expect(out).toContain('ex:o a schema:Person');
    expect(out).toContain('ex:o a prov:Agent'); // kg:Official ⊑ prov:Person ⊑ prov:Agent
    expect(out).toContain('ex:i a org:Organization'); // kg:Institution ⊑ org:FormalOrganization ⊑ org:Organization
  });

  it('prp-spo1: statements climb rdfs:subPropertyOf', () => {
    const out = run('ex:s kg:speaker ex:o . ex:a org:subOrganizationOf ex:b .');
    expect(out).toContain('ex:s prov:wasAttributedTo ex:o');
    expect(out).toContain('ex:a org:transitiveSubOrganizationOf ex:b');
  });

  it('prp-inv: inverse properties in both directions', () => {
    const out = run('ex:o org:holds ex:post . ex:a org:subOrganizationOf ex:b .');
    expect(out).toContain('ex:post org:heldBy ex:o');
    expect(out).toContain('ex:b org:hasSubOrganization ex:a');
  });

  it('prp-trp: the institution hierarchy and broader chains are transitive', () => {
    const out = run(
      'ex:county org:subOrganizationOf ex:city . ex:city org:subOrganizationOf ex:province . ex:province org:subOrganizationOf ex:nation . ex:a skos:broader ex:b . ex:b skos:broader ex:c .',
    );
    expect(out).toContain('ex:county org:transitiveSubOrganizationOf ex:nation');
    expect(out).toContain('ex:county org:transitiveSubOrganizationOf ex:province');
    expect(out).not.toContain('ex:county org:subOrganizationOf ex:nation'); // the direct relation is not transitive
    expect(out).toContain('ex:a skos:broaderTransitive ex:c');
  });

  it('prp-symp: skos:exactMatch is symmetric (and transitive)', () => {
    const out = run('ex:a skos:exactMatch ex:b . ex:b skos:exactMatch ex:c .');
    expect(out).toContain('ex:b skos:exactMatch ex:a');
    expect(out).toContain('ex:a skos:exactMatch ex:c');
    expect(out).toContain('ex:c skos:closeMatch ex:a');
  });

  it('eq-sym, eq-trans, eq-rep: owl:sameAs from a linkset shares statements', () => {
    const out = run(
      'ex:ours owl:sameAs ex:theirs . ex:theirs owl:sameAs ex:third . ex:theirs schema:telephone "0931-12320" . ex:ours a kg:Institution .',
    );
    expect(out).toContain('ex:theirs owl:sameAs ex:ours');
    expect(out).toContain('ex:ours owl:sameAs ex:third');
    expect(out).toContain('ex:ours schema:telephone 0931-12320');
    expect(out).toContain('ex:theirs a kg:Institution');
    expect(out).toContain('ex:theirs a org:Organization');
  });

  it('adds nothing that is already asserted and nothing on literals', () => {
    const out = run('ex:a org:holds ex:p . ex:p org:heldBy ex:a . ex:a schema:name "x" .');
    expect([...out]).toEqual([]);
  });
});
