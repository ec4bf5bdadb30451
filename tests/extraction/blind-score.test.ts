import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreAgainstGold, TYPES } from './score-gold.js';

/**
 * Excerpts of corpus 001 (speeches 2, 6, 10, 14, 18) annotated blind to the
 * extractor: see blind-gold/README-a.md and README-b.md. Their first run, at
 * commit c155e14 before any rule saw them, is the unbiased estimate for
 * unseen documents of this genre: macro F1 0.759 (officials 1.000,
 * institutions 0.687, policies 0.765, slogans 0.871, indicators 0.967,
 * meetings 0.200, statements 0.824). The defect fixes chosen before reading
 * them raised it to 0.792; fixes chosen after reading their misses to 0.856,
 * the probe2–probe4 rounds of session 3 to 0.946 (lowest meetings 0.833), and the
 * probe5–probe9 rounds of session 4 to 0.970 (lowest institutions 0.889).
 * They now guard against regressions; floors sit under what is reached.
 */
const GOLD = fileURLToPath(new URL('./blind-gold', import.meta.url));
const MACRO_BAR = 0.92;
const TYPE_BAR = 0.8;

describe('extraction against the blind 001 excerpts', () => {
  it(`reaches macro F1 ≥ ${MACRO_BAR} with no type below ${TYPE_BAR}`, async () => {
    const score = await scoreAgainstGold(GOLD);
    expect(score.stems.length).toBe(5);
    console.log(formatScore(score));
    expect(score.macroF1).toBeGreaterThanOrEqual(MACRO_BAR);
    for (const t of TYPES) expect(score.summary[t].f1, t).toBeGreaterThanOrEqual(TYPE_BAR);
  });
});
