import type { Quad, Term } from '@rdfjs/types';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { QueryEngine } from '../engine.js';
import { n3Source, type QuadSource } from '../source.js';

const PREFIX = 'PREFIX : <http://ex/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n';
const DATA = `@prefix : <http://ex/> .
:a :p :b ; :name "A" ; :age 30 .
:b :p :c ; :name "B"@en ; :age 25 .
:c :p :d ; :name "C" .
:d :name "D" .
:x :q 1 .
:g1 { :a :in :g1 . :s :t "one" }
:g2 { :a :in :g2 . :s :t "two" }`;

function store(): Store {
  return new Store(new Parser({ format: 'application/trig' }).parse(DATA));
}

async function select(q: string, source: Store | QuadSource = store()): Promise<Record<string, string>[]> {
  const engine = new QueryEngine();
  const rows = await (await engine.queryBindings(PREFIX + q, { sources: [source] })).toArray();
  return rows.map((b) => Object.fromEntries([...b].map(([k, v]) => [k.value, v.value])));
}

const vals = (rows: Record<string, string>[], k: string): (string | undefined)[] => rows.map((r) => r[k]);

describe('operators', () => {
  it('joins triple patterns (BGP)', async () => {
    const rows = await select('SELECT ?x ?n { ?x :p ?y . ?y :name ?n } ORDER BY ?x');
    expect(vals(rows, 'n')).toEqual(['B', 'C', 'D']);
  });

  it('keeps left rows without a match in OPTIONAL', async () => {
    const rows = await select('SELECT ?x ?a { ?x :name ?n OPTIONAL { ?x :age ?a } } ORDER BY ?x');
    expect(vals(rows, 'a')).toEqual(['30', '25', undefined, undefined]);
  });

  it('applies an OPTIONAL filter to the extension, not the left row', async () => {
    const rows = await select('SELECT ?x ?a { ?x :name ?n OPTIONAL { ?x :age ?a FILTER(?a > 26) } } ORDER BY ?x');
    expect(vals(rows, 'a')).toEqual(['30', undefined, undefined, undefined]);
  });

  it('concatenates UNION branches', async () => {
    const rows = await select('SELECT ?v { { :a :age ?v } UNION { :b :age ?v } } ORDER BY ?v');
    expect(vals(rows, 'v')).toEqual(['25', '30']);
  });

  it('removes compatible solutions with MINUS but keeps disjoint ones', async () => {
    expect(vals(await select('SELECT ?x { ?x :name ?n MINUS { ?x :age ?a } } ORDER BY ?x'), 'x')).toEqual([
      'http://ex/c',
      'http://ex/d',
    ]);
    expect(await select('SELECT ?x { ?x :name ?n MINUS { ?y :age ?a } }')).toHaveLength(4);
  });

  it('binds with BIND and leaves errors unbound', async () => {
    const rows = await select('SELECT ?x ?d { ?x :name ?n BIND(?n + 1 AS ?d) } LIMIT 1');
    expect(rows[0]?.d).toBeUndefined();
    const ok = await select('SELECT ?d { :a :age ?a BIND(?a * 2 AS ?d) }');
    expect(ok[0]?.d).toBe('60');
  });

  it('treats a FILTER type error as false', async () => {
    expect(await select('SELECT ?x { ?x :name ?n FILTER(?n > 3) }')).toHaveLength(0);
    expect(await select('SELECT ?x { ?x :name ?n FILTER(!(?n > 3)) }')).toHaveLength(0);
  });

  it('joins inline VALUES, including UNDEF', async () => {
    const rows = await select('SELECT ?x ?n { VALUES (?x ?n) { (:a UNDEF) (:b "B"@en) } ?x :name ?n }');
    expect(rows.map((r) => r.x).sort()).toEqual(['http://ex/a', 'http://ex/b']);
  });

  it('evaluates EXISTS and NOT EXISTS with the current solution substituted', async () => {
    expect(vals(await select('SELECT ?x { ?x :name ?n FILTER EXISTS { ?x :age ?a } } ORDER BY ?x'), 'x')).toEqual([
      'http://ex/a',
      'http://ex/b',
    ]);
    expect(await select('SELECT ?x { ?x :name ?n FILTER NOT EXISTS { ?y :p ?x } }')).toEqual([{ x: 'http://ex/a' }]);
  });

  it('follows property paths: sequence, alternative, inverse, negated, ?, *, +', async () => {
    expect(vals(await select('SELECT ?y { :a :p/:p ?y }'), 'y')).toEqual(['http://ex/c']);
    expect(await select('SELECT ?y { :a :p|:name ?y }')).toHaveLength(2);
    expect(vals(await select('SELECT ?y { :b ^:p ?y }'), 'y')).toEqual(['http://ex/a']);
    expect(await select('SELECT ?y { :a !(:p|:age) ?y }')).toEqual([{ y: 'A' }]);
    expect(await select('SELECT ?y { :a :p? ?y }')).toHaveLength(2);
    expect(await select('SELECT ?y { :a :p* ?y }')).toHaveLength(4);
    expect(await select('SELECT ?y { :a :p+ ?y }')).toHaveLength(3);
  });

  it('gives zero-length paths for a constant even outside the graph', async () => {
    expect(await select('SELECT ?y { :nowhere :p* ?y }')).toEqual([{ y: 'http://ex/nowhere' }]);
    expect(await select('SELECT ?v { VALUES ?v { :nowhere } ?v :p? ?v }')).toEqual([]);
  });

  it('groups and aggregates with HAVING', async () => {
    const rows = await select(
      'SELECT ?has (COUNT(*) AS ?c) (SUM(?a) AS ?s) (AVG(?a) AS ?avg) (MIN(?a) AS ?min) (MAX(?a) AS ?max) (GROUP_CONCAT(?a; separator="|") AS ?g) { ?x :name ?n OPTIONAL { ?x :age ?a } BIND(BOUND(?a) AS ?has) } GROUP BY ?has HAVING (COUNT(*) > 1) ORDER BY ?has',
    );
    expect(rows).toHaveLength(2);
    const withAge = rows.find((r) => r.has === 'true');
    expect(withAge).toMatchObject({ c: '2', s: '55', avg: '27.5', min: '25', max: '30' });
    expect(withAge?.g?.split('|').sort()).toEqual(['25', '30']);
  });

  it('aggregates an empty input into one group', async () => {
    expect(await select('SELECT (COUNT(*) AS ?c) (SUM(?v) AS ?s) { ?x :none ?v }')).toEqual([{ c: '0', s: '0' }]);
    expect(await select('SELECT ?x (COUNT(*) AS ?c) { ?x :none ?v } GROUP BY ?x')).toEqual([]);
  });

  it('counts DISTINCT values and samples', async () => {
    const rows = await select(
      'SELECT (COUNT(DISTINCT ?t) AS ?c) (SAMPLE(?t) AS ?s) { ?x a ?t VALUES ?t { :A :A :B } }',
    );
    expect(rows).toHaveLength(1);
    expect(await select('SELECT (COUNT(DISTINCT ?v) AS ?c) { VALUES ?v { 1 1 2 } }')).toEqual([{ c: '2' }]);
  });

  it('evaluates subqueries with their own projection and LIMIT', async () => {
    const rows = await select('SELECT ?x ?n { { SELECT ?x { ?x :age ?a } ORDER BY DESC(?a) LIMIT 1 } ?x :name ?n }');
    expect(rows).toEqual([{ x: 'http://ex/a', n: 'A' }]);
  });

  it('scopes GRAPH to named graphs and binds the graph variable', async () => {
    const rows = await select('SELECT ?g ?o { GRAPH ?g { :s :t ?o } } ORDER BY ?g');
    expect(vals(rows, 'o')).toEqual(['one', 'two']);
    expect(await select('SELECT ?o { :s :t ?o }')).toEqual([]);
    expect(await select('SELECT ?o { GRAPH :missing { ?s ?p ?o } }')).toEqual([]);
  });

  it('selects the dataset with FROM and FROM NAMED', async () => {
    expect(await select('SELECT ?o FROM :g1 { :s :t ?o }')).toEqual([{ o: 'one' }]);
    const merged = await select('SELECT ?o FROM :g1 FROM :g2 { :s :t ?o } ORDER BY ?o');
    expect(vals(merged, 'o')).toEqual(['one', 'two']);
    expect(await select('SELECT ?g { GRAPH ?g { ?s ?p ?o } } ', store())).toHaveLength(4);
    expect(vals(await select('SELECT DISTINCT ?g FROM NAMED :g2 { GRAPH ?g { ?s ?p ?o } }'), 'g')).toEqual([
      'http://ex/g2',
    ]);
  });

  it('applies DISTINCT, REDUCED, ORDER BY, OFFSET and LIMIT', async () => {
    expect(await select('SELECT DISTINCT ?p { ?s ?p ?o }')).toHaveLength(4);
    expect((await select('SELECT REDUCED ?p { ?s ?p ?o }')).length).toBeLessThanOrEqual(9);
    const page = await select('SELECT ?n { ?x :name ?n } ORDER BY DESC(?n) OFFSET 1 LIMIT 2');
    // "B"@en sorts after simple literals (tagged strings form their own category).
    expect(vals(page, 'n')).toEqual(['D', 'C']);
  });

  it('orders unbound < blank < IRI < literal and numbers by value', async () => {
    const rows = await select('SELECT ?v { VALUES ?v { 10 2 "a" :z UNDEF 1.5 } } ORDER BY ?v');
    expect(vals(rows, 'v')).toEqual([undefined, 'http://ex/z', '1.5', '2', '10', 'a']);
  });

  it('stops upstream work at LIMIT', async () => {
    const base = n3Source(store());
    let matched = 0;
    const counting: QuadSource = {
      countQuads: base.countQuads,
      *match(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Iterable<Quad> {
        for (const q of base.match(s, p, o, g)) {
          matched++;
          yield q;
        }
      },
    };
    const rows = await select('SELECT * { ?s ?p ?o } LIMIT 1', counting);
    expect(rows).toHaveLength(1);
    expect(matched).toBeLessThanOrEqual(2);
  });
});
