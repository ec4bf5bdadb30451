// Issue 5: search as a SPARQL property function in `kg query --store` (the real
// `kg` binary, spawned, on a store built from examples/corpus): kgs:matches hits
// joined with the graph, the index opened only for a query that uses it, and the
// usage error for a server.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from './kg.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kg-query-search-e2e-'));
const store = join(work, 'store');
const jsonl = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, string>);

// Statements about 基层人才 with their speakers, joined with the graph.
const HITS_WITH_SPEAKERS = `SELECT ?s ?name ?text ?score WHERE {
  (?s ?score) kgs:matches ("基层人才" 10 "statement") .
  ?s kg:speaker/schema:name ?name ; schema:text ?text .
}`;
// The query: statements about 基层人才 by provincial officials since 2022.
const PROVINCIAL_SINCE_2022 = `SELECT ?name ?post ?date WHERE {
  ?s kgs:matches ("基层人才" 20 "statement") ; kg:speaker ?who ; dcterms:date ?date .
  ?who schema:name ?name ; org:holds ?p .
  ?p skos:prefLabel ?post ; org:postIn/kg:level kg:ProvincialLevel .
  FILTER(?date >= "2022-01-01"^^xsd:date)
}`;
const PLAIN = 'SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }';

beforeAll(async () => {
  expect((await runKg(['build', CORPUS, '--store', store, '--quiet'])).code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kg query with kgs:matches (issue 5)', () => {
  it('joins search hits with statements and their speakers: the hits of kg search, each about 基层 or 人才', async () => {
    const run = await runKg(['query', HITS_WITH_SPEAKERS, '--store', store, '--format', 'jsonl']);
    expect(run.code).toBe(0);
    const rows = jsonl(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.name)).toContain('郭玉芬');
    for (const r of rows) expect(r.text).toMatch(/基层|人才/);
    expect(rows.every((r) => Number(r.score) > 0)).toBe(true);
    // The same index as kg search: every joined statement is one of its hits.
    const search = await runKg(['search', '基层人才', '--kind', 'statement', '-k', '10', '--store', store]);
    const hits = new Set(jsonl(search.stdout).map((h) => h.id));
    expect(hits.size).toBe(10);
    for (const r of rows) expect(hits).toContain(r.s);
  });

  it('answers the issue query: statements about 基层人才 by provincial officials since 2022', async () => {
    const run = await runKg(['query', PROVINCIAL_SINCE_2022, '--store', store, '--format', 'jsonl']);
    expect(run.code).toBe(0);
    const rows = jsonl(run.stdout);
    expect(rows.map((r) => r.name)).toContain('郭玉芬');
    for (const r of rows) {
      expect(r.post).toMatch(/省/);
      expect((r.date ?? '') >= '2022-01-01').toBe(true);
    }
    // The graph filters the hits: without the level and date, more speakers answer.
    const all = jsonl((await runKg(['query', HITS_WITH_SPEAKERS, '--store', store, '--format', 'jsonl'])).stdout);
    expect(new Set(all.map((r) => r.name)).size).toBeGreaterThan(new Set(rows.map((r) => r.name)).size);
  });

  it('opens the search index only for a query that uses it: a store without its index answers plain queries', async () => {
    const bare = join(work, 'bare');
    cpSync(store, bare, { recursive: true });
    const index = readdirSync(bare).find((f) => f.startsWith('search-')) ?? '';
    expect(index).not.toBe('');
    rmSync(join(bare, index), { recursive: true });
    const plain = await runKg(['query', PLAIN, '--store', bare, '--format', 'csv']);
    expect(plain.code).toBe(0);
    expect(Number(plain.stdout.trim().split(/\r?\n/)[1])).toBeGreaterThan(10);
    const search = await runKg(['query', HITS_WITH_SPEAKERS, '--store', bare]);
    expect(search.code).toBe(1);
    expect(search.stderr.trim().split('\n')).toHaveLength(1);
    expect(search.stderr.trim()).toBe(
      `kg: store ${bare} is missing its search index ${join(bare, index)}; rebuild it with \`kg build <files> --store ${bare}\``,
    );
    expect(search.stdout).toBe('');
  });

  it('refuses kgs:matches with --endpoint (exit 2) before contacting the server, pointing to kg search', async () => {
    // Nothing listens on port 9: a query sent there would fail with a connection error (exit 1).
    const run = await runKg(['query', HITS_WITH_SPEAKERS, '--endpoint', 'http://127.0.0.1:9/sparql']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      "kg: kgs:matches searches the local search index of a store, which a SPARQL server does not have: run the query with --store DIR, or join search hits with the server's facts with kg search TEXT --store DIR --endpoint URL",
    );
    expect(run.stdout).toBe('');
  });
});
