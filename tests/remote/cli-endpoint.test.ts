// The CLI against a live private Virtuoso 7: `--endpoint` must print what `--store` prints on
// the same data (kg query, who-said, timeline, indicators), search joins with the server by IRI,
// and failures (wrong password, stopped server, both flags) exit with the documented codes.
// Skips with a printed reason when Virtuoso cannot be installed; with CI=true it must run.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRemoteTarget,
  enrichHitsFromSource,
  localQuerySource,
  type OpenedStore,
  openSearchIndex,
  openStore,
  type QuerySource,
  RemoteQuerySource,
  readRemoteManifest,
  type SearchHit,
  statements,
  tenures,
} from '@policy-kg/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';
import { startVirtuoso, type Virtuoso, virtuosoAvailable } from './harness.js';

const available = await virtuosoAvailable();
if (!available.ok) console.warn(`[tests/remote/cli-endpoint] SKIPPED: ${available.reason}`);

/** Sorted, de-duplicated lines: for graph output, whose triple order is the writer's. */
const lineSet = (text: string) => [...new Set(text.split('\n').filter((l) => l.trim() !== ''))].sort();

describe.skipIf(!available.ok)('kg with --endpoint on a live Virtuoso', () => {
  let vt: Virtuoso;
  let dir: string;
  let opened: OpenedStore;
  const local = (args: string[]) => runKg([...args, '--store', dir]);
  const remote = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    runKg([...args, '--endpoint', vt.env.VT_SPARQL], { env });
  /** Both runs must succeed and print the same bytes. */
  const same = async (args: string[]) => {
    const [l, r] = await Promise.all([local(args), remote(args)]);
    expect(l.code, `${args.join(' ')} --store: ${l.stderr}`).toBe(0);
    expect(r.code, `${args.join(' ')} --endpoint: ${r.stderr}`).toBe(0);
    expect(r.stdout, args.join(' ')).toBe(l.stdout);
    return l.stdout;
  };
  /** The first value of a column of a local query (arguments come from the data, not from the test). */
  const pick = async (query: string, column: string): Promise<string> => {
    const run = await local(['query', query, '--format', 'json']);
    const value = JSON.parse(run.stdout).results.bindings[0]?.[column]?.value;
    expect(value, query).toBeTypeOf('string');
    return value as string;
  };

  beforeAll(async () => {
    vt = await startVirtuoso();
    dir = mkdtempSync(join(tmpdir(), 'kg-endpoint-'));
    const corpus = new URL('../../examples/corpus', import.meta.url).pathname;
    const built = await runKg(['build', corpus, '--store', dir, '--quiet']);
    expect(built.code, built.stderr).toBe(0);
    const pushed = await runKg(
      [
        ...['push', '--store', dir, '--endpoint', vt.env.VT_SPARQL],
        ...['--update-endpoint', vt.env.VT_SPARQL_AUTH, '--graph-store', vt.env.VT_GSP_AUTH],
      ],
      { env: { KG_SPARQL_USER: vt.env.VT_USER, KG_SPARQL_PASSWORD: vt.env.VT_PASSWORD } },
    );
    expect(pushed.code, pushed.stderr).toBe(0);
    opened = await openStore(dir);
  }, 300_000);

  afterAll(async () => {
    await vt?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  describe('kg query', () => {
    const SELECTS = [
      'SELECT DISTINCT ?s ?name ?date WHERE { ?s a kg:Statement ; kg:speaker/schema:name ?name OPTIONAL { ?s dcterms:date ?date } } ORDER BY ?s',
      'SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY ?t',
      'SELECT DISTINCT ?doc ?title WHERE { ?doc a kg:Document ; dcterms:title ?title } ORDER BY ?doc',
    ];
    for (const format of ['csv', 'tsv', 'json', 'xml', 'jsonl']) {
      it(`prints the rows of --store for SELECTs as ${format}`, async () => {
        for (const q of SELECTS) {
          const out = await same(['query', q, '--format', format]);
          expect(out.split('\n').length, q).toBeGreaterThan(3);
        }
      });
    }

    it('answers ASK as the store does, true and false', async () => {
      expect(await same(['query', 'ASK { ?s a kg:Statement }', '--format', 'json'])).toContain('true');
      expect(await same(['query', 'ASK { ?s a kg:NoSuchClass }', '--format', 'csv'])).toContain('false');
    });

    it('writes CONSTRUCT results as the same N-Triples (Chinese literals intact)', async () => {
      const q = 'CONSTRUCT { ?o schema:name ?n } WHERE { ?o a kg:Official ; schema:name ?n }';
      const [l, r] = await Promise.all([local(['query', q, '--format', 'nt']), remote(['query', q, '--format', 'nt'])]);
      expect(r.code, r.stderr).toBe(0);
      expect(lineSet(r.stdout)).toEqual(lineSet(l.stdout));
      expect(r.stdout).toMatch(/"[\u4e00-\u9fff]{2,}"/);
    });

    it('reports a syntax error before sending anything (exit 2, position in the user query)', async () => {
      const r = await remote(['query', 'SELECT ?s WHERE { ?s ?p }']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/SPARQL syntax error at line 1, column 25/);
    });

    it('reports a server error with its status (exit 1)', async () => {
      const r = await remote([
        'query',
        'SELECT ?s WHERE { ?s ?p ?o FILTER(<http://example.org/no-such-function>(?o)) }',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/SPARQL query failed at http:\/\/127\.0\.0\.1:\d+\/sparql: HTTP 500/);
    });

    it('refuses --store together with --endpoint (exit 2)', async () => {
      const r = await runKg(['query', 'ASK {}', '--store', dir, '--endpoint', vt.env.VT_SPARQL]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--store and --endpoint exclude each other/);
    });
  });

  describe('typed commands', () => {
    it('kg who-said gives the same statements (all, by speaker, by topic and date, by place)', async () => {
      const all = JSON.parse(await same(['who-said', '--format', 'json'])) as Array<Record<string, string>>;
      expect(all.length).toBeGreaterThan(10);
      const withPlace = all.find((r) => r.place && r.speaker && r.date) as Record<string, string>;
      await same(['who-said', '--speaker', withPlace.speaker as string, '--format', 'json']);
      const topic = [...(withPlace.text as string)].slice(0, 4).join('');
      await same(['who-said', topic, '--from', (withPlace.date as string).slice(0, 4), '--format', 'csv']);
      await same(['who-said', '--place', withPlace.place as string, '--format', 'json']);
    });

    it('kg timeline gives the same mentions and yearly counts', async () => {
      const label = await pick(
        'SELECT ?l (COUNT(?m) AS ?n) WHERE { ?c a kg:Slogan ; skos:prefLabel ?l . ?m kg:refersTo ?c } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 1',
        'l',
      );
      const rows = JSON.parse(await same(['timeline', label, '--format', 'json']));
      expect(rows.length).toBeGreaterThan(0);
      await same(['timeline', label, '--by-year', '--format', 'csv']);
    });

    it('kg timeline --official gives the same posts with the tenure reason/ derives', async () => {
      const name = await pick(
        'SELECT ?n (COUNT(?m) AS ?k) WHERE { ?m a kg:Membership ; org:member ?o . ?o schema:name ?n } GROUP BY ?n ORDER BY DESC(?k) ?n LIMIT 1',
        'n',
      );
      const rows = JSON.parse(await same(['timeline', name, '--official', '--format', 'json'])) as Array<
        Record<string, string>
      >;
      expect(rows.length).toBeGreaterThan(0);
      const official = await pick(
        `SELECT ?o WHERE { ?o a kg:Official ; schema:name ?n FILTER(STR(?n) = "${name}") }`,
        'o',
      );
      const expected = [...tenures(opened.store, { official })];
      expect(expected.length).toBeGreaterThan(0);
      for (const r of rows) {
        const t = expected.find((e) => e.postLabel === r.post || e.post === r.post);
        expect(r.firstAttested, r.post).toBe(t?.firstAttested);
        expect(r.lastAttested, r.post).toBe(t?.lastAttested);
        expect(r.firstAttestedIn, r.post).toBe(t?.firstAttestedIn);
      }
    });

    it('kg indicators gives the same observations (all, by metric, by place)', async () => {
      const all = JSON.parse(await same(['indicators', '--format', 'json'])) as Array<Record<string, string>>;
      expect(all.length).toBeGreaterThan(10);
      const withArea = all.find((r) => r.area) as Record<string, string>;
      await same(['indicators', [...(withArea.metric as string)].slice(0, 3).join(''), '--format', 'json']);
      await same(['indicators', '--place', withArea.area as string, '--format', 'csv']);
    });

    it('reads the default graph from the push manifest: another manifest graph has nothing (exit 1)', async () => {
      const r = await remote(['who-said', '--manifest-graph', 'https://w3id.org/policy-kg/id/graph/none']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no graphs recorded in the manifest graph/);
    });
  });

  describe('search joined with the server by IRI', () => {
    /** A source that counts the queries it forwards. */
    const counting = (source: QuerySource) => {
      const queries: string[] = [];
      return {
        queries,
        source: {
          queryBindings: (q: string, c?: { signal?: AbortSignal }) => {
            queries.push(q);
            return source.queryBindings(q, c);
          },
        } satisfies QuerySource,
      };
    };
    const remoteSource = async () => {
      const target = createRemoteTarget({ endpoint: vt.env.VT_SPARQL, env: {} });
      const graphs = [...(await readRemoteManifest(target)).keys()];
      return new RemoteQuerySource(target, { defaultGraphs: graphs });
    };

    it('fetches the facts of passages and entities in ONE query, equal to the embedded store', async () => {
      const index = await openSearchIndex(dir, opened.manifest.search);
      expect(index).toBeDefined();
      const term = await pick('SELECT ?l WHERE { ?c a kg:Slogan ; skos:prefLabel ?l } ORDER BY ?l LIMIT 1', 'l');
      const hits = [
        ...((await index?.search(term, { k: 6, kind: 'passage' })) ?? []),
        ...((await index?.search(term, { k: 4, kind: ['official', 'institution', 'slogan', 'policy'] })) ?? []),
      ];
      expect(hits.some((h) => h.kind === 'passage') && hits.some((h) => h.kind !== 'passage')).toBe(true);
      const counted = counting(await remoteSource());
      const joined = await enrichHitsFromSource(hits, counted.source);
      expect(counted.queries).toHaveLength(1);
      expect(joined.every((h) => h.facts !== undefined)).toBe(true);
      expect(joined).toEqual(await enrichHitsFromSource(hits, localQuerySource(opened.store)));
      const passage = joined.find((h) => h.kind === 'passage');
      expect(passage?.facts?.node).toMatch(/\/text\//);
      expect(passage?.facts?.document).toMatch(/\/document\//);
    });

    it('gives a statement hit the speaker, date, meeting and place the typed query reports', async () => {
      const rows = (await statements(localQuerySource(opened.store), {})).filter((r) => r.meetingName).slice(0, 5);
      expect(rows.length).toBeGreaterThan(0);
      const hits: SearchHit[] = rows.map((r) => ({
        id: r.statement,
        kind: 'statement',
        score: 1,
        detail: {},
        text: r.text,
        entities: [],
      }));
      const joined = await enrichHitsFromSource(hits, await remoteSource());
      joined.forEach((h, i) => {
        const r = rows[i];
        expect(h.facts).toMatchObject({
          speakerName: r?.speakerName,
          date: r?.date,
          meetingName: r?.meetingName,
          ...(r?.placeName ? { placeName: r.placeName } : {}),
        });
      });
    });

    it('kg search --store --endpoint prints the joined columns', async () => {
      const term = await pick('SELECT ?l WHERE { ?c a kg:Slogan ; skos:prefLabel ?l } ORDER BY ?l LIMIT 1', 'l');
      const r = await runKg([
        'search',
        term,
        '-k',
        '5',
        '--store',
        dir,
        '--endpoint',
        vt.env.VT_SPARQL,
        '--format',
        'json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/kg search: 5 of 5 hit\(s\) found on http:\/\/127\.0\.0\.1:\d+\/sparql \(one query\)/);
      const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      expect(rows).toHaveLength(5);
      for (const row of rows) expect(row.node).toMatch(/^https:\/\/w3id\.org\/policy-kg\/id\//);
    });
  });

  describe('failures', () => {
    it('a wrong password is an auth error (exit 1) that never echoes the password', async () => {
      const wrong = 'wrong-password-7781';
      const r = await runKg(['who-said', '--endpoint', vt.env.VT_SPARQL_AUTH, '--user', vt.env.VT_USER], {
        env: { KG_SPARQL_PASSWORD: wrong },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/was refused \(HTTP 401\): the user name or password was rejected/);
      expect(r.stderr + r.stdout).not.toContain(wrong);
      const ok = await runKg(['who-said', '--endpoint', vt.env.VT_SPARQL_AUTH, '--format', 'csv'], {
        env: { KG_SPARQL_USER: vt.env.VT_USER, KG_SPARQL_PASSWORD: vt.env.VT_PASSWORD },
      });
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout.split('\n').length).toBeGreaterThan(10);
    });

    it('a stopped server is a connection error naming the endpoint (exit 1)', async () => {
      await vt.stop();
      for (const args of [
        ['query', 'ASK {}'],
        ['timeline', 'x', '--official'],
      ]) {
        const r = await remote(args);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr).toContain(
          `could not reach ${vt.env.VT_SPARQL}: connection refused: is the SPARQL server running and listening there?`,
        );
      }
    }, 60_000);
  });
});
