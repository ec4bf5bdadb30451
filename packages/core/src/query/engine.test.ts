import type { Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { ParseError, QueryEvaluationError, UsageError } from '../errors.js';
import { createQueryEngine, explainQuery, QueryEngine } from './engine.js';
import { serviceDescription } from './service-description.js';
import { literal, XSD_INTEGER } from './terms.js';

const EX = 'http://ex/';
const DATA = `@prefix : <http://ex/> .
:p1 a :Passage ; :text "加强基层人才队伍建设" .
:p2 a :Passage ; :text "推进健康中国建设" .
:p3 a :Passage ; :text "基层医疗卫生服务" ; :next [ :text "附注" ] .`;

function store(): Store {
  return new Store(new Parser().parse(DATA));
}

function bigStore(n: number): Store {
  const s = new Store();
  for (let i = 0; i < n; i++)
    s.addQuad(DataFactory.namedNode(`${EX}s${i}`), DataFactory.namedNode(`${EX}p`), DataFactory.literal(String(i)));
  return s;
}

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('QueryEngine (RDF/JS query interfaces)', () => {
  it('returns bindings as RDF/JS terms through queryBindings', async () => {
    const engine = new QueryEngine();
    const stream = await engine.queryBindings(`SELECT ?p ?t WHERE { ?p <${EX}text> ?t } ORDER BY ?p`, {
      sources: [store()],
    });
    const rows = [];
    for await (const b of stream) rows.push(b);
    expect(rows).toHaveLength(4);
    expect(rows[0]?.get('p')?.termType).toBe('BlankNode');
    expect(rows[1]?.get('t')).toMatchObject({ termType: 'Literal', value: '加强基层人才队伍建设' });
    expect(rows[1]?.has('?t')).toBe(true);
    expect(rows[1]?.size).toBe(2);
  });

  it('emits data and end events like a ResultStream', async () => {
    const stream = await createQueryEngine({ source: store() }).queryBindings(`SELECT ?t { ?p <${EX}text> ?t }`);
    const values = await new Promise<string[]>((resolve, reject) => {
      const out: string[] = [];
      stream.on('data', (b: { get(k: string): Term | undefined }) => out.push(b.get('t')?.value ?? ''));
      stream.on('error', reject);
      stream.on('end', () => resolve(out));
    });
    expect(values).toHaveLength(4);
  });

  it('queries an RDF/JS DatasetCore and an explicit QuadSource', async () => {
    const data = store();
    const dataset = {
      match: (s: Term | null, p: Term | null, o: Term | null, g: Term | null) => {
        const quads = data.getQuads(s, p, o, g);
        return Object.assign(quads, { size: quads.length });
      },
    };
    const rows = await (
      await new QueryEngine().queryBindings(`SELECT ?t { ?p <${EX}text> ?t }`, { sources: [dataset] })
    ).toArray();
    expect(rows).toHaveLength(4);
    const err = await errorOf(new QueryEngine().queryBindings('SELECT * {}', { sources: [42 as unknown as object] }));
    expect(err).toBeInstanceOf(UsageError);
  });

  it('answers ASK with queryBoolean', async () => {
    const engine = createQueryEngine({ source: store() });
    expect(await engine.queryBoolean(`ASK { ?p <${EX}text> "推进健康中国建设" }`)).toBe(true);
    expect(await engine.queryBoolean(`ASK { ?p <${EX}text> "不存在" }`)).toBe(false);
  });

  it('builds graphs with CONSTRUCT (fresh blank nodes per solution, no duplicates)', async () => {
    const engine = createQueryEngine({ source: store() });
    const quads = await (
      await engine.queryQuads(
        `CONSTRUCT { ?p <${EX}label> ?t . _:n <${EX}of> ?p . ?p a <${EX}Thing> } WHERE { ?p <${EX}text> ?t }`,
      )
    ).toArray();
    expect(quads.filter((q) => q.predicate.value === `${EX}label`)).toHaveLength(4);
    const bnodes = new Set(quads.filter((q) => q.predicate.value === `${EX}of`).map((q) => q.subject.value));
    expect(bnodes.size).toBe(4);
  });

  it('describes a resource with its concise bounded description', async () => {
    const quads = await (await createQueryEngine({ source: store() }).queryQuads(`DESCRIBE <${EX}p3>`)).toArray();
    expect(quads.map((q) => q.predicate.value).sort()).toEqual([
      'http://ex/next',
      'http://ex/text',
      'http://ex/text',
      'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
    ]);
  });

  it('returns a typed query object from query()', async () => {
    const engine = createQueryEngine({ source: store() });
    const q = await engine.query(`SELECT ?t { ?p <${EX}text> ?t }`);
    expect(q.resultType).toBe('bindings');
    if (q.resultType !== 'bindings') return;
    expect((await q.metadata()).variables.map((v) => v.value)).toEqual(['t']);
    expect(await (await q.execute()).toArray()).toHaveLength(4);
    const ask = await engine.query('ASK {}');
    expect(ask.resultType === 'boolean' && (await ask.execute())).toBe(true);
  });

  it('rejects a query of the wrong form for the method', async () => {
    const engine = createQueryEngine({ source: store() });
    expect(await errorOf(engine.queryBoolean('SELECT * {}'))).toBeInstanceOf(UsageError);
    expect(await errorOf(engine.queryVoid('SELECT * {}'))).toBeInstanceOf(UsageError);
    expect(await errorOf(new QueryEngine().queryBindings('SELECT * {}'))).toBeInstanceOf(UsageError);
  });

  it('throws ParseError with line and column for a malformed query', async () => {
    const err = await errorOf(createQueryEngine({ source: store() }).queryBindings('SELECT *\nWHERE { ?s ?p'));
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).line).toBe(2);
    expect((err as ParseError).message).toMatch(/^SPARQL syntax error at line 2, column \d+/);
  });

  it('fails with KG_QUERY_TIMEOUT when the timeout passes', async () => {
    const engine = createQueryEngine({ source: bigStore(200) });
    const err = await errorOf(
      engine
        .queryBindings('SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }', { timeout: 30 })
        .then((s) => s.toArray()),
    );
    expect(err).toBeInstanceOf(QueryEvaluationError);
    expect((err as QueryEvaluationError).code).toBe('KG_QUERY_TIMEOUT');
  });

  it('stops with KG_QUERY_ABORTED when the AbortSignal fires', async () => {
    const engine = createQueryEngine({ source: bigStore(200) });
    const already = new AbortController();
    already.abort();
    const first = await errorOf(
      engine.queryBindings('SELECT * { ?a ?p ?b }', { signal: already.signal }).then((s) => s.toArray()),
    );
    expect((first as QueryEvaluationError).code).toBe('KG_QUERY_ABORTED');
    const later = new AbortController();
    setTimeout(() => later.abort(), 20);
    const err = await errorOf(
      engine
        .queryBindings('SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }', { signal: later.signal })
        .then((s) => s.toArray()),
    );
    expect(err).toBeInstanceOf(QueryEvaluationError);
    expect((err as QueryEvaluationError).code).toBe('KG_QUERY_ABORTED');
  });

  it('fails with KG_QUERY_RESULT_LIMIT past the result-size limit', async () => {
    const engine = createQueryEngine({ source: bigStore(50) });
    const err = await errorOf(
      engine.queryBindings('SELECT * { ?s ?p ?o }', { resultLimit: 10 }).then((s) => s.toArray()),
    );
    expect((err as QueryEvaluationError).code).toBe('KG_QUERY_RESULT_LIMIT');
    const ok = await (await engine.queryBindings('SELECT * { ?s ?p ?o } LIMIT 10', { resultLimit: 10 })).toArray();
    expect(ok).toHaveLength(10);
  });

  it('calls extension functions by IRI', async () => {
    const engine = createQueryEngine({
      source: store(),
      extensions: { functions: { [`${EX}len2`]: ([a]) => literal(String((a?.value.length ?? 0) * 2), XSD_INTEGER) } },
    });
    const rows = await (await engine.queryBindings(`SELECT (<${EX}len2>("健康") AS ?n) {}`)).toArray();
    expect(rows[0]?.get('n')?.value).toBe('4');
    const viaContext = await (
      await new QueryEngine().queryBindings(`SELECT (<${EX}f>() AS ?n) {}`, {
        sources: [store()],
        extensionFunctions: { [`${EX}f`]: () => literal('1', XSD_INTEGER) },
      })
    ).toArray();
    expect(viaContext[0]?.get('n')?.value).toBe('1');
  });

  it('generates bindings with property functions, arguments as lists', async () => {
    const seen: unknown[] = [];
    const engine = createQueryEngine({
      source: store(),
      extensions: {
        propertyFunctions: {
          [`${EX}matches`]: ({ object }) => {
            seen.push(object.map((t) => t?.value));
            const [query] = object;
            return [`${EX}p1`, `${EX}p3`]
              .filter(() => query?.value === '基层')
              .map((iri) => ({ subject: [DataFactory.namedNode(iri)] }));
          },
        },
      },
    });
    const rows = await (
      await engine.queryBindings(`SELECT ?p ?t { ?p <${EX}matches> ("基层" 10) . ?p <${EX}text> ?t } ORDER BY ?p`)
    ).toArray();
    expect(rows.map((b) => b.get('p')?.value)).toEqual([`${EX}p1`, `${EX}p3`]);
    expect(seen[0]).toEqual(['基层', '10']);
  });

  it('passes subject lists to property functions and binds every element', async () => {
    const engine = createQueryEngine({
      source: store(),
      extensions: {
        propertyFunctions: {
          [`${EX}scored`]: () => [{ subject: [DataFactory.namedNode(`${EX}p2`), DataFactory.literal('0.9')] }],
        },
      },
    });
    const rows = await (await engine.queryBindings(`SELECT ?p ?s { (?p ?s) <${EX}scored> ("健康" 1) }`)).toArray();
    expect(rows.map((b) => [b.get('p')?.value, b.get('s')?.value])).toEqual([[`${EX}p2`, '0.9']]);
  });

  it('explains the optimized plan with estimates', () => {
    const text = explainQuery(`SELECT ?t { ?p a <${EX}Passage> ; <${EX}text> ?t } LIMIT 2`, { sources: [store()] });
    expect(text).toContain('slice offset 0 limit 2');
    expect(text).toMatch(/bgp {2}\(est\. [\d.]+\)/);
    expect(text).toContain(`?p <${EX}text> ?t`);
  });

  it('advertises extension functions in a service description', () => {
    const engine = createQueryEngine({
      extensions: { functions: { [`${EX}f`]: () => undefined }, propertyFunctions: { [`${EX}matches`]: () => [] } },
    });
    const ttl = serviceDescription({ endpoint: 'http://127.0.0.1:3000/sparql', ...engine.extensionIris() });
    const quads = new Parser().parse(ttl);
    const fns = quads.filter(
      (q) => q.predicate.value === 'http://www.w3.org/ns/sparql-service-description#extensionFunction',
    );
    expect(fns.map((q) => q.object.value).sort()).toEqual([`${EX}f`, `${EX}matches`]);
  });
});
