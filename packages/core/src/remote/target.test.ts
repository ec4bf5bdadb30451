import { describe, expect, it } from 'vitest';
import { createRemoteTarget } from './target.js';

const EMPTY = JSON.stringify({ head: { vars: ['s'] }, results: { bindings: [] } });

function target(respond: (url: string, init: RequestInit) => Response | Promise<Response>, env = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string | URL, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    return respond(String(url), init);
  }) as typeof globalThis.fetch;
  const t = createRemoteTarget({
    endpoint: 'http://h/sparql',
    graphStoreEndpoint: 'http://h/gsp',
    fetch,
    env,
    backoffMs: 1,
  });
  return { t, calls };
}

describe('RemoteTarget', () => {
  it('sends queries as form POSTs with default-graph-uri and named-graph-uri', async () => {
    const { t, calls } = target(() => new Response(EMPTY));
    await t.select('SELECT * { ?s ?p ?o }', { defaultGraphs: ['urn:a'], namedGraphs: ['urn:b', 'urn:c'] });
    const body = new URLSearchParams(String(calls[0]?.init.body));
    expect(calls[0]?.init.method).toBe('POST');
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(body.get('query')).toBe('SELECT * { ?s ?p ?o }');
    expect(body.getAll('default-graph-uri')).toEqual(['urn:a']);
    expect(body.getAll('named-graph-uri')).toEqual(['urn:b', 'urn:c']);
  });

  it('refuses a result Virtuoso truncated at ResultSetMaxRows', async () => {
    const { t } = target(() => new Response(EMPTY, { headers: { 'x-sparql-maxrows': '10000' } }));
    await expect(t.select('SELECT * { ?s ?p ?o }')).rejects.toMatchObject({
      code: 'KG_REMOTE_TRUNCATED',
      message: expect.stringContaining('truncated at 10000 rows'),
    });
  });

  it("refuses a partial result cut by the server's own timeout (X-SQL-State S1TAT)", async () => {
    const { t } = target(() => new Response(EMPTY, { headers: { 'x-sql-state': 'S1TAT' } }));
    await expect(t.select('SELECT * { ?s ?p ?o }')).rejects.toMatchObject({ code: 'KG_REMOTE_TIMEOUT' });
  });

  it('retries a connection reset', async () => {
    let n = 0;
    const { t, calls } = target(() => {
      n += 1;
      if (n === 1)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        });
      return new Response(EMPTY);
    });
    await expect(t.select('SELECT * { ?s ?p ?o }')).resolves.toMatchObject({ rows: [] });
    expect(calls).toHaveLength(2);
  });

  it('reports an unreadable body as KG_REMOTE_RESPONSE', async () => {
    const { t } = target(() => new Response('<html>proxy error</html>'));
    await expect(t.select('SELECT * { ?s ?p ?o }')).rejects.toMatchObject({ code: 'KG_REMOTE_RESPONSE' });
  });

  it('takes credentials from KG_SPARQL_USER / KG_SPARQL_PASSWORD', async () => {
    const { t, calls } = target(
      (_url, init) =>
        new Headers(init.headers).get('authorization')
          ? new Response('', { status: 201 })
          : new Response('', { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } }),
      { KG_SPARQL_USER: 'kg', KG_SPARQL_PASSWORD: 'pw' },
    );
    await t.putGraph('urn:g', []);
    expect(new Headers(calls.at(-1)?.init.headers).get('authorization')).toBe(`Basic ${btoa('kg:pw')}`);
  });

  it('rejects endpoints with credentials in the URL and half-given credentials', () => {
    expect(() => createRemoteTarget({ endpoint: 'http://u:p@h/sparql' })).toThrow(/must not carry credentials/);
    expect(() => createRemoteTarget({ endpoint: 'http://h/sparql', user: 'u', env: {} })).toThrow(
      /both a user and a password/,
    );
    expect(() => createRemoteTarget({ endpoint: 'ftp://h/sparql' })).toThrow(/must be http/);
  });
});
