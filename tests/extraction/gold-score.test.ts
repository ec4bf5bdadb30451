import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, formatScore, scoreAgainstGold, TYPES } from './score-gold.js';

const GOLD = join(EVAL_DIR, 'dev-gold');

/**
 * The bar actually reached on the development gold (000, 004) when this test
 * was last tuned: macro F1 0.993, lowest type 0.970 (policies); officials,
 * slogans, indicators, meetings and statements 1.000, institutions 0.982.
 * The bar is macro ≥ 0.90 with no type below 0.80; we assert a margin
 * under what we reach, so a regression shows up here.
 */
const MACRO_BAR = 0.95;
const TYPE_BAR = 0.93;

describe('extraction against the development gold set', () => {
  it(`reaches macro F1 ≥ ${MACRO_BAR} with no type below ${TYPE_BAR}`, async () => {
    const score = await scoreAgainstGold(GOLD);
    expect(score.stems.length).toBeGreaterThan(0);
    console.log(formatScore(score));
    expect(score.macroF1).toBeGreaterThanOrEqual(MACRO_BAR);
    for (const t of TYPES) expect(score.summary[t].f1, t).toBeGreaterThanOrEqual(TYPE_BAR);
  });
});
