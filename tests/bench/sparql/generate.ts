import type { Literal, NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import {
  CLAUSES,
  GIVEN,
  MEETING_TOPICS,
  METRICS,
  PLACE_SYLLABLES,
  ROLES,
  SLOGANS,
  SURNAMES,
  VERBS,
} from './lexicon.js';
import { createRandom, type Random } from './prng.js';
import { IDS, NS } from './vocab.js';

const { namedNode, literal, quad } = DataFactory;
const iri = (ns: keyof typeof NS, local: string): NamedNode => namedNode(NS[ns] + local);
const zh = (text: string): Literal => literal(text, 'zh-hans');
const typed = (value: string, dt: string): Literal => literal(value, iri('xsd', dt));
const RDF_TYPE = iri('rdf', 'type');

/** Options of {@link generatePolicyGraph}. */
export interface GraphOptions {
  /** Number of documents; everything else scales with it (about 71 triples per document). */
  documents: number;
  /** PRNG seed (default 42). */
  seed?: number;
  /** Number of provinces (default 31); fewer keeps tiny smoke graphs tiny. */
  provinces?: number;
}

/** IRIs and values the benchmark queries use; fixed by construction, known before generating. */
export interface GraphAnchors {
  slogan: string;
  sloganLabel: string;
  nationalHealth: string;
  provinceHealth: string;
  official: string;
  metric: string;
}

interface Place {
  iri: NamedNode;
  label: string;
  level: 'Provincial' | 'Prefectural' | 'County';
}
interface Institution {
  iri: NamedNode;
  label: string;
  place: Place | undefined;
}

/** Documents needed for roughly `triples` triples (calibrated on seed 42). */
export function documentsForTriples(triples: number): number {
  return Math.max(20, Math.round(triples / 71));
}

/** The anchors for a graph generated with these options. */
export function graphAnchors(_options: GraphOptions): GraphAnchors {
  return {
    slogan: `${IDS.slogan}s00`,
    sloganLabel: SLOGANS[0],
    nationalHealth: `${IDS.institution}nation-health`,
    provinceHealth: `${IDS.institution}110000-health`,
    official: `${IDS.official}1`,
    metric: METRICS[0].name,
  };
}

/**
 * A deterministic synthetic policy knowledge graph in the policy-kg vocabulary:
 * administrative divisions (province → prefecture → county), institutions in an
 * `org:subOrganizationOf` hierarchy, officials with dated memberships, meetings,
 * documents, statements with Chinese text mentioning slogans, and indicator
 * observations with decimal values and units. Streams its quads.
 */
export function* generatePolicyGraph(options: GraphOptions): Generator<Quad> {
  const rng = createRandom(options.seed ?? 42);
  const docs = options.documents;
  const prefectures = Math.min(10, Math.max(2, Math.round(docs / 1200)));
  const counties = Math.min(8, Math.max(2, Math.round(docs / 1600)));

  const slogans = SLOGANS.map((_label, i) => namedNode(`${IDS.slogan}s${String(i).padStart(2, '0')}`));
  for (const [i, s] of slogans.entries()) {
    yield quad(s, RDF_TYPE, iri('kg', 'Slogan'));
    yield quad(s, iri('skos', 'prefLabel'), zh(SLOGANS[i] as string));
    yield quad(s, iri('skos', 'inScheme'), namedNode(IDS.sloganScheme));
    if (i > 0 && i % 4 === 0) yield quad(s, iri('skos', 'broader'), slogans[0] as NamedNode);
  }
  const roles = ROLES.map((label, i) => ({ iri: namedNode(`${IDS.role}r${i}`), label }));
  for (const r of roles) {
    yield quad(r.iri, RDF_TYPE, iri('kg', 'Role'));
    yield quad(r.iri, iri('skos', 'prefLabel'), zh(r.label));
  }

  // Geography and institutions.
  const places: Place[] = [];
  const institutions: Institution[] = [];
  const health: Institution[] = [];
  const nationGov = { iri: namedNode(`${IDS.institution}nation-gov`), label: '国务院', place: undefined };
  const nationHealth = {
    iri: namedNode(`${IDS.institution}nation-health`),
    label: '国家卫生健康委员会',
    place: undefined,
  };
  const nationCdc = { iri: namedNode(`${IDS.institution}nation-cdc`), label: '国家疾病预防控制局', place: undefined };
  yield* institution(nationGov, undefined, 'National', 'GovernmentOrgan');
  yield* institution(nationHealth, nationGov, 'National', 'GovernmentOrgan');
  yield* institution(nationCdc, nationHealth, 'National', 'GovernmentOrgan');
  institutions.push(nationGov, nationHealth, nationCdc);
  health.push(nationHealth, nationCdc);

  const used = new Set<string>();
  const placeName = (suffix: string): string => {
    // Two syllables while they stay unique, then three (there are only ~1.4k pairs).
    for (let attempt = 0; ; attempt++) {
      const stem = rng.pick(PLACE_SYLLABLES) + rng.pick(PLACE_SYLLABLES);
      const name = (attempt < 8 ? stem : stem + rng.pick(PLACE_SYLLABLES)) + suffix;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  function* division(code: number, label: string, level: Place['level'], parent: Place | undefined) {
    const p: Place = { iri: namedNode(`${IDS.place}${code}`), label, level };
    places.push(p);
    yield quad(p.iri, RDF_TYPE, iri('kg', 'AdministrativeDivision'));
    yield quad(p.iri, iri('skos', 'prefLabel'), zh(label));
    yield quad(p.iri, iri('skos', 'notation'), literal(String(code), iri('kg', 'GBT2260Code')));
    yield quad(p.iri, iri('skos', 'inScheme'), namedNode(IDS.divisionScheme));
    yield quad(p.iri, iri('kg', 'level'), iri('kg', `${level}Level`));
    if (parent) yield quad(p.iri, iri('skos', 'broader'), parent.iri);
    return p;
  }
  function* institution(inst: Institution, parent: Institution | undefined, level: string, type: string) {
    yield quad(inst.iri, RDF_TYPE, iri('kg', 'Institution'));
    yield quad(inst.iri, iri('skos', 'prefLabel'), zh(inst.label));
    yield quad(inst.iri, iri('kg', 'level'), iri('kg', `${level}Level`));
    yield quad(inst.iri, iri('kg', 'institutionType'), iri('kg', type));
    if (inst.place) yield quad(inst.iri, iri('kg', 'jurisdiction'), inst.place.iri);
    if (parent) yield quad(inst.iri, iri('org', 'subOrganizationOf'), parent.iri);
  }
  function* bodies(place: Place, parentGov: Institution, parentHealth: Institution, leaf: [string, string]) {
    const code = place.iri.value.slice(IDS.place.length);
    const level = place.level;
    const gov = { iri: namedNode(`${IDS.institution}${code}-gov`), label: `${place.label}人民政府`, place };
    const hc = {
      iri: namedNode(`${IDS.institution}${code}-health`),
      label: `${place.label}卫生健康${level === 'County' ? '局' : '委员会'}`,
      place,
    };
    yield* institution(gov, parentGov, level, 'GovernmentOrgan');
    yield* institution(hc, parentHealth, level, 'GovernmentOrgan');
    institutions.push(gov, hc);
    health.push(hc);
    if (level !== 'County') {
      const extra = {
        iri: namedNode(`${IDS.institution}${code}-${leaf[0]}`),
        label: `${place.label}${leaf[1]}`,
        place,
      };
      yield* institution(extra, hc, level, leaf[0] === 'cdc' ? 'DiseaseControlCenter' : 'Hospital');
      institutions.push(extra);
      health.push(extra);
    }
    return { gov, hc };
  }
  for (let i = 0; i < (options.provinces ?? 31); i++) {
    const pCode = (11 + i) * 10000;
    const province = yield* division(pCode, placeName('省'), 'Provincial', undefined);
    const p = yield* bodies(province, nationGov, nationHealth, ['cdc', '疾病预防控制中心']);
    for (let j = 1; j <= prefectures; j++) {
      const prefecture = yield* division(pCode + j * 100, placeName('市'), 'Prefectural', province);
      const f = yield* bodies(prefecture, p.gov, p.hc, ['hospital', '人民医院']);
      for (let k = 1; k <= counties; k++) {
        const county = yield* division(pCode + j * 100 + k, placeName(k % 3 === 0 ? '区' : '县'), 'County', prefecture);
        yield* bodies(county, f.gov, f.hc, ['', '']);
      }
    }
  }

  // Officials and their memberships.
  const officialCount = Math.max(10, Math.round(docs / 2));
  const officials: NamedNode[] = [];
  const localOfficials = new Map<string, number[]>();
  let membershipId = 0;
  for (let i = 1; i <= officialCount; i++) {
    const o = namedNode(`${IDS.official}${i}`);
    officials.push(o);
    yield quad(o, RDF_TYPE, iri('kg', 'Official'));
    yield quad(
      o,
      iri('schema', 'name'),
      zh(rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '')),
    );
    const n = rng.int(1, 3);
    for (let m = 0; m < n; m++) {
      const inst = rng.chance(0.7) ? rng.pick(health) : rng.pick(institutions);
      if (m === 0 && inst.place) {
        const list = localOfficials.get(inst.place.iri.value) ?? [];
        list.push(i - 1);
        localOfficials.set(inst.place.iri.value, list);
      }
      yield* membership(rng, o, inst, rng.pick(roles), ++membershipId);
    }
  }

  // Meetings.
  const meetings: NamedNode[] = [];
  for (let i = 1; i <= Math.max(5, Math.round(docs / 4)); i++) {
    const m = namedNode(`${IDS.meeting}${i}`);
    meetings.push(m);
    const host = rng.pick(institutions);
    const date = randomDate(rng, 2015, 2024);
    yield quad(m, RDF_TYPE, iri('kg', 'Meeting'));
    yield quad(
      m,
      iri('schema', 'name'),
      zh(`${host.place?.label ?? '全国'}${date.slice(0, 4)}年${rng.pick(MEETING_TOPICS)}工作会议`),
    );
    yield quad(m, iri('schema', 'startDate'), typed(date, 'date'));
    if (host.place) yield quad(m, iri('schema', 'location'), host.place.iri);
    yield quad(m, iri('schema', 'organizer'), host.iri);
    yield quad(m, iri('kg', 'chair'), rng.pick(officials));
  }

  // Documents with their statements and indicator observations.
  let statementId = 0;
  let observationId = 0;
  for (let d = 1; d <= docs; d++) {
    const doc = namedNode(`${IDS.document}${d}`);
    const publisher = rng.chance(0.9) ? (rng.pick(institutions) as Institution) : nationHealth;
    const place = publisher.place ?? (places[0] as Place);
    const date = randomDate(rng, 2015, 2024);
    yield quad(doc, RDF_TYPE, iri('kg', 'Document'));
    yield quad(doc, iri('dcterms', 'title'), zh(`关于${rng.pick(CLAUSES)}的通知`));
    yield quad(doc, iri('schema', 'datePublished'), typed(date, 'date'));
    yield quad(doc, iri('kg', 'jurisdiction'), place.iri);
    yield quad(doc, iri('schema', 'publisher'), publisher.iri);
    const local = localOfficials.get(place.iri.value);
    for (let s = rng.int(1, 7); s > 0; s--) {
      const st = namedNode(`${IDS.statement}${++statementId}`);
      const speaker =
        local && rng.chance(0.5)
          ? (officials[rng.pick(local)] as NamedNode)
          : (officials[rng.skewed(officials.length, 1.05)] as NamedNode);
      const verb = rng.pick(VERBS);
      const s1 = rng.skewed(slogans.length, 1.1);
      const s2 = rng.chance(0.4) ? rng.skewed(slogans.length, 1.1) : -1;
      let text = `${verb}，要坚持“${SLOGANS[s1]}”，${rng.pick(CLAUSES)}，${rng.pick(CLAUSES)}`;
      if (s2 >= 0 && s2 !== s1) text += `，推动“${SLOGANS[s2]}”落地见效`;
      yield quad(st, RDF_TYPE, iri('kg', 'Statement'));
      yield quad(st, iri('kg', 'speaker'), speaker);
      yield quad(st, iri('kg', 'verb'), zh(verb));
      yield quad(st, iri('schema', 'text'), zh(`${text}。`));
      yield quad(st, iri('dcterms', 'date'), typed(date, 'date'));
      yield quad(st, iri('schema', 'isBasedOn'), doc);
      if (rng.chance(0.6)) yield quad(st, iri('kg', 'atMeeting'), rng.pick(meetings));
      yield quad(st, iri('schema', 'mentions'), slogans[s1] as NamedNode);
      if (s2 >= 0 && s2 !== s1) yield quad(st, iri('schema', 'mentions'), slogans[s2] as NamedNode);
    }
    for (let k = rng.int(0, 4); k > 0; k--) {
      const obs = namedNode(`${IDS.observation}${++observationId}`);
      const metric = rng.pick(METRICS);
      const target = rng.chance(0.4);
      const year = Number(date.slice(0, 4)) + (target ? rng.int(1, 5) : -1);
      yield quad(obs, RDF_TYPE, iri('kg', 'IndicatorObservation'));
      yield quad(obs, iri('qb', 'dataSet'), namedNode(IDS.indicators));
      yield quad(obs, iri('kg', 'metric'), zh(metric.name));
      const value = (metric.min + rng.next() * (metric.max - metric.min)).toFixed(metric.digits);
      yield quad(obs, iri('kg', 'value'), typed(value, 'decimal'));
      yield quad(obs, iri('sdmx-attribute', 'unitMeasure'), zh(metric.unit));
      yield quad(obs, iri('sdmx-dimension', 'refArea'), place.iri);
      yield quad(obs, iri('sdmx-dimension', 'refPeriod'), typed(String(year), 'gYear'));
      yield quad(obs, iri('kg', 'valueKind'), iri('kg', target ? 'Target' : 'Achieved'));
      yield quad(obs, iri('prov', 'hadPrimarySource'), doc);
    }
  }
}

function* membership(
  rng: Random,
  official: NamedNode,
  inst: Institution,
  role: { iri: NamedNode; label: string },
  id: number,
) {
  const m = namedNode(`${IDS.membership}${id}`);
  const during = namedNode(`${IDS.membership}${id}/during`);
  const start = rng.int(2008, 2022);
  const begin = `${start}-${pad(rng.int(1, 12))}-01`;
  const endYear = start + rng.int(2, 6);
  yield quad(m, RDF_TYPE, iri('kg', 'Membership'));
  yield quad(m, iri('org', 'member'), official);
  yield quad(m, iri('org', 'organization'), inst.iri);
  yield quad(m, iri('org', 'role'), role.iri);
  yield quad(m, iri('kg', 'title'), zh(inst.label + role.label));
  yield quad(m, iri('org', 'memberDuring'), during);
  yield quad(during, iri('time', 'hasBeginning'), namedNode(`${during.value}/begin`));
  yield quad(namedNode(`${during.value}/begin`), iri('time', 'inXSDDate'), typed(begin, 'date'));
  if (endYear <= 2024) {
    yield quad(during, iri('time', 'hasEnd'), namedNode(`${during.value}/end`));
    yield quad(
      namedNode(`${during.value}/end`),
      iri('time', 'inXSDDate'),
      typed(`${endYear}-${pad(rng.int(1, 12))}-01`, 'date'),
    );
  }
}

function randomDate(rng: Random, from: number, to: number): string {
  return `${rng.int(from, to)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
