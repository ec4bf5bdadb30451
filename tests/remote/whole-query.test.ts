// Issue 7: the typed queries reach a server as WHOLE queries through the shared QuerySource
// interface, one HTTP request per question, never triple pattern by triple pattern. A fake
// fetch stands in for the server (the live comparison is in cli-endpoint.test.ts).
import {
  createRemoteTarget,
  indicators,
  officialPosts,
  type QuerySource,
  RemoteQuerySource,
  statements,
  timeline,
} from '@policy-kg/core';
import { describe, expect, it } from 'vitest';

const QUESTIONS: { name: string; ask: (s: QuerySource) => Promise<unknown[]> }[] = [
  { name: 'statements', ask: (s) => statements(s, { speaker: '郭玉芬', topic: '疫情防控', from: '2022' }) },
  { name: 'officialPosts', ask: (s) => officialPosts(s, { name: '马晓伟' }) },
  { name: 'timeline', ask: (s) => timeline(s, { label: '健康中国', place: '甘肃', from: '2021' }) },
  { name: 'indicators', ask: (s) => indicators(s, { metric: '人均预期寿命', place: '山东', period: '2025' }) },
];

describe('typed queries on a SPARQL server', () => {
  for (const q of QUESTIONS) {
    it(`${q.name} sends one whole SELECT with the pushed graphs as its default graph`, async () => {
      const sent: URLSearchParams[] = [];
      const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
        sent.push(new URLSearchParams(String(init?.body ?? '')));
        return new Response(JSON.stringify({ head: { vars: [] }, results: { bindings: [] } }), {
          headers: { 'content-type': 'application/sparql-results+json' },
        });
      }) as typeof globalThis.fetch;
      const target = createRemoteTarget({ endpoint: 'http://127.0.0.1:1/sparql', env: {}, fetch });
      const source = new RemoteQuerySource(target, { defaultGraphs: ['https://w3id.org/policy-kg/id/graph/a'] });
      expect(await q.ask(source)).toEqual([]);
      expect(sent).toHaveLength(1);
      const query = sent[0]?.get('query') ?? '';
      expect(query).toMatch(/SELECT[\s\S]*WHERE\s*\{[\s\S]*\}/);
      // Several joined patterns in the one request: the server plans the join.
      expect(query.split(/ \.\s|;\s/).length).toBeGreaterThan(3);
      expect(sent[0]?.getAll('default-graph-uri')).toEqual(['https://w3id.org/policy-kg/id/graph/a']);
    });
  }
});
