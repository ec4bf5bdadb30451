import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../random.js';
import { DT, intAttr, model, node, tensor, valueInfo } from './onnx-writer.js';

/** Options of {@link writeTinyBertModel}. */
export interface TinyModelOptions {
  /** Hidden size; default 16. */
  dimension?: number;
  /** Han characters added to the vocabulary (one token each); default a short policy text. */
  text?: string;
  /** PRNG seed of the weights; default 42. */
  seed?: number;
  /** Also write the q8 variant `onnx/model_quantized.onnx`; default true. */
  quantized?: boolean;
}

function floats(values: Float32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

function int64s(values: readonly number[]): Uint8Array {
  const b = new BigInt64Array(values.map((v) => BigInt(v)));
  return new Uint8Array(b.buffer);
}

const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

function vocabulary(text: string): string[] {
  const vocab = [...SPECIALS];
  for (let c = 33; c < 127; c++) {
    const ch = String.fromCharCode(c);
    if (!(ch >= 'A' && ch <= 'Z')) vocab.push(ch); // the normalizer lower-cases
  }
  for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789') vocab.push(`##${ch}`);
  const seen = new Set(vocab);
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch) && !seen.has(ch)) {
      seen.add(ch);
      vocab.push(ch);
    }
  }
  return vocab;
}

/**
 * Writes a tiny BERT-shaped feature-extraction model and its tokenizer to `dir`,
 * in the layout transformers.js loads (`config.json`, `tokenizer.json`,
 * `tokenizer_config.json`, `onnx/model.onnx`, optionally `onnx/model_quantized.onnx`).
 * Graph: `tanh((word_emb[input_ids] + type_emb[token_type_ids]) · W) × attention_mask`
 * → `last_hidden_state`. Weights come from a seeded PRNG: same options, same bytes.
 * For tests only: the vectors mean nothing.
 *
 * @example
 * ```ts
 * writeTinyBertModel('/tmp/tiny', { text: '基层卫生人才' });
 * const e = await TransformersEmbedder.load({ model: '/tmp/tiny' });
 * ```
 */
export function writeTinyBertModel(
  dir: string,
  options: TinyModelOptions = {},
): { vocabSize: number; dimension: number } {
  const d = options.dimension ?? 16;
  const rand = seededRandom(options.seed ?? 42);
  const vocab = vocabulary(options.text ?? '加强基层医疗卫生人才队伍建设推进健康中国');
  const v = vocab.length;
  const wordEmb = Float32Array.from({ length: v * d }, () => rand() * 2 - 1);
  const typeEmb = Float32Array.from({ length: 2 * d }, () => (rand() * 2 - 1) * 0.1);
  const w = Float32Array.from({ length: d * d }, () => (rand() * 2 - 1) / Math.sqrt(d));

  const inputs = [
    valueInfo('input_ids', DT.INT64, ['batch', 'sequence']),
    valueInfo('attention_mask', DT.INT64, ['batch', 'sequence']),
    valueInfo('token_type_ids', DT.INT64, ['batch', 'sequence']),
  ];
  const outputs = [valueInfo('last_hidden_state', DT.FLOAT, ['batch', 'sequence', d])];
  const tail = [
    node('Gather', ['type_emb', 'token_type_ids'], ['te'], [intAttr('axis', 0)]),
    node('Add', ['we', 'te'], ['e']),
    node('MatMul', ['e', 'w'], ['m']),
    node('Tanh', ['m'], ['t']),
    node('Cast', ['attention_mask'], ['mf'], [intAttr('to', DT.FLOAT)]),
    node('Unsqueeze', ['mf', 'axes'], ['mf3']),
    node('Mul', ['t', 'mf3'], ['last_hidden_state']),
  ];
  const shared = [
    tensor('type_emb', DT.FLOAT, [2, d], floats(typeEmb)),
    tensor('w', DT.FLOAT, [d, d], floats(w)),
    tensor('axes', DT.INT64, [1], int64s([-1])),
  ];
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(
    join(dir, 'onnx', 'model.onnx'),
    model({
      nodes: [node('Gather', ['word_emb', 'input_ids'], ['we'], [intAttr('axis', 0)]), ...tail],
      initializers: [tensor('word_emb', DT.FLOAT, [v, d], floats(wordEmb)), ...shared],
      inputs,
      outputs,
    }),
  );
  if (options.quantized !== false) {
    // q8: uint8 word embeddings with scale 1/127 and zero point 127, dequantized in the graph.
    const q = Uint8Array.from(wordEmb, (x) => Math.max(0, Math.min(255, Math.round(x * 127) + 127)));
    writeFileSync(
      join(dir, 'onnx', 'model_quantized.onnx'),
      model({
        nodes: [
          node('DequantizeLinear', ['word_emb_q', 'scale', 'zero'], ['word_emb']),
          node('Gather', ['word_emb', 'input_ids'], ['we'], [intAttr('axis', 0)]),
          ...tail,
        ],
        initializers: [
          tensor('word_emb_q', DT.UINT8, [v, d], q),
          tensor('scale', DT.FLOAT, [], floats(Float32Array.of(1 / 127))),
          tensor('zero', DT.UINT8, [], Uint8Array.of(127)),
          ...shared,
        ],
        inputs,
        outputs,
      }),
    );
  }
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  const special = (content: string) => ({
    id: ids[content],
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const tok = (id: string) => ({ id, ids: [ids[id]], tokens: [id] });
  writeFileSync(
    join(dir, 'tokenizer.json'),
    JSON.stringify({
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: SPECIALS.map(special),
      normalizer: {
        type: 'BertNormalizer',
        clean_text: true,
        handle_chinese_chars: true,
        strip_accents: null,
        lowercase: true,
      },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: {
        type: 'TemplateProcessing',
        single: [
          { SpecialToken: { id: '[CLS]', type_id: 0 } },
          { Sequence: { id: 'A', type_id: 0 } },
          { SpecialToken: { id: '[SEP]', type_id: 0 } },
        ],
        pair: [
          { SpecialToken: { id: '[CLS]', type_id: 0 } },
          { Sequence: { id: 'A', type_id: 0 } },
          { SpecialToken: { id: '[SEP]', type_id: 0 } },
          { Sequence: { id: 'B', type_id: 1 } },
          { SpecialToken: { id: '[SEP]', type_id: 1 } },
        ],
        special_tokens: { '[CLS]': tok('[CLS]'), '[SEP]': tok('[SEP]') },
      },
      decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
      model: {
        type: 'WordPiece',
        unk_token: '[UNK]',
        continuing_subword_prefix: '##',
        max_input_chars_per_word: 100,
        vocab: ids,
      },
    }),
  );
  writeFileSync(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({
      tokenizer_class: 'BertTokenizer',
      do_lower_case: true,
      model_max_length: 64,
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      mask_token: '[MASK]',
    }),
  );
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      model_type: 'bert',
      architectures: ['BertModel'],
      hidden_size: d,
      vocab_size: v,
      max_position_embeddings: 64,
    }),
  );
  return { vocabSize: v, dimension: d };
}
