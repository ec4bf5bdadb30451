import { lookupPlaces, placeByCode } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { Converter } from 'opencc-js/t2cn';
import type { LinkEntity, LinkKind } from './entities.js';
import { OWL, RDF, SKOS, VOID, XSD } from './vocab.js';

/** A proposed identity link with its score and evidence. */
export interface LinkCandidate {
  ours: string;
  oursLabel: string;
  theirs: string;
  theirsLabel: string;
  kind: LinkKind;
  score: number;
  evidence: string[];
}

/** Default minimum score of an accepted link. */
export const DEFAULT_MIN_SCORE = 0.85;

// Abbreviations of body names (genre vocabulary, longest first).
const EXPANSIONS: ReadonlyArray<[RegExp, string]> = [
  [/卫健委/gu, '卫生健康委员会'],
  [/卫生健康委(?!员会)/gu, '卫生健康委员会'],
  [/卫计委|卫生计生委/gu, '卫生和计划生育委员会'],
  [/发改委/gu, '发展和改革委员会'],
  [/人社厅/gu, '人力资源和社会保障厅'],
  [/人社局/gu, '人力资源和社会保障局'],
  [/医保局/gu, '医疗保障局'],
  [/疾控中心/gu, '疾病预防控制中心'],
  [/市监局/gu, '市场监督管理局'],
];

// A body named with a bare level prefix (省卫健委, 市卫健委, 县卫健委) sits at that level.
const PREFIX_LEVELS: Readonly<Record<string, string>> = {
  省: 'province',
  市: 'prefecture',
  县: 'county',
  区: 'county',
};

let t2s: ((s: string) => string) | undefined;
const simplify = (s: string) => {
  t2s ??= Converter({ from: 't', to: 'cn' }) as (s: string) => string;
  return t2s(s);
};

/** Fold a label and split off a leading place name: { core, place code? }. */
export function normalizeLabel(label: string): { core: string; placeCode?: string; level?: string } {
  let s = simplify(label.normalize('NFKC'))
    .replace(/[\s\p{P}]/gu, '')
    .replace(/^中华人民共和国/u, '');
  for (const [re, full] of EXPANSIONS) s = s.replace(re, full);
  for (let n = Math.min(8, s.length - 2); n >= 2; n--) {
    const places = lookupPlaces(s.slice(0, n));
    const first = places[0];
    if (places.length === 1 && first)
      return { core: s.slice(n).replace(/^(省|市|自治区|县|区)/u, ''), placeCode: first.code };
  }
  const level = PREFIX_LEVELS[s[0] ?? ''];
  return { core: s.replace(/^(省|市|县|区)(?=.{2})/u, ''), ...(level && s.length > 3 ? { level } : {}) };
}

function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    const c = [...s];
    for (let i = 0; i + 1 < c.length; i++) m.set(`${c[i]}${c[i + 1]}`, (m.get(`${c[i]}${c[i + 1]}`) ?? 0) + 1);
    return m;
  };
  const [x, y] = [grams(a), grams(b)];
  let shared = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

const name = (code: string | undefined) => (code ? (placeByCode(code)?.name ?? code) : '?');

