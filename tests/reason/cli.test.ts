// `kg diffusion` without a label and `kg indicators --compare`: the derived facts of a store from
// the command line (issue 8: "exposed in the typed API and the CLI"), through the spawned binary.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveFacts, openStore } from '@policy-kg/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../e2e/kg.js';
import { CORPUS_DIR } from '../graph/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'kg-reason-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('derived facts from the kg command line', () => {
  const corpus = join(root, 'corpus-store');
  const small = join(root, 'indicator-store');

  beforeAll(async () => {
    expect((await runKg(['build', CORPUS_DIR, '--store', corpus, '--quiet'])).code).toBe(0);
    // The three texts of tests/reason/indicators.test.ts, as files.
    const texts = join(root, 'texts');
    mkdirSync(texts);
    writeFileSync(join(texts, 'a.txt'), '全省卫生健康工作会议召开。会议指出,到2025年,全省人均预期寿命达到79岁。\n');
    writeFileSync(
      join(texts, 'b.txt'),
      '全省卫生健康工作会议召开。会议指出,2022年,全省孕产妇死亡率为11.3/10万,婴儿死亡率为4.5‰。\n',
    );
    writeFileSync(
      join(texts, 'c.txt'),
      '全省卫生健康工作会议召开。会议指出,2023年,全省孕产妇死亡率下降到10.5/10万,婴儿死亡率为4.2‰。2025年全省人均预期寿命达到79.5岁。\n',
    );
    expect((await runKg(['build', texts, '--store', small, '--quiet'])).code).toBe(0);
  });

  it('kg diffusion without a label lists every diffusion record deriveFacts finds', async () => {
    const run = await runKg(['diffusion', '--store', corpus, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { concept: string; firstUse: string });
    const { store } = await openStore(corpus);
    const expected = deriveFacts(store).diffusion;
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.map((r) => `${r.concept} ${r.firstUse}`)).toEqual(expected.map((r) => `${r.concept} ${r.firstUse}`));
  });

  it('prints a local use before the first national one as a negative lag, not "+-364d"', async () => {
    // 峨山's 2021-01-28 county conference (001) uses 全面从严治党 364 days before the 2022 national one (002).
    const run = await runKg(['diffusion', '全面从严治党', '--store', corpus]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      '2021-01-28\t峨山彝族自治县\t-364d\t全面从严治党',
      '2022-01-27\t中华人民共和国\t+0d\t全面从严治党',
      '2023-04-18\t杭州市\t+446d\t全面从严治党',
    ]);
  });

  it('kg query --reason sees the derived facts and the RDFS / OWL RL entailments, in memory only', async () => {
    const count = async (query: string, ...extra: string[]) => {
      const run = await runKg(['query', query, '--store', corpus, '--format', 'json', ...extra]);
      expect(run.code, run.stderr).toBe(0);
      return Number(JSON.parse(run.stdout).results.bindings[0]?.n?.value);
    };
    const echoes =
      'SELECT (COUNT(*) AS ?n) { ?e a kg:Echo ; kg:earlierStatement ?a ; kg:laterStatement ?b ; kg:lagDays 21 }';
    const agents = 'SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a prov:Agent }';
    expect(await count(echoes)).toBe(0);
    expect(await count(agents)).toBe(0);
    const { store } = await openStore(corpus);
    expect(await count(echoes, '--reason')).toBe(deriveFacts(store).echoes.length);
    // cax-sco: officials and institutions are prov:Agents through the ontology's subclass axioms.
    expect(await count(agents, '--reason')).toBeGreaterThan(100);
    // Nothing was written: the store answers as before.
    expect(await count(echoes)).toBe(0);
    const remote = await runKg(['query', agents, '--reason', '--endpoint', 'http://127.0.0.1:9/sparql']);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain('--reason derives facts from a store');
  });

  it('kg indicators --compare prints the changes and the target against the achieved value', async () => {
    const run = await runKg(['indicators', '--compare', '--store', small, '--format', 'csv']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'comparison,metric,area,unit,fromPeriod,fromValue,fromKind,toPeriod,toValue,toKind,difference,ratio,fromObservation,toObservation',
    );
    const rows = lines.slice(1).map((l) => l.split(',').slice(0, 12).join(','));
    expect(rows).toEqual([
      'target-vs-achieved,人均预期寿命,,岁,2025,79,target,2025,79.5,achieved,0.5,1.0063',
      'change,婴儿死亡率,,‰,2022,4.5,achieved,2023,4.2,achieved,-0.3,0.9333',
      'change,孕产妇死亡率,,/10万,2022,11.3,achieved,2023,10.5,achieved,-0.8,0.9292',
    ]);
    const one = await runKg(['indicators', '孕产妇', '--compare', '--store', small, '--format', 'jsonl']);
    expect(
      one.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).difference),
    ).toEqual([-0.8]);
  });

  it('kg indicators --compare refuses --endpoint (exit 2): comparisons are derived from a store', async () => {
    const run = await runKg(['indicators', '--compare', '--endpoint', 'http://127.0.0.1:9/sparql']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--compare needs --store');
  });
});
