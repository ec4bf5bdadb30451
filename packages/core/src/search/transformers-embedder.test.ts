import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../errors.js';
import { SearchIndex } from './search-index.js';
import { writeTinyBertModel } from './testing/tiny-model.js';
import { TransformersEmbedder } from './transformers-embedder.js';

const TEXT = '加强基层医疗卫生人才队伍建设，推进健康中国行动，深化医药卫生体制改革';
let root: string;
let modelDir: string;

function norm(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-tiny-model-'));
  modelDir = join(root, 'tiny-bert');
  writeTinyBertModel(modelDir, { text: TEXT, dimension: 16 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('TransformersEmbedder on a tiny generated BERT model', () => {
  it('embeds through transformers.js offline: shape, unit norm, determinism, no network', async () => {
    const tf = await import('@huggingface/transformers');
    const realFetch = tf.env.fetch;
    let calls = 0;
    tf.env.fetch = (async (...args: Parameters<typeof fetch>) => {
      calls++;
      throw new Error(`network access attempted: ${String(args[0])}`);
    }) as typeof fetch;
    const globalFetch = globalThis.fetch;
    globalThis.fetch = tf.env.fetch as typeof fetch;
    try {
      const e = await TransformersEmbedder.load({ model: modelDir, pooling: 'mean' });
      expect(e.dimension).toBe(16);
      expect(e.id).toMatch(/^hf:tiny-bert:fp32:mean:d16:/);
      const texts = ['基层人才', '推进健康中国行动', 'abc 123'];
      const a = await e.embed(texts, { kind: 'passage' });
      expect(a).toHaveLength(3);
      for (const v of a) {
        expect(v).toBeInstanceOf(Float32Array);
        expect(v.length).toBe(16);
        expect(norm(v)).toBeCloseTo(1, 5);
      }
      expect(a[0]).not.toEqual(a[1]);
      const b = await e.embed(texts, { kind: 'passage' });
      expect(b).toEqual(a);
      const single = await e.embed([texts[1] as string]);
      for (let i = 0; i < 16; i++) expect(single[0]?.[i]).toBeCloseTo(a[1]?.[i] as number, 5);
      await e.close();
      expect(calls).toBe(0);
      expect(tf.env.allowRemoteModels).toBe(false);
    } finally {
      tf.env.fetch = realFetch;
      globalThis.fetch = globalFetch;
    }
  });

  it('loads the q8 variant (onnx/model_quantized.onnx) with cls pooling', async () => {
    const e = await TransformersEmbedder.load({ model: modelDir, dtype: 'q8', pooling: 'cls' });
    expect(e.id).toMatch(/^hf:tiny-bert:q8:cls:d16:/);
    const [v] = await e.embed(['医疗卫生']);
    expect(norm(v as Float32Array)).toBeCloseTo(1, 5);
    await e.close();
  });

  it('loads a model from a transformers.js cache directory (<cacheDir>/<org>/<name>), as the local dir gives it', async () => {
    const cacheDir = join(root, 'cache');
    writeTinyBertModel(join(cacheDir, 'Xenova', 'tiny-bert'), { text: TEXT, dimension: 16 });
    const cached = await TransformersEmbedder.load({ cacheDir, model: 'Xenova/tiny-bert' });
    const direct = await TransformersEmbedder.load({ model: modelDir });
    expect(cached.dimension).toBe(16);
    expect(await cached.embed(['基层人才'])).toEqual(await direct.embed(['基层人才']));
    const err = await TransformersEmbedder.load({ cacheDir, model: 'Xenova/absent' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toContain(join(cacheDir, 'Xenova', 'absent'));
    await cached.close();
    await direct.close();
  });

  it('applies the query prefix to queries only, and changes the id with it', async () => {
    const plain = await TransformersEmbedder.load({ model: modelDir });
    const prefixed = await TransformersEmbedder.load({ model: modelDir, queryPrefix: '人才' });
    expect(prefixed.id).not.toBe(plain.id);
    const [q] = await prefixed.embed(['卫生'], { kind: 'query' });
    const [p] = await prefixed.embed(['卫生'], { kind: 'passage' });
    const [manual] = await plain.embed(['人才卫生']);
    expect(p).toEqual((await plain.embed(['卫生']))[0]);
    expect(q).toEqual(manual);
  });

  it('drives a SearchIndex end to end', async () => {
    const e = await TransformersEmbedder.load({ model: modelDir });
    const index = new SearchIndex({ embedder: e });
    await index.add([
      { id: 'a', kind: 'passage', text: '加强基层医疗卫生人才队伍建设' },
      { id: 'b', kind: 'passage', text: '推进健康中国行动' },
    ]);
    const hits = await index.search('推进健康中国', { k: 2, mode: 'dense' });
    expect(hits.map((h) => h.id).sort()).toEqual(['a', 'b']);
    expect(() => index.searchSync('健康', { mode: 'dense' })).toThrow(UsageError);
    expect(index.searchSync('健康', { k: 1 })[0]?.id).toBe('b'); // hybrid falls back to BM25
  });

  it('names the directory and the expected files when tokenizer_config.json is missing', async () => {
    const broken = join(root, 'no-tokenizer-config');
    writeTinyBertModel(broken, { quantized: false });
    rmSync(join(broken, 'tokenizer_config.json'));
    const err = await TransformersEmbedder.load({ model: broken }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).code).toBe('KG_MODEL_NOT_FOUND');
    expect((err as Error).message).toContain(broken);
    expect((err as Error).message).toContain('missing tokenizer_config.json');
    expect((err as Error).message).toContain('onnx/model*.onnx');
  });

  it('reports a missing directory, a missing dtype file, a broken ONNX file and a relative path', async () => {
    await expect(TransformersEmbedder.load({ model: join(root, 'nope') })).rejects.toMatchObject({
      code: 'KG_MODEL_NOT_FOUND',
    });
    const noQ8 = join(root, 'fp32-only');
    writeTinyBertModel(noQ8, { quantized: false });
    await expect(TransformersEmbedder.load({ model: noQ8, dtype: 'q8' })).rejects.toThrow(
      /missing onnx\/model_quantized\.onnx/,
    );
    const bad = join(root, 'bad-onnx');
    writeTinyBertModel(bad, { quantized: false });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(bad, 'onnx', 'model.onnx'), 'not a model');
    await expect(TransformersEmbedder.load({ model: bad })).rejects.toMatchObject({ code: 'KG_MODEL_INVALID' });
    await expect(TransformersEmbedder.load({ model: 'models/x' })).rejects.toBeInstanceOf(UsageError);
  });
});
