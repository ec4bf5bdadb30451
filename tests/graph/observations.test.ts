import { buildGraph, validateGraph } from '@policy-kg/core';
import { KG, RDF } from '@policy-kg/ontology';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { doc } from './docs.js';

const n = DataFactory.namedNode;

describe('indicator observations', () => {
  it('gives each metric sharing one value (A、B均达到70%) an observation of its own', async () => {
    const text = '全市慢病管理工作会议召开\n发布时间:2025-03-01\n2024年,全市高血压、糖尿病患者规范管理率均达到70%。';
    const { store } = buildGraph([doc('shared-value.txt', text)]);
    const observations = [...store.match(null, n(RDF.type), n(KG.IndicatorObservation), null)].map((q) => q.subject);
    const metrics = observations.map((o) => [...store.match(o, n(KG.metric), null, null)].map((q) => q.object.value));
    expect(metrics.every((m) => m.length === 1)).toBe(true);
    expect(metrics.flat().sort()).toEqual(['糖尿病患者规范管理率', '高血压患者规范管理率'].sort());
    expect((await validateGraph(store.quads())).violations).toEqual([]);
  });
});
