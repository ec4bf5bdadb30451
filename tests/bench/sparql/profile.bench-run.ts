import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createQueryEngine } from '@policy-kg/core';
import { it } from 'vitest';
import { loadN3 } from './engines.js';
import { documentsForTriples, generatePolicyGraph, graphAnchors } from './generate.js';
import { benchmarkQueries } from './queries.js';

// CPU profile of our engine alone on chosen shapes (`pnpm bench:sparql:profile`).
// The inspector profiles only the query loop, not generation and loading.
// KG_PROF_TRIPLES (default 100000), KG_PROF_QUERIES (default "Q01,Q03,Q07,Q10"),
// KG_PROF_RUNS (default 5), KG_PROF_OUT (default /tmp/kg-query.cpuprofile; open
// it in Chrome DevTools or speedscope).
it('profiles our engine on the chosen query shapes', async () => {
  const triples = Number(process.env.KG_PROF_TRIPLES ?? 100_000);
  const ids = (process.env.KG_PROF_QUERIES ?? 'Q01,Q03,Q07,Q10').split(',');
  const graph = { documents: documentsForTriples(triples) };
  const store = loadN3(generatePolicyGraph(graph));
  const engine = createQueryEngine();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (const shape of benchmarkQueries(graphAnchors(graph)).filter((q) => ids.includes(q.id))) {
    const times: number[] = [];
    for (let i = 0; i < Number(process.env.KG_PROF_RUNS ?? 5); i++) {
      const t = performance.now();
      await (await engine.queryBindings(shape.sparql, { sources: [store] })).toArray();
      times.push(performance.now() - t);
    }
    process.stderr.write(`${shape.id}: ${times.map((x) => x.toFixed(0)).join(' ')} ms\n`);
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(process.env.KG_PROF_OUT ?? '/tmp/kg-query.cpuprofile', JSON.stringify(profile));
});
