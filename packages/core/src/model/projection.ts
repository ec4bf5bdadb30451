import { DCTERMS, KG, OA, ORG, PROV, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import type { Term } from '@rdfjs/types';
import { DirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { seededRandom } from '../random.js';
import { iri } from './rdf.js';
import type { QuadMatcher } from './source.js';

/** Node kinds of the projection. */
export type ProjectionNodeKind = 'official' | 'institution' | 'policy' | 'slogan' | 'meeting';

/** Options of {@link projectGraph}. */
export interface ProjectionOptions {
  /** Seed of Louvain's random number generator (default 1): same seed, same communities. */
  seed?: number;
  /** Skip centrality and communities (default false). */
  skipMetrics?: boolean;
}

/** The graphology view of the knowledge graph. */
export type GraphProjection = DirectedGraph;

// These packages are CommonJS with `export default` typings: under NodeNext the
// default import is `module.exports` at run time but typed as the namespace.
const louvain = ((louvainModule as unknown as { default?: unknown }).default ??
  louvainModule) as typeof louvainModule.default;
const pagerank = ((pagerankModule as unknown as { default?: unknown }).default ??
  pagerankModule) as typeof pagerankModule.default;

const CLASSES: ReadonlyArray<[string, ProjectionNodeKind, string]> = [
  [KG.Official, 'official', SCHEMA.name],
  [KG.Institution, 'institution', SKOS.prefLabel],
  [KG.Policy, 'policy', SKOS.prefLabel],
  [KG.Slogan, 'slogan', SKOS.prefLabel],
  [KG.Meeting, 'meeting', SCHEMA.name],
];

const first = (source: QuadMatcher, s: Term, p: string): Term | undefined => {
  for (const q of source.match(s, iri(p), null, null)) return q.object;
  return undefined;
};

/**
 * Project the RDF graph onto a graphology graph of officials, institutions,
 * policies, slogans and meetings. Edges (one per ordered pair, with counts per
 * kind and a total `weight`): `post` official → institution (memberships),
 * `speech` speaker → meeting (statements), `mention` speaker → policy/slogan
 * named inside the statement's content, `comention` between entities named in
 * the same text. Node attributes: `label`, `kind`, `degree`, `pagerank`,
 * `community` (Louvain, seeded).
 *
 * @example const g = projectGraph(store); g.getNodeAttribute(iri, 'community');
 */
export function projectGraph(source: QuadMatcher, options: ProjectionOptions = {}): GraphProjection {
  const graph = new DirectedGraph({ allowSelfLoops: false });
  for (const [cls, kind, labelProp] of CLASSES) {
    const subjects = new Set<string>();
    for (const q of source.match(null, iri(RDF.type), iri(cls), null)) subjects.add(q.subject.value);
    for (const s of [...subjects].sort()) {
      if (graph.hasNode(s)) continue;
      const label = first(source, iri(s), labelProp)?.value ?? s;
      graph.addNode(s, { label, kind, iri: s });
    }
  }
  const bump = (a: string, b: string, kind: string): void => {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) return;
    const [s, t] = kind === 'comention' && !graph.hasEdge(a, b) && graph.hasEdge(b, a) ? [b, a] : [a, b];
    const key = `${s}->${t}`;
    if (!graph.hasEdge(key))
      graph.addDirectedEdgeWithKey(key, s, t, { weight: 0, post: 0, speech: 0, mention: 0, comention: 0 });
    graph.updateEdgeAttribute(key, kind, (n: number | undefined) => (n ?? 0) + 1);
    graph.updateEdgeAttribute(key, 'weight', (n: number | undefined) => (n ?? 0) + 1);
  };
  // Posts.
  for (const q of source.match(null, iri(RDF.type), iri(KG.Membership), null)) {
    const member = first(source, q.subject, ORG.member);
    const org = first(source, q.subject, ORG.organization);
    if (member && org) bump(member.value, org.value, 'post');
  }
  // Mentions per text, with code-point positions, for co-mentions and statement content.
  const byText = new Map<string, Array<{ entity: string; start: number; end: number }>>();
  for (const q of source.match(null, iri(KG.refersTo), null, null)) {
    if (!graph.hasNode(q.object.value)) continue;
    const text = first(source, q.subject, DCTERMS.isPartOf)?.value;
    if (!text) continue;
    const pos = positionOf(source, first(source, q.subject, KG.span));
    let list = byText.get(text);
    if (!list) {
      list = [];
      byText.set(text, list);
    }
    list.push({ entity: q.object.value, start: pos?.start ?? -1, end: pos?.end ?? -1 });
  }
  for (const list of byText.values()) {
    const entities = [...new Set(list.map((m) => m.entity))].sort();
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) bump(entities[i] as string, entities[j] as string, 'comention');
    }
  }
  // Speech and mentions inside what was said.
  for (const q of source.match(null, iri(RDF.type), iri(KG.Statement), null)) {
    const speaker = first(source, q.subject, KG.speaker)?.value;
    if (!speaker) continue;
    const meeting = first(source, q.subject, KG.atMeeting);
    if (meeting) bump(speaker, meeting.value, 'speech');
    const derived = first(source, q.subject, PROV.wasDerivedFrom);
    const text = derived ? first(source, derived, DCTERMS.isPartOf)?.value : undefined;
    const pos = positionOf(source, first(source, q.subject, KG.span));
    if (!text || !pos) continue;
    for (const m of byText.get(text) ?? []) {
      const kind = graph.getNodeAttribute(m.entity, 'kind');
      if ((kind === 'policy' || kind === 'slogan') && m.start >= pos.start && m.end <= pos.end)
        bump(speaker, m.entity, 'mention');
    }
  }
  if (!options.skipMetrics && graph.order > 0) {
    degreeCentrality.assign(graph, { nodeCentralityAttribute: 'degree' });
    if (graph.size > 0) pagerank.assign(graph, { nodePagerankAttribute: 'pagerank', getEdgeWeight: 'weight' });
    louvain.assign(graph, {
      nodeCommunityAttribute: 'community',
      getEdgeWeight: 'weight',
      rng: seededRandom(options.seed ?? 1),
    });
  }
  return graph;
}

function positionOf(source: QuadMatcher, span: Term | undefined): { start: number; end: number } | undefined {
  if (!span) return undefined;
  for (const sel of source.match(span, iri(OA.hasSelector), null, null)) {
    const start = first(source, sel.object, OA.start);
    const end = first(source, sel.object, OA.end);
    if (start && end) return { start: Number(start.value), end: Number(end.value) };
  }
  return undefined;
}
