import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtractionReport, ingestFile } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';

/** The shared evaluation kit (gold + scorer); override with KG_EVAL_DIR. */
const EVAL = process.env.KG_EVAL_DIR ?? '/work/shared/eval';
const GOLD = join(EVAL, 'dev-gold');
const SCORER = join(EVAL, 'score.mjs');
const CORPUS = fileURLToPath(new URL('../../examples/corpus', import.meta.url));
const TYPES = ['officials', 'institutions', 'policies', 'slogans', 'indicators', 'meetings', 'statements'] as const;

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
    const out = mkdtempSync(join(tmpdir(), 'kg-gold-'));
    const stems = readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .map((f) => basename(f, '.json'));
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) {
      const docs = await ingestFile(join(CORPUS, `${stem}.txt`));
      writeFileSync(join(out, `${stem}.json`), JSON.stringify(buildExtractionReport(docs)));
    }
    const jsonPath = join(out, '_score.json');
    const run = spawnSync(process.execPath, [SCORER, '--gold', GOLD, '--pred', out, '--json', jsonPath, '--quiet'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const score = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      macroF1: number;
      summary: Record<(typeof TYPES)[number], { p: number; r: number; f1: number }>;
    };
    const lines = TYPES.map(
      (t) =>
        `${t} P ${score.summary[t].p.toFixed(3)} R ${score.summary[t].r.toFixed(3)} F1 ${score.summary[t].f1.toFixed(3)}`,
    );
    console.log(`${lines.join('\n')}\nmacro F1 ${score.macroF1.toFixed(3)}`);
    expect(score.macroF1).toBeGreaterThanOrEqual(MACRO_BAR);
    for (const t of TYPES) expect(score.summary[t].f1, t).toBeGreaterThanOrEqual(TYPE_BAR);
  });
});
