import { DEFAULT_MIN_SCORE, normalizeLabel, proposeLinks } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';
import { GOLD, OURS, THEIRS } from './labelled-set.js';

function evaluate(minScore: number) {
  const accepted = proposeLinks(OURS, THEIRS).filter((c) => c.score >= minScore);
  const correct = accepted.filter((c) => GOLD[c.ours] === c.theirs).length;
  const positives = Object.values(GOLD).filter((v) => v !== null).length;
  return { accepted, correct, precision: correct / accepted.length, recall: correct / positives };
}

describe('identity linking on the hand-labelled set', () => {
  it(`reaches precision ≥ 0.9 at the default threshold (${DEFAULT_MIN_SCORE})`, () => {
    const { precision, recall, accepted } = evaluate(DEFAULT_MIN_SCORE);
    console.log(
      `linking: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${accepted.length} accepted)`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.7);
    const wrong = accepted.filter((c) => GOLD[c.ours] !== c.theirs).map((c) => `${c.ours}→${c.theirs}`);
    expect(wrong).toEqual([]);
  });

  it('gives evidence for each candidate and never links across places or levels', () => {
    const byOurs = new Map(proposeLinks(OURS, THEIRS).map((c) => [c.ours, c]));
    expect(byOurs.get('o:gs-wjw')?.evidence).toEqual([
      'label 省卫健委 ~ 甘肅省衛生健康委員會 (1.00)',
      'same place 甘肃省',
    ]);
    // Candidates across places stay below the threshold, with the reason: 李明 of 杭州 is not 李明 of 北京.
    expect(byOurs.get('o:p3')?.score ?? 0).toBeLessThanOrEqual(0.5);
    expect(byOurs.get('o:ws-wjw')?.score).toBe(0.5); // 武威 ≠ 白银
    expect(byOurs.get('o:ws-wjw')?.evidence.some((e) => e.startsWith('different places 武威市 / '))).toBe(true);
    // A name alone (no place on their side) is a candidate for review, not a link.
    expect(byOurs.get('o:p4')?.score).toBeLessThan(DEFAULT_MIN_SCORE);
    expect(byOurs.get('o:bare')?.theirs ?? null).not.toBe('t:zj-wjw'); // a county body never links to a province's
  });

  it('lowers a candidate whose body ended before our first attestation (time evidence, ×0.8)', () => {
    const ours = {
      iri: 'o:x',
      kind: 'institution' as const,
      labels: ['甘肃省卫生厅'],
      placeCode: '620000',
      from: '2022-02-17',
    };
    const body = { iri: 't:x', kind: 'institution' as const, labels: ['甘肃省卫生厅'], placeCode: '620000' };
    const [alive] = proposeLinks([ours], [body]);
    const [ended] = proposeLinks([ours], [{ ...body, until: '2013-12-31' }]);
    expect(alive?.score).toBe(1);
    expect(ended?.score).toBe(0.8);
    expect(ended?.score ?? 1).toBeLessThan(DEFAULT_MIN_SCORE);
    expect(ended?.evidence).toContain('attested 2022-02-17 after theirs ended 2013-12-31');
  });

  it('normalizes script, abbreviations and place prefixes', () => {
    expect(normalizeLabel('甘肅省衛生健康委員會')).toEqual({ core: '卫生健康委员会', placeCode: '620000' });
    expect(normalizeLabel('甘肃卫健委')).toEqual({ core: '卫生健康委员会', placeCode: '620000' });
    expect(normalizeLabel('市卫健委')).toEqual({ core: '卫生健康委员会', level: 'prefecture' });
    expect(normalizeLabel('许昌市卫生计生委').core).toBe('卫生和计划生育委员会');
  });
});