/** Score one pair (same kind); undefined when they cannot be the same. */
export function scorePair(ours: LinkEntity, theirs: LinkEntity): { score: number; evidence: string[] } | undefined {
  if (ours.kind !== theirs.kind) return undefined;
  if (ours.wikidata && ours.wikidata === theirs.wikidata)
    return { score: 1, evidence: [`same Wikidata ${ours.wikidata}`] };
  if (ours.national || theirs.national) return undefined;
  if (ours.kind === 'place') {
    return ours.placeCode && ours.placeCode === theirs.placeCode
      ? { score: 1, evidence: [`same GB/T 2260 code ${ours.placeCode}`] }
      : undefined;
  }
  let best = 0;
  let pair = ['', ''];
  let labelPlaces: [string | undefined, string | undefined] = [undefined, undefined];
  let labelLevels: [string | undefined, string | undefined] = [undefined, undefined];
  for (const a of ours.labels) {
    for (const b of theirs.labels) {
      const [na, nb] = [normalizeLabel(a), normalizeLabel(b)];
      const d = bigramDice(na.core, nb.core);
      if (d > best) {
        best = d;
        pair = [a, b];
        labelPlaces = [na.placeCode, nb.placeCode];
        labelLevels = [na.level, nb.level];
      }
    }
  }
  if (best === 0) return undefined;
  const levelA = (ours.placeCode && placeByCode(ours.placeCode)?.level) || labelLevels[0];
  const levelB = (theirs.placeCode && placeByCode(theirs.placeCode)?.level) || labelLevels[1];
  if (levelA && levelB && levelA !== levelB) return undefined;
  const evidence = [`label ${pair[0]} ~ ${pair[1]} (${best.toFixed(2)})`];
  const pa = ours.placeCode ?? labelPlaces[0];
  const pb = theirs.placeCode ?? labelPlaces[1];
  let placeScore = 0.5;
  if (pa && pb) {
    placeScore = pa === pb ? 1 : 0;
    evidence.push(pa === pb ? `same place ${name(pa)}` : `different places ${name(pa)} / ${name(pb)}`);
  } else evidence.push('place unknown');
  let score = 0.6 * best + 0.4 * placeScore;
  if (placeScore === 0) score = Math.min(score, 0.5);
  if (ours.from && theirs.until && ours.from > theirs.until) {
    score *= 0.8;
    evidence.push(`attested ${ours.from} after theirs ended ${theirs.until}`);
  }
  return { score: Math.round(score * 1000) / 1000, evidence };
}

/**
 * Propose links: for each of our entities (of `kinds`), the best-scoring
 * target entity with score ≥ `floor` (default 0.5), best first.
 *
 * @example proposeLinks(collectEntities(store, { exclude: [target] }), collectEntities(store, { graphs: [target] }))
 */
export function proposeLinks(
  ours: readonly LinkEntity[],
  theirs: readonly LinkEntity[],
  options: { kinds?: readonly LinkKind[]; floor?: number } = {},
): LinkCandidate[] {
  const kinds = new Set(options.kinds ?? ['official', 'institution', 'place']);
  const out: LinkCandidate[] = [];
  for (const a of ours) {
    if (!kinds.has(a.kind)) continue;
    let top: LinkCandidate | undefined;
    for (const b of theirs) {
      const s = scorePair(a, b);
      if (!s || s.score < (options.floor ?? 0.5) || (top && top.score >= s.score)) continue;
      top = {
        ours: a.iri,
        oursLabel: a.labels[0] ?? a.iri,
        theirs: b.iri,
        theirsLabel: b.labels[0] ?? b.iri,
        kind: a.kind,
        ...s,
      };
    }
    if (top) out.push(top);
  }
  return out.sort((x, y) => y.score - x.score || (x.ours < y.ours ? -1 : 1));
}

/** Options of {@link linksetQuads}. */
export interface LinksetOptions {
  /** Named graph (and `void:Linkset` IRI) of the links. */
  linkset: string;
  /** Our dataset IRI (`void:subjectsTarget`). */
  subjectsTarget: string;
  /** The imported graph (`void:objectsTarget`). */
  objectsTarget: string;
  /** `owl:sameAs` (default) or `skos:exactMatch`. */
  predicate?: string;
}

/** Accepted links as triples of one predicate in the linkset graph, described with VoID. */
export function linksetQuads(
  links: ReadonlyArray<Pick<LinkCandidate, 'ours' | 'theirs'>>,
  options: LinksetOptions,
): Quad[] {
  const { namedNode: n, literal, quad } = DataFactory;
  const g = n(options.linkset);
  const predicate = options.predicate ?? OWL.sameAs;
  const unique = new Map(links.map((l) => [`${l.ours} ${l.theirs}`, l]));
  const out = [...unique.values()].map((l) => quad(n(l.ours), n(predicate), n(l.theirs), g));
  const ls = n(options.linkset);
  out.push(
    quad(ls, n(RDF.type), n(VOID.Linkset), g),
    quad(ls, n(VOID.subjectsTarget), n(options.subjectsTarget), g),
    quad(ls, n(VOID.objectsTarget), n(options.objectsTarget), g),
    quad(ls, n(VOID.linkPredicate), n(predicate), g),
    quad(ls, n(VOID.triples), literal(String(unique.size), n(XSD.integer)), g),
  );
  return out;
}

/** The identity predicates a linkset can write: `owl:sameAs` (the same thing) or `skos:exactMatch` (interchangeable concepts). */
export const LINK_PREDICATES = { sameAs: OWL.sameAs, exactMatch: SKOS.exactMatch } as const;
