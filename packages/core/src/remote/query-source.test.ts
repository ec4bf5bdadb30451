import { describe, expect, it } from 'vitest';
import { queryForm, RemoteQuerySource } from './query-source.js';
import { createRemoteTarget } from './target.js';

/** A fetch that answers every request with `body` and records the form it received. */
function fakeFetch(body: unknown, contentType = 'application/sparql-results+json') {
  const sent: URLSearchParams[] = [];
  const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(new URLSearchParams(String(init?.body ?? '')));
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status: 200, headers: { 'content-type': contentType } });
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

describe('queryForm', () => {
  it('reads the form after comments, BASE and PREFIX declarations, in any case', () => {
    expect(queryForm('PREFIX kg: <https://w3id.org/policy-kg/ontology#>\n# ask?\nselect * { ?s ?p ?o }')).toBe(
      'SELECT',
    );
    expect(queryForm('BASE <http://e/> PREFIX : <http://e/#> ASK { ?s ?p ?o }')).toBe('ASK');
    expect(queryForm('  construct { ?s ?p ?o } where { ?s ?p ?o }')).toBe('CONSTRUCT');
    expect(queryForm('PREFIX ex-1.a: <http://e/> DESCRIBE <http://e/x>')).toBe('DESCRIBE');
  });
});

describe('RemoteQuerySource.query', () => {
  it('returns a SELECT as bindings with the variables of the head, sending the default graphs', async () => {
    const { fetch, sent } = fakeFetch({
      head: { vars: ['s', 'n'] },
      results: { bindings: [{ s: { type: 'uri', value: 'http://e/a' }, n: { type: 'literal', value: '马晓伟' } }] },
    });
    const target = createRemoteTarget({ endpoint: 'http://127.0.0.1:1/sparql', env: {}, fetch });
    const source = new RemoteQuerySource(target, { defaultGraphs: ['http://e/g1', 'http://e/g2'] });
    const result = await source.query('SELECT ?s ?n { ?s ?p ?n }');
    if (result.resultType !== 'bindings') throw new Error(`expected bindings, got ${result.resultType}`);
    expect((await result.metadata()).variables.map((v) => v.value)).toEqual(['s', 'n']);
    const rows = await (await result.execute()).toArray();
    expect(rows.map((b) => b.get('n')?.value)).toEqual(['马晓伟']);
    expect(sent[0]?.getAll('default-graph-uri')).toEqual(['http://e/g1', 'http://e/g2']);
  });

  it('returns ASK as a boolean and CONSTRUCT as quads, by the given form', async () => {
    const ask = fakeFetch({ head: {}, boolean: false });
    const askSource = new RemoteQuerySource(
      createRemoteTarget({ endpoint: 'http://127.0.0.1:1/sparql', env: {}, fetch: ask.fetch }),
    );
    const a = await askSource.query('ASK { ?s ?p ?o }');
    expect(a.resultType === 'boolean' && (await a.execute())).toBe(false);
    const nt = fakeFetch('<http://e/a> <http://schema.org/name> "健康中国"@zh-hans .\n', 'application/n-triples');
    const ntSource = new RemoteQuerySource(
      createRemoteTarget({ endpoint: 'http://127.0.0.1:1/sparql', env: {}, fetch: nt.fetch }),
    );
    const c = await ntSource.query('# written by hand\nCONSTRUCT WHERE { ?s ?p ?o }', { form: 'CONSTRUCT' });
    if (c.resultType !== 'quads') throw new Error(`expected quads, got ${c.resultType}`);
    expect((await (await c.execute()).toArray()).map((q) => q.object.value)).toEqual(['健康中国']);
  });
});
