import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { writeQuads } from './graph.js';
import { collectText } from './results.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const KG = 'https://w3id.org/policy-kg/ontology#';
const ID = 'https://w3id.org/policy-kg/id/';
const quads: Quad[] = [
  quad(namedNode(`${ID}statement/1`), namedNode(`${KG}speaker`), namedNode(`${ID}person/1`)),
  quad(namedNode(`${ID}statement/1`), namedNode(`${KG}text`), literal('推进健康中国建设', 'zh-hans')),
  quad(namedNode(`${ID}statement/2`), namedNode(`${KG}text`), literal('多行\n"引号"'), namedNode(`${ID}doc/1`)),
];

function sameTriples(parsed: Quad[], expected: Quad[]): void {
  const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`;
  expect(parsed.map(key).sort()).toEqual(expected.map(key).sort());
}

describe('writeQuads', () => {
  it('writes Turtle with prefixes that parses back to the same triples, graph names dropped', async () => {
    const ttl = await collectText(writeQuads(quads, { format: 'turtle', prefixes: { kg: KG } }));
    expect(ttl).toContain('@prefix kg:');
    expect(ttl).not.toContain('{');
    const parsed = new Parser({ format: 'Turtle' }).parse(ttl);
    sameTriples(parsed, quads);
    expect(parsed.every((q) => q.graph.equals(defaultGraph()))).toBe(true);
  });

  it('keeps named graphs in N-Quads and drops them in N-Triples', async () => {
    const nq = await collectText(writeQuads(quads, { format: 'nquads' }));
    const parsed = new Parser({ format: 'N-Quads' }).parse(nq);
    expect(parsed.filter((q) => q.graph.value === `${ID}doc/1`)).toHaveLength(1);
    const nt = await collectText(writeQuads(quads, { format: 'ntriples' }));
    expect(nt.trim().split('\n')).toHaveLength(3);
    expect(nt).not.toContain(`<${ID}doc/1>`);
  });

  it('keeps named graphs in TriG', async () => {
    const trig = await collectText(writeQuads(quads, { format: 'trig' }));
    const parsed = new Parser({ format: 'TriG' }).parse(trig);
    expect(parsed.find((q) => q.graph.value === `${ID}doc/1`)?.object.value).toBe('多行\n"引号"');
  });

  it('streams from an async source in several chunks', async () => {
    async function* many() {
      for (let i = 0; i < 2000; i++) yield quad(namedNode(`${ID}s/${i}`), namedNode(`${KG}p`), literal(String(i)));
    }
    const chunks: string[] = [];
    for await (const chunk of writeQuads(many(), { format: 'ntriples' })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('').trim().split('\n')).toHaveLength(2000);
  });
});
