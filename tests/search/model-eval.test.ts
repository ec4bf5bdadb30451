import { type EmbedKind, SearchIndex, TransformersEmbedder, type TransformersEmbedderOptions } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';
import { corpusPassages, type EvalRow, evaluate, formatRows, relevantSets } from './eval-harness.js';

// Opt-in: point KG_EMBEDDING_MODEL at a local model directory (see the core README,
// "Semantic search models"), e.g. /models/Xenova/bge-small-zh-v1.5. Optional:
// KG_EMBEDDING_POOLING (cls|mean), KG_EMBEDDING_DTYPE (fp32|q8…), KG_EMBEDDING_QUERY_PREFIX,
// KG_EMBEDDING_PASSAGE_PREFIX. Embedding the 1,107 passages takes ~15 s on a laptop core.
const MODEL = process.env.KG_EMBEDDING_MODEL;

describe.runIf(MODEL !== undefined)('retrieval evaluation with a local embedding model (opt-in)', () => {
  it('reaches the recall@5 ≥ 0.90 / MRR ≥ 0.75 target in hybrid mode', async () => {
    const options: TransformersEmbedderOptions = { model: MODEL as string };
    const env = process.env;
    if (env.KG_EMBEDDING_POOLING) options.pooling = env.KG_EMBEDDING_POOLING as 'cls' | 'mean';
    if (env.KG_EMBEDDING_DTYPE)
      options.dtype = env.KG_EMBEDDING_DTYPE as NonNullable<TransformersEmbedderOptions['dtype']>;
    if (env.KG_EMBEDDING_QUERY_PREFIX) options.queryPrefix = env.KG_EMBEDDING_QUERY_PREFIX;
    if (env.KG_EMBEDDING_PASSAGE_PREFIX) options.passagePrefix = env.KG_EMBEDDING_PASSAGE_PREFIX;
    const embedder = await TransformersEmbedder.load(options);
    const kind: EmbedKind = 'query';
    expect((await embedder.embed(['测试'], { kind }))[0]?.length).toBe(embedder.dimension);
    const index = new SearchIndex({ embedder, weights: { dense: 1 } });
    await index.add(await corpusPassages());
    const rows = await evaluate(index, relevantSets(index.values()));
    console.log(formatRows(`retrieval with ${embedder.id}`, rows));
    const hybrid = rows.find((r) => r.mode === 'hybrid') as EvalRow;
    expect(hybrid.r5).toBeGreaterThanOrEqual(0.9);
    expect(hybrid.mrr).toBeGreaterThanOrEqual(0.75);
    await embedder.close?.();
  }, 1_800_000);
});
