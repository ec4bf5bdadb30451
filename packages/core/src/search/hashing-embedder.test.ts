import { describe, expect, it } from 'vitest';
import { charNgrams, foldText, queryNgrams } from './fold.js';
import { HashingEmbedder } from './hashing-embedder.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * (b[i] as number), 0);

describe('HashingEmbedder', () => {
  it('gives unit vectors of the configured dimension, identical across calls', async () => {
    const e = new HashingEmbedder();
    const [a, b] = await e.embed(['基层医疗卫生人才', '基层医疗卫生人才']);
    expect(a?.length).toBe(1024);
    expect(dot(a as Float32Array, a as Float32Array)).toBeCloseTo(1, 5);
    expect(a).toEqual(b);
    expect(e.id).toBe('hash:v1:c12:d1024:fnv1a:t2s');
    expect(new HashingEmbedder({ dimension: 256 }).id).not.toBe(e.id);
  });

  it('puts Traditional and Simplified spellings on the same vector', () => {
    const e = new HashingEmbedder();
    const [t, s] = e.embedSync(['醫療衛生體制改革', '医疗卫生体制改革']);
    expect(dot(t as Float32Array, s as Float32Array)).toBeCloseTo(1, 5);
  });

  it('scores related texts above unrelated ones', () => {
    const e = new HashingEmbedder();
    const [q, near, far] = e.embedSync(['基层卫生人才', '加强基层卫生人才队伍建设', '推进疫苗接种工作']);
    expect(dot(q as Float32Array, near as Float32Array)).toBeGreaterThan(dot(q as Float32Array, far as Float32Array));
  });

  it('embeds an empty or punctuation-only text as the zero vector', () => {
    const [v] = new HashingEmbedder().embedSync(['。，！']);
    expect([...(v as Float32Array)].every((x) => x === 0)).toBe(true);
  });
});

describe('text folding', () => {
  it('folds width, script and case', () => {
    expect(foldText('基層醫療ＡＢ１')).toBe('基层医疗ab1');
  });

  it('cuts question words out of queries, so no bigram spans them', () => {
    expect(queryNgrams('人才怎么留')).toEqual(['人', '才', '人才', '留']);
    expect(queryNgrams('人才怎麼留')).toEqual(queryNgrams('人才怎么留')); // Traditional folds first
    expect(queryNgrams('会议由谁主持')).toEqual(['会', '议', '由', '会议', '议由', '主', '持', '主持']);
    expect(queryNgrams('基层医生留不住怎么办')).not.toContain('办');
  });

  it('drops function characters from queries only', () => {
    expect(queryNgrams('人才的培养')).toEqual(['人', '才', '培', '养', '人才', '才的', '的培', '培养']);
    expect(charNgrams('人才的培养')).toContain('的');
  });
});
