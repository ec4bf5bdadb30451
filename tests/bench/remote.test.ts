import { describe, expect, it } from 'vitest';
import { startVirtuoso, virtuosoAvailable } from '../remote/harness.js';
import { formatRemoteBench, runCorpusRemoteBench, runRemoteBench } from './remote-bench.js';

// Minutes of work: `pnpm bench:remote` sets KG_BENCH_REMOTE=1. Sizes via KG_BENCH_REMOTE_SIZES,
// default `corpus,100000`: `corpus` is the bundled corpus with the CLI's typed queries, a number
// a generated graph of about that many triples (`corpus,1000000` is the issue-7 run, ~10 min on
// 2 shared cores). Each size gets a fresh private Virtuoso with 1.3 GB of buffers.
describe.runIf(process.env.KG_BENCH_REMOTE === '1')('remote benchmark: embedded vs Virtuoso', () => {
  it('pushes and queries generated graphs of each size', async () => {
    const available = await virtuosoAvailable();
    if (!available.ok) {
      console.warn(`[bench:remote] SKIPPED: ${available.reason}`);
      return;
    }
    const sizes = (process.env.KG_BENCH_REMOTE_SIZES ?? 'corpus,100000').split(',');
    for (const size of sizes) {
      const vt = await startVirtuoso({ maxRows: 1_000_000, buffers: 170_000 });
      try {
        const r =
          size === 'corpus'
            ? await runCorpusRemoteBench(vt.env)
            : await runRemoteBench(vt.env, Number(size), {
                statements: Number(process.env.KG_BENCH_REMOTE_STATEMENTS ?? 8),
              });
        console.log(formatRemoteBench(r));
        for (const q of r.queries) expect(q.same, q.name).toBe(true);
      } finally {
        await vt.stop();
      }
    }
  }, 3_600_000);
});
