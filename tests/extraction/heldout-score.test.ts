import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreAgainstGold, TYPES } from './score-gold.js';

/** Gold annotated blind to the extractor (002 national, 003 city): see heldout-gold/README.md. */
const GOLD = fileURLToPath(new URL('./heldout-gold', import.meta.url));

/**
 * Reached on the held-out gold when this test was written: macro F1 0.989;
 * indicators 0.923 (one `3年内` deadline missed), every other type 1.000.
 * Before the genre rules of that round it was 0.883 (policies 0.788,
 * meetings 0.750). These files have since been looked at while fixing
 * failure classes, so they guard against regressions; they are no longer
 * an unbiased estimate for unseen documents. Floors sit under what we reach.
 */
const MACRO_BAR = 0.96;
const TYPE_BAR = 0.9;

describe('extraction against the held-out gold set', () => {
  it(`reaches macro F1 ≥ ${MACRO_BAR} with no type below ${TYPE_BAR}`, async () => {
    const score = await scoreAgainstGold(GOLD);
    expect(score.stems.length).toBe(2);
    console.log(formatScore(score));
    expect(score.macroF1).toBeGreaterThanOrEqual(MACRO_BAR);
    for (const t of TYPES) expect(score.summary[t].f1, t).toBeGreaterThanOrEqual(TYPE_BAR);
  });
});
