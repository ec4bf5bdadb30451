import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { createQueryEngine } from '../engine.js';
import type { Algebra } from '../parse/algebra.js';
import { parseSparql } from '../parse/parse.js';
import { toAlgebra } from '../parse/to-algebra.js';
import { n3Source, type QuadSource } from '../source.js';
import { simplifyOuterJoins } from './outer-join.js';

const EX = 'http://ex/';
const P = `PREFIX : <${EX}> `;

function plan(q: string): Algebra {
  return toAlgebra(parseSparql(P + q, { baseIRI: EX }) as Parameters<typeof toAlgebra>[0]).algebra;
}

function types(a: Algebra, out: string[] = []): string[] {
  out.push(a.type);
  for (const v of Object.values(a)) {
    if (Array.isArray(v)) for (const x of v) if (x && typeof x === 'object' && 'type' in x) types(x as Algebra, out);
    if (v && typeof v === 'object' && !Array.isArray(v) && 'type' in v && 'input' in a) types(v as Algebra, out);
    if (v && typeof v === 'object' && !Array.isArray(v) && 'type' in v && ('left' in a || 'right' in a)) {
      types(v as Algebra, out);
    }
  }
  return out;
}

// Statements with spans (some), names (some) and a second name for one speaker.
const DATA = `@prefix : <${EX}> .
:s1 a :Statement ; :speaker :o1 ; :span :sp1 . :sp1 :sel :x1 . :x1 :start 1 ; :end 5 .
:s2 a :Statement ; :speaker :o2 ; :span :sp2 . :sp2 :sel :x2 . :x2 :start 7 ; :end 9 .
:s3 a :Statement ; :speaker :o3 .
:o1 :name "甲" . :o2 :name "乙" , "乙二" .
:x9 :start 0 ; :end 0 .`;

async function rows(q: string, source: QuadSource): Promise<string[]> {
  const stream = await createQueryEngine().queryBindings(P + q, { sources: [source] });
  const out: string[] = [];
  for (const b of await stream.toArray()) {
    out.push(
      [...b]
        .map(([k, v]) => `${k.value}=${v.value}`)
        .sort()
        .join(' '),
    );
  }
  return out.sort();
}

describe('outer-join simplification', () => {
  it('turns an OPTIONAL into a join under a FILTER that rejects its unbound variable', () => {
    const a = simplifyOuterJoins(plan('SELECT * { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(STR(?n) = "甲") }'));
    expect(types(a)).not.toContain('leftjoin');
    expect(types(a)).toContain('join');
  });

  it('keeps the OPTIONAL under BOUND, COALESCE, || with a non-rejecting side, or a variable the left may bind', () => {
    for (const q of [
      'SELECT * { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(!BOUND(?n)) }',
      'SELECT * { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(COALESCE(?n, "x") = "x") }',
      'SELECT * { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(STR(?n) = "甲" || ?s = :s3) }',
      'SELECT * { ?s :speaker ?o OPTIONAL { ?s :name ?o } FILTER(STR(?o) != "") }',
    ]) {
      expect(types(simplifyOuterJoins(plan(q))), q).toContain('leftjoin');
    }
  });

  it('gives the same rows as the unsimplified OPTIONAL + FILTER', async () => {
    const source = n3Source(new Store(new Parser().parse(DATA)));
    expect(
      await rows('SELECT ?s ?n { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(STR(?n) = "乙") }', source),
    ).toEqual(['n=乙 s=http://ex/s2']);
    expect(await rows('SELECT ?s ?n { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(!BOUND(?n)) }', source)).toEqual([
      's=http://ex/s3',
    ]);
    expect(
      await rows('SELECT ?s ?n { ?s :speaker ?o OPTIONAL { ?o :name ?n } FILTER(STR(?n) = "乙" || ?s = :s3) }', source),
    ).toEqual(['n=乙 s=http://ex/s2', 's=http://ex/s3']);
  });
});

describe('ordering with the bindings a seeded side receives', () => {
  it('starts an OPTIONAL right side from the variable its left side binds', () => {
    const source = n3Source(new Store(new Parser().parse(DATA)));
    const text = createQueryEngine().explain(
      `${P}SELECT * { ?s a :Statement OPTIONAL { ?x :start ?start . ?sp :sel ?x . ?s :span ?sp . ?x :end ?end } }`,
      { sources: [source] },
    );
    const optional = text.slice(text.lastIndexOf('bgp'));
    const first = optional.split('\n')[1]?.trim();
    expect(first).toBe(`?s <${EX}span> ?sp`);
  });
});

describe('GRAPH ?g candidates', () => {
  it('returns the same rows with and without the source naming the graphs that hold a term', async () => {
    const trig = `@prefix : <${EX}> .
      :g1 { :s1 :doc :d1 . :s2 :doc :d2 . }
      :g2 { :d1 :date "2020" . :d2 :date "2021" . }
      :g3 { :d1 :date "2019" . :s1 :doc :d2 . }`;
    const store = new Store(new Parser({ format: 'TriG' }).parse(trig));
    const full = n3Source(store);
    expect(full.graphsOf).toBeDefined();
    const { graphsOf: _unused, ...blind } = full;
    const q = 'SELECT ?g ?h ?s ?d ?date { GRAPH ?g { ?s :doc ?d } GRAPH ?h { ?d :date ?date } }';
    const expected = await rows(q, blind);
    expect(expected).toHaveLength(4);
    expect(await rows(q, full)).toEqual(expected);
  });
});

describe('equality filters in join ordering', () => {
  it('starts from the label an equality FILTER selects, not from the join it would filter at the end', () => {
    // Many names, few statements: blind, the plan starts from the statements and filters names last.
    const names = Array.from({ length: 200 }, (_, i) => `:n${i} :name "名${i}" .`).join('\n');
    const source = n3Source(new Store(new Parser().parse(`${DATA}\n@prefix : <${EX}> .\n${names}`)));
    const text = createQueryEngine().explain(
      `${P}SELECT * { VALUES ?q { "甲" } ?s a :Statement ; :speaker ?o . ?o :name ?n . FILTER(STR(?n) = ?q) }`,
      { sources: [source] },
    );
    const lines = text.split('\n').map((l) => l.trim());
    const nameAt = lines.findIndex((l) => l === `?o <${EX}name> ?n`);
    const typeAt = lines.findIndex((l) => l.startsWith('?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'));
    expect(nameAt).toBeGreaterThan(0);
    expect(nameAt).toBeLessThan(typeAt);
  });
});
