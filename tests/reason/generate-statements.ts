/**
 * Deterministic synthetic statements for the echo rule: national, provincial,
 * city and county texts whose statements are made of policy-style phrases,
 * some later ones repeating (and editing) a clause said earlier higher up.
 * Used by the equivalence test and the echo benchmark.
 */

import { GraphStore } from '@policy-kg/core';
import { DCTERMS, ID, KG, KG_RESOURCES, RDF, SCHEMA, SKOS } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { createRandom } from '../bench/sparql/prng.js';

const { namedNode, literal, quad } = DataFactory;

// Policy-register words (not taken from the corpus) plus random two-character words, so that
// unrelated clauses share few bigrams, as in real speeches, and repeats stand out.
const POOL =
  '健康医疗卫生服务体系建设改革发展基层公共应急能力资源机制中医药传承创新全民制度重点人群质量安全管理公立医院高水平群众就医人才队伍分级诊疗预防为主方针统筹以人民中心爱国运动妇幼老龄化疫情防控推进加强完善提升落实深化健全持续巩固扩大优化规范监督保障';
const WORDS = [
  '全面推进',
  '健康中国',
  '深化改革',
  '基层医疗',
  '公共卫生',
  '应急处置',
  '优质资源',
  '疫情防控',
  '中医药',
  '全民医保',
  '重点人群',
  '质量安全',
  '公立医院',
  '就医体验',
  '人才队伍',
  '分级诊疗',
  '预防为主',
  '爱国卫生',
  '妇幼健康',
  '人口老龄化',
];
const JOINERS = ['，', '，着力', '，切实', '，进一步', '，不断'];
const EDITS = ['全力', '扎实', '持续', '大力', '认真'];

// Divisions: national, two provinces, a city in each, a county in the first city.
const PLACES: Array<{ iri: string; level: string; name: string }> = [
  { iri: KG_RESOURCES.china, level: KG.NationalLevel, name: '中华人民共和国' },
  { iri: `${ID.place}620000`, level: KG.ProvincialLevel, name: '甘肃省' },
  { iri: `${ID.place}330000`, level: KG.ProvincialLevel, name: '浙江省' },
  { iri: `${ID.place}620100`, level: KG.PrefecturalLevel, name: '兰州市' },
  { iri: `${ID.place}330100`, level: KG.PrefecturalLevel, name: '杭州市' },
  { iri: `${ID.place}620102`, level: KG.CountyLevel, name: '城关区' },
];

/** A store of `count` statements spread over `count / 4` documents (seeded, same output every run). */
export function generateStatementStore(count: number, seed = 8): GraphStore {
  const random = createRandom(seed);
  const quads: Quad[] = [];
  const g = namedNode(`${ID.graph}generated`);
  const add = (s: string, p: string, o: Quad['object']) => quads.push(quad(namedNode(s), namedNode(p), o, g));
  for (const p of PLACES) {
    add(p.iri, KG.level, namedNode(p.level));
    add(p.iri, SKOS.prefLabel, literal(p.name, 'zh-hans'));
  }
  const chars = [...POOL];
  const vocabulary = Array.from(
    { length: 2000 },
    () => `${random.pick(chars)}${random.pick(chars)}${random.pick(chars)}`,
  );
  const said: string[] = [];
  const clause = () => {
    if (said.length > 0 && random.chance(0.1)) {
      const earlier = random.pick(said);
      return random.chance(0.5) ? earlier : `${random.pick(EDITS)}${earlier.slice(0, -2)}`;
    }
    const n = random.int(3, 6);
    const parts = Array.from({ length: n }, () => (random.chance(0.2) ? random.pick(WORDS) : random.pick(vocabulary)));
    return parts.map((p, i) => (i === 0 ? p : `${random.pick(JOINERS)}${p}`)).join('');
  };
  const docs = Math.max(1, Math.ceil(count / 4));
  let made = 0;
  for (let d = 0; d < docs && made < count; d++) {
    // Higher levels tend to speak first: the level grows with the day.
    const day = new Date(Date.UTC(2022, 0, 1) + d * 86_400_000 * (365 / docs)).toISOString().slice(0, 10);
    const place = PLACES[Math.min(PLACES.length - 1, Math.floor((d / docs) * 3 + random.int(0, 3)))] ?? PLACES[0];
    const doc = `${ID.document}gen-${d}`;
    const text = `${ID.text}gen-${d}`;
    add(text, RDF.type, namedNode(KG.Text));
    add(text, KG.jurisdiction, namedNode(place?.iri ?? KG_RESOURCES.china));
    for (let k = 0; k < 4 && made < count; k++, made++) {
      const st = `${ID.statement}gen-${d}-${k}`;
      const clauses = Array.from({ length: random.int(1, 3) }, clause);
      said.push(...clauses);
      add(st, RDF.type, namedNode(KG.Statement));
      add(st, SCHEMA.text, literal(`${clauses.join('。')}。`));
      add(st, DCTERMS.date, literal(day));
      add(st, SCHEMA.isBasedOn, namedNode(doc));
      add(st, DCTERMS.isPartOf, namedNode(text));
    }
  }
  const store = new GraphStore();
  store.addQuads(quads);
  return store;
}
