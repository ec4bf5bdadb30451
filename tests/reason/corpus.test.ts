import {
  buildGraph,
  conceptsLabelled,
  DERIVED_GRAPH,
  daysBetween,
  derivedQuads,
  deriveFacts,
  diffusionOf,
  echoes,
  INFERENCE_ACTIVITY,
  tenures,
  validateGraph,
} from '@policy-kg/core';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { corpusDocs } from '../graph/corpus.js';

const { store } = buildGraph(corpusDocs());
const { namedNode } = DataFactory;
const PROV = 'http://www.w3.org/ns/prov#';

/** The exact source quote of a mention or statement (its span's TextQuoteSelector). */
function quoteOf(node: string): string | undefined {
  for (const span of store.match(namedNode(node), namedNode('https://w3id.org/policy-kg/ontology#span'), null, null)) {
    for (const sel of store.match(span.object, namedNode('http://www.w3.org/ns/oa#hasSelector'), null, null)) {
      for (const exact of store.match(sel.object, namedNode('http://www.w3.org/ns/oa#exact'), null, null))
        return exact.object.value;
    }
  }
  return undefined;
}

describe('derived facts on the corpus', () => {
  const facts = deriveFacts(store);

  it('diffusion: first use per jurisdiction and the lag after the national conference', () => {
    const [concept] = conceptsLabelled(store, '国之大者');
    expect(concept).toBeDefined();
    const rows = diffusionOf(store, concept as string).map((r) => `${r.placeName} ${r.firstUse} ${r.lagDays}`);
    expect(rows.slice(0, 2)).toEqual(['中华人民共和国 2022-01-27 0', '甘肃省 2022-02-17 21']);
    // Premises are mentions whose quote is the slogan (the national text is Traditional with pinyin ruby).
    for (const r of diffusionOf(store, concept as string)) {
      for (const m of r.mentions) expect(quoteOf(m)?.replace(/\([^)]*\)/g, '')).toMatch(/^[国國]之大者$/);
    }
    // 21 records (9 concepts) since 001's collection pages stay undated (commit 52736ef): only dated uses count.
    expect(facts.diffusion.length).toBeGreaterThanOrEqual(20);
    expect(facts.diffusion.every((d) => d.firstUse.length === 10)).toBe(true);
    // The lag counts from the concept's first national use (negative: used locally before).
    for (const d of facts.diffusion) {
      const national = facts.diffusion.find((n) => n.concept === d.concept && n.rank === 0);
      expect(d.lagDays).toBe(national ? daysBetween(national.firstUse, d.firstUse) : undefined);
    }
  });

  it('echoes: Gansu repeats the national conference three weeks later', () => {
    const gansu = facts.echoes.filter((e) => e.later.placeName === '甘肃省');
    // The eight tasks of the national conference, repeated by Gansu's director (best pair: the seventh task).
    const e = gansu.find((x) => x.earlier.clause === '全面加强“一老一小”服务供给' && x.similarity === 1);
    expect(e?.earlier.placeName).toBe('中华人民共和国');
    expect(e?.later.speakerName).toBe('郭玉芬');
    expect(e?.later.clause).toBe('全面加强“一老一小”服务供给');
    expect(e?.lagDays).toBe(21);
    expect(e?.similarity).toBe(1);
    expect(gansu.map((x) => x.later.clause)).toContainEqual(expect.stringContaining('坚持党对卫生健康工作的全面领导'));
    for (const x of facts.echoes) {
      expect(x.earlier.rank).toBeLessThan(x.later.rank);
      expect(x.similarity).toBeGreaterThanOrEqual(0.6);
    }
    expect([...echoes(store, { speaker: '郭玉芬', from: '2022-03-01' })]).toEqual([]);
  });

  it('post timelines: each official post with its attesting documents', () => {
    const guo = facts.tenures.filter((t) => t.name === '郭玉芬');
    expect(guo.map((t) => `${t.postLabel} ${t.firstAttested}`)).toEqual(['甘肃省卫生健康委员会主任 2022-02-17']);
    // 24 on the corpus: 001's speeches are undated, and its page's issue date attests no post.
    expect(facts.tenures.length).toBeGreaterThanOrEqual(20);
    expect(facts.tenures.map((t) => t.lastAttested)).not.toContain('2023-11-19');
    for (const t of tenures(store)) expect(t.firstAttested <= t.lastAttested).toBe(true);
  });

  it('writes every derived fact with PROV to its premises, valid against the shapes', async () => {
    const quads = derivedQuads(facts);
    expect(quads.every((q) => q.graph.value === DERIVED_GRAPH)).toBe(true);
    const subjects = new Set(quads.map((q) => q.subject.value).filter((s) => s !== INFERENCE_ACTIVITY));
    for (const s of subjects) {
      const props = quads.filter((q) => q.subject.value === s);
      expect(
        props.some((q) => q.predicate.value === `${PROV}wasGeneratedBy` && q.object.value === INFERENCE_ACTIVITY),
      ).toBe(true);
      const premises = props.filter((q) => q.predicate.value === `${PROV}wasDerivedFrom`);
      expect(premises.length).toBeGreaterThan(0);
      for (const p of premises) expect(store.countQuads(p.object, null, null, null)).toBeGreaterThan(0);
    }
    const report = await validateGraph([...store.match(null, null, null, null), ...quads]);
    expect(report.violations).toEqual([]);
  });
});
