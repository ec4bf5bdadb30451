import { buildGraph, type EchoOptions, type EchoRecord, echoes, foldForSimilarity } from '@policy-kg/core';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { corpusDocs } from '../graph/corpus.js';
import { ECHO_GOLD } from './echo-gold.js';

const { store } = buildGraph(corpusDocs());
const textOf = (statement: string) =>
  foldForSimilarity(
    [...store.match(DataFactory.namedNode(statement), DataFactory.namedNode('http://schema.org/text'), null, null)][0]
      ?.object.value ?? '',
  );
const statements = [
  ...store.match(
    null,
    DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
    DataFactory.namedNode('https://w3id.org/policy-kg/ontology#Statement'),
    null,
  ),
].map((q) => q.subject.value);
const gold = ECHO_GOLD.map((g) => ({ ...g, a: foldForSimilarity(g.earlier), b: foldForSimilarity(g.later) }));
const labelOf = (e: EchoRecord) =>
  gold.find((g) => textOf(e.earlier.statement).includes(g.a) && textOf(e.later.statement).includes(g.b));

/** Precision and recall of the echo rule against the hand-labelled pairs (an unlabelled pair counts as wrong). */
function score(options: EchoOptions) {
  const found = [...echoes(store, options)];
  let tp = 0;
  const hit = new Set<(typeof gold)[number]>();
  for (const e of found) {
    const g = labelOf(e);
    if (g?.echo) {
      tp++;
      hit.add(g);
    }
  }
  const positives = gold.filter((g) => g.echo).length;
  return {
    found: found.length,
    precision: found.length === 0 ? 1 : tp / found.length,
    recall: hit.size / positives,
    unlabelled: found.filter((e) => !labelOf(e)).map((e) => `${e.earlier.clause} → ${e.later.clause}`),
  };
}

describe('echo rule against hand-labelled corpus pairs (tests/reason/echo-gold.ts)', () => {
  it('every labelled quote names a statement of the corpus', () => {
    for (const g of gold) {
      expect(
        statements.some((s) => textOf(s).includes(g.a)),
        g.earlier,
      ).toBe(true);
      expect(
        statements.some((s) => textOf(s).includes(g.b)),
        g.later,
      ).toBe(true);
    }
  });

  it('the default rule (phrase runs, formulae skipped, 0.6) finds every labelled echo with precision 0.80', () => {
    const s = score({});
    expect(s.recall).toBe(1);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.unlabelled).toEqual([]);
  });

  it('without the formula rule, the same threshold finds twice as many pairs, half of them formulae', () => {
    const s = score({ formulae: false });
    expect(s.recall).toBe(1);
    expect(s.precision).toBeLessThan(0.5);
  });

  it('beats the whole-clause rule, whose best thresholds recall one echo in four', () => {
    for (const minSimilarity of [0.4, 0.5, 0.6]) expect(score({ unit: 'clause', minSimilarity }).recall).toBe(0.25);
    expect(score({ unit: 'clause', minSimilarity: 0.3 }).precision).toBeLessThan(0.3);
  });

  it('reports precision and recall by threshold', () => {
    const rows = ['| unit | threshold | found | precision | recall |', '|---|---|---|---|---|'];
    const rules: Array<[string, EchoOptions]> = [
      ['clause', { unit: 'clause' }],
      ['phrase', {}],
      ['phrase, no formula rule', { formulae: false }],
    ];
    for (const [name, rule] of rules)
      for (const minSimilarity of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
        const s = score({ ...rule, minSimilarity });
        rows.push(`| ${name} | ${minSimilarity} | ${s.found} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`);
        if (s.unlabelled.length) rows.push(`  unlabelled: ${s.unlabelled.join(' || ')}`);
      }
    // The table of the README (KG_ECHO_TABLE=1 prints it).
    if (process.env.KG_ECHO_TABLE) console.log(rows.join('\n'));
    expect(rows.length).toBeGreaterThan(21);
  });
});
