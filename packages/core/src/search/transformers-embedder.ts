import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { NotFoundError, UsageError } from '../errors.js';
import { sha256 } from './atomic-file.js';
import type { Embedder, EmbedOptions } from './types.js';

/** ONNX weight variants transformers.js knows, by file suffix under `onnx/`. */
const DTYPE_SUFFIX = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
} as const;

/** A weight variant: `fp32` is `onnx/model.onnx`, `q8` is `onnx/model_quantized.onnx`, and so on. */
export type ModelDtype = keyof typeof DTYPE_SUFFIX;

/** Options of {@link TransformersEmbedder.load}. */
export interface TransformersEmbedderOptions {
  /**
   * Absolute path of a model directory (`config.json`, `tokenizer.json`,
   * `tokenizer_config.json`, `onnx/model*.onnx`), or a model id such as
   * `Xenova/bge-small-zh-v1.5` when `cacheDir` is given.
   */
  model: string;
  /** A transformers.js cache directory; the model is read from `<cacheDir>/<model>`. */
  cacheDir?: string;
  /** Weight variant; default `fp32` when `onnx/model.onnx` exists, else the first variant present. */
  dtype?: ModelDtype;
  /** Pooling; default from `1_Pooling/config.json` (sentence-transformers layout), else `mean`. bge: `cls`; e5: `mean`. */
  pooling?: 'cls' | 'mean';
  /** Prepended to queries (bge-zh: `为这个句子生成表示以用于检索相关文章：`; e5: `query: `). Default none. */
  queryPrefix?: string;
  /** Prepended to passages (e5: `passage: `). Default none. */
  passagePrefix?: string;
  /** Texts per forward pass; default 16. */
  batchSize?: number;
  /**
   * Let transformers.js download a missing model from the Hugging Face Hub into
   * `cacheDir`. Default false: everything stays offline.
   */
  allowDownload?: boolean;
}

type Transformers = typeof import('@huggingface/transformers');
interface Extractor {
  (
    texts: string[],
    options: { pooling: 'cls' | 'mean'; normalize: boolean },
  ): Promise<{ data: ArrayLike<number>; dims: number[] }>;
  dispose(): Promise<void>;
}

/** Files a model directory must hold, for error messages. */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model*.onnx'] as const;

function missingModel(dir: string, problem: string, code: string, cause?: unknown): NotFoundError {
  return new NotFoundError(
    `embedding model in ${dir}: ${problem}. A model directory needs ${MODEL_FILES.join(', ')} (see the "Semantic search models" section of @policy-kg/core's README)`,
    cause === undefined ? { code } : { code, cause },
  );
}

/**
 * Sentence embeddings from an ONNX model through @huggingface/transformers
 * (an optional peer dependency, imported lazily): feature extraction, the
 * model's pooling, L2 normalisation, query/passage prefixes. Offline by default:
 * the model is read from a local directory and remote downloads are off.
 *
 * transformers.js keeps its settings in a process-global `env`; loading sets
 * `env.allowRemoteModels` (false unless `allowDownload`) and `env.useFSCache = false`
 * (a stale cached `config.json` would otherwise shadow the local one), which
 * affects any other transformers.js user in the same process.
 *
 * @example
 * ```ts
 * const e = await TransformersEmbedder.load({
 *   model: '/models/Xenova/bge-small-zh-v1.5', dtype: 'q8', pooling: 'cls',
 *   queryPrefix: '为这个句子生成表示以用于检索相关文章：',
 * });
 * const index = new SearchIndex({ embedder: e, weights: { dense: 1 } });
 * ```
 */
export class TransformersEmbedder implements Embedder {
  readonly normalized = true as const;

  private constructor(
    readonly id: string,
    readonly dimension: number,
    private readonly extractor: Extractor,
    private readonly options: {
      pooling: 'cls' | 'mean';
      queryPrefix: string;
      passagePrefix: string;
      batchSize: number;
    },
  ) {}

