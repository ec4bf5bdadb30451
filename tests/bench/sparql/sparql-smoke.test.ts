import { describe, expect, it } from 'vitest';
import { runBenchmark } from './harness.js';

// The full benchmark (sparql.bench-run.ts) is too slow for the default suite;
// this runs every shape on a ~3k-triple graph so the harness cannot rot.
describe('SPARQL benchmark harness (smoke)', () => {
  it('runs every query shape on every engine and they all return the same rows', async () => {
    const report = await runBenchmark({ graph: { documents: 60, provinces: 2 }, runs: 0, timeoutMs: 30_000 });
    expect(report.triples).toBeGreaterThan(1500);
    expect(report.triples).toBeLessThan(6000);
    expect(report.queries.length).toBeGreaterThanOrEqual(13);
    expect(report.engines).toContain('oxigraph');
    expect(report.engines).toContain('comunica');
    expect(report.engines).toContain('ours');
    for (const q of report.queries) {
      for (const name of report.engines) expect(q.engines[name]?.error, `${q.shape.id} ${name}`).toBeUndefined();
      expect(q.disagreement, q.shape.id).toBeUndefined();
      expect(q.agree, q.shape.id).toBe(true);
      // Every shape must select something on the generated data, or it measures nothing.
      expect(q.engines.oxigraph?.rows, q.shape.id).toBeGreaterThan(0);
    }
  });
});
