import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtractionReport, ingestFile } from '@policy-kg/core';
import { describe, expect, it } from 'vitest';

/** The shared scorer; override with KG_EVAL_DIR. */
const EVAL = process.env.KG_EVAL_DIR ?? '/work/shared/eval';
const SCORER = join(EVAL, 'score.mjs');
/** Gold annotated blind to the extractor (002 national, 003 city): see heldout-gold/README.md. */
const GOLD = fileURLToPath(new URL('./heldout-gold', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../examples/corpus', import.meta.url));
const TYPES = ['officials', 'institutions', 'policies', 'slogans', 'indicators', 'meetings', 'statements'] as const;

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
    const out = mkdtempSync(join(tmpdir(), 'kg-heldout-'));
    const stems = readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .map((f) => basename(f, '.json'));
    expect(stems.length).toBe(2);
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
    console.log(
      `${TYPES.map((t) => `${t} F1 ${score.summary[t].f1.toFixed(3)}`).join('\n')}\nmacro F1 ${score.macroF1.toFixed(3)}`,
    );
    expect(score.macroF1).toBeGreaterThanOrEqual(MACRO_BAR);
    for (const t of TYPES) expect(score.summary[t].f1, t).toBeGreaterThanOrEqual(TYPE_BAR);
  });
});
