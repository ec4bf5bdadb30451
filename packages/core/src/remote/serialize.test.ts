import { XSD } from '@policy-kg/ontology';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { ntriplesChunks } from './serialize.js';

const { namedNode, literal, blankNode, quad } = DataFactory;
const ex = (s: string) => namedNode(`https://e/${s}`);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('ntriplesChunks', () => {
  it('splits a graph into chunks that parse back to the same triples, Chinese and dates intact', async () => {
    const quads = Array.from({ length: 7 }, (_, i) => quad(ex(`s${i}`), ex('label'), literal(`国务院${i}`, 'zh-Hans')));
    quads.push(quad(ex('s0'), ex('date'), literal('2023-03-05', namedNode(XSD.date))));
    const chunks = await collect(ntriplesChunks(quads, { chunkTriples: 3, graph: 'https://e/g' }));
    expect(chunks.map((c) => c.triples)).toEqual([3, 3, 2]);
    const back = chunks.flatMap((c) => new Parser({ format: 'N-Triples' }).parse(c.text));
    expect(back.map((q) => q.object.value)).toEqual(quads.map((q) => q.object.value));
    expect(back[7]?.object).toMatchObject({ datatype: { value: XSD.date } });
  });

  it('keeps everything after the first blank node in one chunk', async () => {
    const b = blankNode('x');
    const quads = [
      quad(ex('a'), ex('p'), literal('1')),
      quad(ex('a'), ex('p'), literal('2')),
      quad(ex('a'), ex('p'), b),
      quad(b, ex('p'), literal('3')),
      quad(b, ex('p'), literal('4')),
      quad(b, ex('p'), literal('5')),
    ];
    const chunks = await collect(ntriplesChunks(quads, { chunkTriples: 2, graph: 'https://e/g' }));
    expect(chunks.map((c) => c.triples)).toEqual([2, 4]);
  });

  it('rejects an ill-typed literal, naming the graph', async () => {
    const quads = [quad(ex('a'), ex('n'), literal('12x', namedNode(XSD.integer)))];
    await expect(collect(ntriplesChunks(quads, { chunkTriples: 10, graph: 'https://e/g' }))).rejects.toMatchObject({
      code: 'KG_REMOTE_ILL_TYPED',
      message: expect.stringContaining('graph <https://e/g>'),
    });
  });
});
