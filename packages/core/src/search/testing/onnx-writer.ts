/**
 * A minimal ONNX protobuf writer for test models: just the ModelProto fields a
 * BERT-shaped graph needs (onnx.proto field numbers; proto2, so repeated
 * scalars are written unpacked). Test support only; never shipped.
 */

type Bytes = number[];

function varint(out: Bytes, value: bigint | number): void {
  let v = BigInt.asUintN(64, BigInt(value));
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

/** A protobuf message under construction. */
class Message {
  readonly bytes: Bytes = [];
  private key(field: number, wire: number): void {
    varint(this.bytes, (field << 3) | wire);
  }
  int(field: number, value: bigint | number): this {
    this.key(field, 0);
    varint(this.bytes, value);
    return this;
  }
  float(field: number, value: number): this {
    this.key(field, 5);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    this.bytes.push(...b);
    return this;
  }
  raw(field: number, data: Uint8Array | Bytes): this {
    this.key(field, 2);
    varint(this.bytes, data.length);
    for (const x of data) this.bytes.push(x);
    return this;
  }
  string(field: number, s: string): this {
    return this.raw(field, new TextEncoder().encode(s));
  }
  message(field: number, m: Message): this {
    return this.raw(field, m.bytes);
  }
}

/** ONNX TensorProto.DataType values used here. */
export const DT = { FLOAT: 1, UINT8: 2, INT64: 7 } as const;

/** A tensor initializer with raw little-endian data. */
export function tensor(name: string, dataType: number, dims: readonly number[], raw: Uint8Array): Message {
  const m = new Message();
  for (const d of dims) m.int(1, d);
  m.int(2, dataType).string(8, name).raw(9, raw);
  return m;
}

/** A graph input/output with a tensor type; string dims are symbolic (`batch`). */
export function valueInfo(name: string, elemType: number, dims: readonly (number | string)[]): Message {
  const shape = new Message();
  for (const d of dims) shape.message(1, typeof d === 'number' ? new Message().int(1, d) : new Message().string(2, d));
  const tensorType = new Message().int(1, elemType).message(2, shape);
  return new Message().string(1, name).message(2, new Message().message(1, tensorType));
}

/** An integer or integer-list attribute. */
export function intAttr(name: string, value: number | readonly number[]): Message {
  const m = new Message().string(1, name);
  if (typeof value === 'number') return m.int(3, value).int(20, 2);
  for (const v of value) m.int(8, v);
  return m.int(20, 7);
}

/** A graph node. */
export function node(
  op: string,
  inputs: readonly string[],
  outputs: readonly string[],
  attrs: Message[] = [],
): Message {
  const m = new Message();
  for (const i of inputs) m.string(1, i);
  for (const o of outputs) m.string(2, o);
  m.string(3, `${op}_${outputs[0]}`).string(4, op);
  for (const a of attrs) m.message(5, a);
  return m;
}

/** Serialises a model: IR version 8, default-domain opset 14. */
export function model(parts: {
  nodes: Message[];
  initializers: Message[];
  inputs: Message[];
  outputs: Message[];
}): Uint8Array {
  const graph = new Message();
  for (const n of parts.nodes) graph.message(1, n);
  graph.string(2, 'tiny_bert');
  for (const t of parts.initializers) graph.message(5, t);
  for (const i of parts.inputs) graph.message(11, i);
  for (const o of parts.outputs) graph.message(12, o);
  const m = new Message()
    .int(1, 8)
    .string(2, 'policy-kg-tests')
    .message(7, graph)
    .message(8, new Message().string(1, '').int(2, 14));
  return Uint8Array.from(m.bytes);
}
