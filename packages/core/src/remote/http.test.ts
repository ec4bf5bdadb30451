import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpClient } from './http.js';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function fakeFetch(handlers: Handler[]): { fetch: typeof fetch; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string | URL, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    const h = handlers[Math.min(calls.length - 1, handlers.length - 1)] as Handler;
    return h(String(url), init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const SECRET = 's3cret-Pa55';
const challenge = () =>
  new Response('', {
    status: 401,
    headers: { 'www-authenticate': 'Digest realm="SPARQL", nonce="n1", qop="auth", algorithm="MD5"' },
  });

describe('HttpClient', () => {
  it('answers a Digest challenge and reuses it with an incrementing nc', async () => {
    const { fetch, calls } = fakeFetch([challenge, () => new Response('ok'), () => new Response('ok')]);
    const http = new HttpClient({ fetch, credentials: { user: 'kg', password: SECRET } });
    await http.request({ method: 'PUT', url: 'http://h/gsp?graph=urn:g', body: 'x', what: 'upload' });
    await http.request({ method: 'PUT', url: 'http://h/gsp?graph=urn:g', body: 'y', what: 'upload' });
    expect(calls).toHaveLength(3);
    const auth = (i: number) => new Headers(calls[i]?.init.headers).get('authorization') ?? '';
    expect(auth(0)).toBe('');
    expect(auth(1)).toMatch(/^Digest .*uri="\/gsp\?graph=urn:g".*nc=00000001/);
    expect(auth(2)).toContain('nc=00000002');
  });

  it('answers a Basic challenge (auto) and sends Basic up front from then on', async () => {
    const basicChallenge = () =>
      new Response('', { status: 401, headers: { 'www-authenticate': 'Basic realm="SPARQL"' } });
    const { fetch, calls } = fakeFetch([basicChallenge, () => new Response('ok'), () => new Response('ok')]);
    const http = new HttpClient({ fetch, credentials: { user: 'kg', password: SECRET } });
    await http.request({ method: 'POST', url: 'http://h/sparql', body: 'query=ASK{}', what: 'query' });
    await http.request({ method: 'POST', url: 'http://h/sparql', body: 'query=ASK{}', what: 'query' });
    const auth = (i: number) => new Headers(calls[i]?.init.headers).get('authorization') ?? '';
    const expected = `Basic ${Buffer.from(`kg:${SECRET}`).toString('base64')}`;
    expect(calls).toHaveLength(3);
    expect([auth(0), auth(1), auth(2)]).toEqual(['', expected, expected]);
  });

  it('sends Basic on the first request when the scheme is basic, and reports its rejection', async () => {
    const { fetch, calls } = fakeFetch([() => new Response('', { status: 401 })]);
    const http = new HttpClient({ fetch, credentials: { user: 'kg', password: SECRET, scheme: 'basic' } });
    const err = await http.request({ method: 'GET', url: 'http://h/x', what: 'query' }).catch((e: unknown) => e);
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toMatch(/^Basic /);
    expect(calls).toHaveLength(1);
    expect(err).toMatchObject({ code: 'KG_REMOTE_AUTH', status: 401 });
    expect(String((err as Error).message)).not.toContain(SECRET);
  });

  it('retries 503 with back-off and then succeeds', async () => {
    const { fetch, calls } = fakeFetch([
      () => new Response('busy', { status: 503 }),
      () => new Response('busy', { status: 502 }),
      () => new Response('ok'),
    ]);
    const http = new HttpClient({ fetch, backoffMs: 1 });
    const res = await http.request({ method: 'GET', url: 'http://h/sparql', what: 'query' });
    expect(await res.text()).toBe('ok');
    expect(calls).toHaveLength(3);
  });

  it('gives up after the retries with the status and a body excerpt', async () => {
    const { fetch, calls } = fakeFetch([() => new Response('Virtuoso 42000 Error SR186', { status: 503 })]);
    const http = new HttpClient({ fetch, backoffMs: 1, retries: 2 });
    await expect(http.request({ method: 'GET', url: 'http://h/sparql', what: 'SPARQL query' })).rejects.toMatchObject({
      code: 'KG_REMOTE_SERVER',
      status: 503,
      message: expect.stringMatching(/SPARQL query failed at http:\/\/h\/sparql: HTTP 503.*SR186/),
    });
    expect(calls).toHaveLength(3);
  });

  it('reports a rejected password as an auth error that does not contain the password', async () => {
    const { fetch } = fakeFetch([challenge]);
    const http = new HttpClient({ fetch, credentials: { user: 'kg', password: SECRET } });
    const err = await http.request({ method: 'GET', url: 'http://h/x', what: 'query' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'KG_REMOTE_AUTH', status: 401 });
    expect(String((err as Error).message)).toMatch(/password was rejected/);
    expect(JSON.stringify(err) + String((err as Error).message) + String((err as Error).stack)).not.toContain(SECRET);
  });

  it('does not retry other client errors', async () => {
    const { fetch, calls } = fakeFetch([() => new Response('syntax error at line 1', { status: 400 })]);
    const http = new HttpClient({ fetch, backoffMs: 1 });
    await expect(http.request({ method: 'GET', url: 'http://h/sparql', what: 'query' })).rejects.toMatchObject({
      code: 'KG_REMOTE_SERVER',
      status: 400,
    });
    expect(calls).toHaveLength(1);
  });

  it('names the endpoint when the connection is refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const http = new HttpClient({ backoffMs: 1 });
    await expect(
      http.request({ method: 'GET', url: `http://127.0.0.1:${port}/sparql`, what: 'SPARQL query' }),
    ).rejects.toMatchObject({
      code: 'KG_REMOTE_CONNECTION',
      message: `SPARQL query could not reach http://127.0.0.1:${port}/sparql: connection refused: is the SPARQL server running and listening there?`,
    });
  });

  it('times out a request that never answers', async () => {
    const fetch = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as unknown as typeof globalThis.fetch;
    const http = new HttpClient({ fetch, timeoutMs: 50 });
    await expect(http.request({ method: 'GET', url: 'http://h/sparql', what: 'query' })).rejects.toMatchObject({
      code: 'KG_REMOTE_TIMEOUT',
    });
  });
});
