import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';
import { buildCorpusStore, type ServeProcess, startServe } from './serve-process.js';

describe('kg serve (spawned binary)', () => {
  let store: Awaited<ReturnType<typeof buildCorpusStore>>;
  let server: ServeProcess;

  beforeAll(async () => {
    store = await buildCorpusStore();
    server = await startServe(store.dir);
  });
  afterAll(async () => {
    await server?.stop();
    await store?.cleanup();
  });

  it('binds to 127.0.0.1 by default and answers a SPARQL form POST with CSV', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.origin}/sparql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/csv' },
      body: new URLSearchParams({
        query: 'SELECT ?n WHERE { ?p <http://schema.org/name> ?n FILTER(STR(?n) = "郭玉芬") }',
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await res.text()).split('\r\n')).toEqual(['n', '郭玉芬', '']);
  });

  it('serves the web view and the JSON API', async () => {
    const page = await fetch(`${server.origin}/`);
    expect(await page.text()).toContain('lang="zh-CN"');
    const api = (await (
      await fetch(`${server.origin}/api/statements?speaker=${encodeURIComponent('郭玉芬')}`)
    ).json()) as {
      statements: { speakerName: string }[];
    };
    expect(api.statements.length).toBeGreaterThan(0);
    expect(api.statements.every((s) => s.speakerName === '郭玉芬')).toBe(true);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const other = await startServe(store.dir);
    expect(await other.stop()).toBe(0);
  });

  it('fails with a usage error (exit 2) on a bad --port and a runtime error (1) on a missing store', async () => {
    const badPort = await runKg(['serve', '--store', store.dir, '--port', '99999']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port must be an integer from 0 to 65535');
    const missing = await runKg(['serve', '--store', `${store.dir}-missing`, '--port', '0']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^kg: /);
  });
});
