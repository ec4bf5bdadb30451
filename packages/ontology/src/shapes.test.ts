import { readFileSync } from 'node:fs';
import { DataFactory, Parser, type Quad, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { ID, KG_ID_BASE } from './ids.js';
import { OWL, RDF, SH, SKOS, XSD } from './namespaces.js';
import { ONTOLOGY_TTL_PATH, SHAPES_TTL_PATH } from './paths.js';
import { OA, ORG, SCHEMA, TIME } from './vocabularies.js';
import { KG, KG_NAMESPACE } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;
const parseFile = (path: string): Quad[] => new Parser().parse(readFileSync(path, 'utf8'));
const shapes = new Store(parseFile(SHAPES_TTL_PATH));
const example = parseFile(new URL('./fixtures/example.ttl', import.meta.url).pathname);

interface Violation {
  focus: string;
  path: string | undefined;
  component: string;
}

async function validate(quads: Quad[]): Promise<Violation[]> {
  const report = await new SHACLValidator(shapes).validate(new Store(quads));
  return report.results.map((r) => ({
    focus: r.focusNode?.value ?? '',
    path: r.path?.value,
    component: (r.sourceConstraintComponent?.value ?? '').replace(SH.NodeShape.replace('NodeShape', ''), 'sh:'),
  }));
}

/** The example graph with triples removed (by subject and predicate) and added. */
function mutate(options: { remove?: [string, string][]; add?: Quad[] }): Quad[] {
  const drop = (q: Quad) => (options.remove ?? []).some(([s, p]) => q.subject.value === s && q.predicate.value === p);
  return [...example.filter((q) => !drop(q)), ...(options.add ?? [])];
}

const iri = (path: string) => `${KG_ID_BASE}${path}`;
/** The first subject in the example with this predicate (and object, if given); fails loudly if absent. */
function subjectWith(predicate: string, object?: string): Quad['subject'] {
  const found = example.find(
    (q) => q.predicate.value === predicate && (object === undefined || q.object.value === object),
  );
  if (!found) throw new Error(`example.ttl has no subject with ${predicate} ${object ?? ''}`);
  return found.subject;
}
const positionSelector = subjectWith(RDF.type, OA.TextPositionSelector);
const quoteSelector = subjectWith(RDF.type, OA.TextQuoteSelector);
const instant = subjectWith(TIME.inXSDDate);

describe('ttl/shapes.ttl', () => {
  it('accepts the hand-written example graph with zero violations', async () => {
    expect(await validate(example)).toEqual([]);
  });

  it('validates the union of named graphs, as a store with one graph per document holds them', async () => {
    const spread = (quads: Quad[]) =>
      quads.map((q, i) => quad(q.subject, q.predicate, q.object, namedNode(`urn:g${i % 3}`)));
    expect(await validate(spread(example))).toEqual([]);
    const noSpeaker = spread(mutate({ remove: [[iri('statement/s1'), KG.speaker]] }));
    expect((await validate(noSpeaker)).map((v) => v.path)).toEqual([KG.speaker]);
  });

  it('has a node shape targeting every kg: class the ontology declares', () => {
    const ontology = new Store(parseFile(ONTOLOGY_TTL_PATH));
    const classes = ontology
      .getSubjects(RDF.type, OWL.Class, null)
      .map((t) => t.value)
      .filter((c) => c.startsWith(KG_NAMESPACE));
    expect(classes.length).toBeGreaterThanOrEqual(25);
    const targeted = new Set(shapes.getObjects(null, SH.targetClass, null).map((t) => t.value));
    expect(classes.filter((c) => !targeted.has(c))).toEqual([]);
  });

  const cases: [string, Parameters<typeof mutate>[0], Violation][] = [
    [
      'a statement without a speaker',
      { remove: [[iri('statement/s1'), KG.speaker]] },
      { focus: iri('statement/s1'), path: KG.speaker, component: 'sh:MinCountConstraintComponent' },
    ],
    [
      'a statement whose speaker is a policy',
      {
        remove: [[iri('statement/s1'), KG.speaker]],
        add: [quad(namedNode(iri('statement/s1')), namedNode(KG.speaker), namedNode(iri('policy/p1')))],
      },
      { focus: iri('statement/s1'), path: KG.speaker, component: 'sh:OrConstraintComponent' },
    ],
    [
      'an indicator value typed xsd:integer instead of xsd:decimal',
      {
        remove: [[iri('observation/i1'), KG.value]],
        add: [quad(namedNode(iri('observation/i1')), namedNode(KG.value), literal('300', namedNode(XSD.integer)))],
      },
      { focus: iri('observation/i1'), path: KG.value, component: 'sh:DatatypeConstraintComponent' },
    ],
    [
      'an indicator value kind outside the enumeration',
      {
        remove: [[iri('observation/i1'), KG.valueKind]],
        add: [quad(namedNode(iri('observation/i1')), namedNode(KG.valueKind), namedNode(KG.Hybrid))],
      },
      { focus: iri('observation/i1'), path: KG.valueKind, component: 'sh:InConstraintComponent' },
    ],
    [
      'a document hash that is not 64 hex digits',
      {
        remove: [[iri('document/d1'), KG.sha256]],
        add: [quad(namedNode(iri('document/d1')), namedNode(KG.sha256), literal('ABC'))],
      },
      { focus: iri('document/d1'), path: KG.sha256, component: 'sh:PatternConstraintComponent' },
    ],
    [
      'a span that ends before it starts',
      {
        remove: [[positionSelector.value, OA.end]],
        add: [quad(positionSelector, namedNode(OA.end), literal('1', namedNode(XSD.nonNegativeInteger)))],
      },
      {
        focus: positionSelector.value,
        path: OA.start,
        component: 'sh:LessThanOrEqualsConstraintComponent',
      },
    ],
    [
      'a span without a quote selector',
      { remove: [[quoteSelector.value, RDF.type]] },
      { focus: iri('span/n1'), path: OA.hasSelector, component: 'sh:QualifiedMinCountConstraintComponent' },
    ],
    [
      'a membership whose member is an institution',
      {
        remove: [[iri('membership/m1'), ORG.member]],
        add: [quad(namedNode(iri('membership/m1')), namedNode(ORG.member), namedNode(iri('institution/gs-wjw')))],
      },
      { focus: iri('membership/m1'), path: ORG.member, component: 'sh:ClassConstraintComponent' },
    ],
    [
      'a province without its GB/T 2260 code',
      { remove: [[`${ID.place}620000`, SKOS.notation]] },
      { focus: `${ID.place}620000`, path: undefined, component: 'sh:OrConstraintComponent' },
    ],
    [
      'an institution whose canonical name has no language tag',
      {
        remove: [[iri('institution/gs-gov'), SKOS.prefLabel]],
        add: [quad(namedNode(iri('institution/gs-gov')), namedNode(SKOS.prefLabel), literal('甘肃省人民政府'))],
      },
      { focus: iri('institution/gs-gov'), path: SKOS.prefLabel, component: 'sh:DatatypeConstraintComponent' },
    ],
    [
      'a policy kind outside the enumeration',
      {
        remove: [[iri('policy/p1'), KG.policyKind]],
        add: [quad(namedNode(iri('policy/p1')), namedNode(KG.policyKind), literal('tactic'))],
      },
      { focus: iri('policy/p1'), path: KG.policyKind, component: 'sh:InConstraintComponent' },
    ],
    [
      'a slogan first seen after it was last seen',
      {
        remove: [[iri('slogan/g1'), KG.firstSeen]],
        add: [quad(namedNode(iri('slogan/g1')), namedNode(KG.firstSeen), literal('2023-01-01', namedNode(XSD.date)))],
      },
      { focus: iri('slogan/g1'), path: KG.firstSeen, component: 'sh:LessThanOrEqualsConstraintComponent' },
    ],
    [
      'a fact without its primary source',
      { remove: [[iri('mention/n1'), 'http://www.w3.org/ns/prov#hadPrimarySource']] },
      {
        focus: iri('mention/n1'),
        path: 'http://www.w3.org/ns/prov#hadPrimarySource',
        component: 'sh:MinCountConstraintComponent',
      },
    ],
    [
      'an extraction activity without a tool version',
      { remove: [[iri('activity/a1'), KG.toolVersion]] },
      { focus: iri('activity/a1'), path: KG.toolVersion, component: 'sh:MinCountConstraintComponent' },
    ],
    [
      'a text that belongs to no document',
      { remove: [[iri('text/d1-0'), 'http://purl.org/dc/terms/isPartOf']] },
      {
        focus: iri('text/d1-0'),
        path: 'http://purl.org/dc/terms/isPartOf',
        component: 'sh:MinCountConstraintComponent',
      },
    ],
    [
      'a meeting held in an unknown format',
      {
        remove: [[iri('meeting/mt1'), KG.meetingFormat]],
        add: [quad(namedNode(iri('meeting/mt1')), namedNode(KG.meetingFormat), literal('video'))],
      },
      { focus: iri('meeting/mt1'), path: KG.meetingFormat, component: 'sh:InConstraintComponent' },
    ],
    [
      'a time instant with two dates',
      {
        add: [quad(instant, namedNode(TIME.inXSDgYear), literal('2022', namedNode(XSD.gYear)))],
      },
      {
        focus: instant.value,
        path: undefined,
        component: 'sh:XoneConstraintComponent',
      },
    ],
    [
      'a value-kind individual that is not in the enumeration',
      { add: [quad(namedNode(KG.Hospital), namedNode(RDF.type), namedNode(KG.ValueKind))] },
      { focus: KG.Hospital, path: undefined, component: 'sh:InConstraintComponent' },
    ],
    [
      'an echo whose similarity exceeds 1',
      {
        remove: [[iri('echo/e1'), KG.similarity]],
        add: [quad(namedNode(iri('echo/e1')), namedNode(KG.similarity), literal('1.5', namedNode(XSD.decimal)))],
      },
      { focus: iri('echo/e1'), path: KG.similarity, component: 'sh:MaxInclusiveConstraintComponent' },
    ],
    [
      'a derived fact without the rule run that produced it',
      { remove: [[iri('tenure/t1'), 'http://www.w3.org/ns/prov#wasGeneratedBy']] },
      {
        focus: iri('tenure/t1'),
        path: 'http://www.w3.org/ns/prov#wasGeneratedBy',
        component: 'sh:MinCountConstraintComponent',
      },
    ],
    [
      'a diffusion record of something that is neither a policy nor a slogan',
      {
        remove: [[iri('diffusion/x1'), KG.concept]],
        add: [quad(namedNode(iri('diffusion/x1')), namedNode(KG.concept), namedNode(iri('official/o1')))],
      },
      { focus: iri('diffusion/x1'), path: KG.concept, component: 'sh:OrConstraintComponent' },
    ],
    [
      'two Simplified contents for one statement',
      { add: [quad(namedNode(iri('statement/s1')), namedNode(SCHEMA.text), literal('另一内容', 'zh-Hans'))] },
      { focus: iri('statement/s1'), path: SCHEMA.text, component: 'sh:UniqueLangConstraintComponent' },
    ],
  ];

  it('accepts a Traditional original beside the Simplified content of a statement', async () => {
    const original = quad(namedNode(iri('statement/s1')), namedNode(SCHEMA.text), literal('要堅持人民至上', 'zh-Hant'));
    expect(await validate(mutate({ add: [original] }))).toEqual([]);
  });

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, async () => {
      const violations = await validate(mutate(change));
      expect(violations).toContainEqual(expected);
    });
  }
});