  /**
   * Checks the model directory, loads tokenizer and ONNX session, and probes the
   * dimension. Throws NotFoundError: `KG_MODEL_NOT_FOUND` (directory or files
   * missing), `KG_MODEL_INVALID` (files present but unloadable),
   * `KG_MODEL_RUNTIME_MISSING` (@huggingface/transformers not installed); UsageError
   * for a relative path.
   */
  static async load(options: TransformersEmbedderOptions): Promise<TransformersEmbedder> {
    const dir = options.cacheDir === undefined ? options.model : join(options.cacheDir, options.model);
    if (!isAbsolute(dir)) {
      throw new UsageError(
        `model path ${dir} is relative; pass an absolute directory (transformers.js would resolve it under its own model root)`,
      );
    }
    const download = options.allowDownload === true;
    if (!download) checkModelDir(dir, options.dtype);
    const dtype = options.dtype ?? (download && !existsSync(dir) ? 'q8' : pickDtype(dir));
    const pooling = options.pooling ?? readPooling(dir);
    let tf: Transformers;
    try {
      tf = await import('@huggingface/transformers');
    } catch (cause) {
      throw new NotFoundError(
        'semantic search with a model needs the optional package @huggingface/transformers; install it next to @policy-kg/core',
        { code: 'KG_MODEL_RUNTIME_MISSING', cause },
      );
    }
    tf.env.allowRemoteModels = download;
    tf.env.useFSCache = false;
    if (download && options.cacheDir !== undefined) tf.env.cacheDir = options.cacheDir;
    let extractor: Extractor;
    try {
      const target = download && !existsSync(dir) ? options.model : dir;
      extractor = (await tf.pipeline('feature-extraction', target, { dtype, device: 'cpu' })) as unknown as Extractor;
    } catch (cause) {
      throw missingModel(dir, `cannot load the model (${(cause as Error).message})`, 'KG_MODEL_INVALID', cause);
    }
    const settings = {
      pooling,
      queryPrefix: options.queryPrefix ?? '',
      passagePrefix: options.passagePrefix ?? '',
      batchSize: options.batchSize ?? 16,
    };
    const probe = await extractor(['x'], { pooling, normalize: true });
    const dimension = probe.dims.at(-1) ?? 0;
    const fingerprint = sha256(
      JSON.stringify([
        existsSync(join(dir, 'config.json')) ? readFileSync(join(dir, 'config.json'), 'utf8') : '',
        modelFileSize(dir, dtype),
        settings.queryPrefix,
        settings.passagePrefix,
      ]),
    ).slice(0, 12);
    const id = `hf:${basename(dir)}:${dtype}:${pooling}:d${dimension}:${fingerprint}`;
    return new TransformersEmbedder(id, dimension, extractor, settings);
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const prefix = options.kind === 'query' ? this.options.queryPrefix : this.options.passagePrefix;
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.options.batchSize) {
      options.signal?.throwIfAborted();
      const batch = texts.slice(i, i + this.options.batchSize).map((t) => prefix + t);
      const result = await this.extractor(batch, { pooling: this.options.pooling, normalize: true });
      const d = this.dimension;
      for (let j = 0; j < batch.length; j++)
        out.push(Float32Array.from(Array.prototype.slice.call(result.data, j * d, (j + 1) * d)));
    }
    return out;
  }

  async close(): Promise<void> {
    await this.extractor.dispose();
  }
}

function checkModelDir(dir: string, dtype: ModelDtype | undefined): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw missingModel(dir, 'the directory does not exist', 'KG_MODEL_NOT_FOUND');
  const missing = ['config.json', 'tokenizer.json', 'tokenizer_config.json'].filter((f) => !existsSync(join(dir, f)));
  const onnx = dtype === undefined ? undefined : `onnx/model${DTYPE_SUFFIX[dtype]}.onnx`;
  if (onnx !== undefined && !existsSync(join(dir, onnx))) missing.push(onnx);
  if (onnx === undefined && onnxFiles(dir).length === 0) missing.push('onnx/model*.onnx');
  if (missing.length > 0) throw missingModel(dir, `missing ${missing.join(', ')}`, 'KG_MODEL_NOT_FOUND');
}

function onnxFiles(dir: string): string[] {
  const d = join(dir, 'onnx');
  return existsSync(d) ? readdirSync(d).filter((f) => /^model.*\.onnx$/.test(f)) : [];
}

function pickDtype(dir: string): ModelDtype {
  const files = new Set(onnxFiles(dir));
  for (const [dtype, suffix] of Object.entries(DTYPE_SUFFIX))
    if (files.has(`model${suffix}.onnx`)) return dtype as ModelDtype;
  return 'fp32';
}

function modelFileSize(dir: string, dtype: ModelDtype): number {
  const f = join(dir, 'onnx', `model${DTYPE_SUFFIX[dtype]}.onnx`);
  return existsSync(f) ? statSync(f).size : 0;
}

function readPooling(dir: string): 'cls' | 'mean' {
  const f = join(dir, '1_Pooling', 'config.json');
  if (!existsSync(f)) return 'mean';
  try {
    return (JSON.parse(readFileSync(f, 'utf8')) as { pooling_mode_cls_token?: boolean }).pooling_mode_cls_token
      ? 'cls'
      : 'mean';
  } catch {
    return 'mean';
  }
}
