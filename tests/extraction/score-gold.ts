import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtractionReport, ingestFile } from '@policy-kg/core';

/**
 * The shared evaluation kit (gold + scorer). CI clones the repository with
 * `shared/` beside it, so it is found relative to this file; KG_EVAL_DIR overrides.
 */
export const EVAL_DIR = process.env.KG_EVAL_DIR ?? fileURLToPath(new URL('../../../shared/eval', import.meta.url));
const SCORER = join(EVAL_DIR, 'score.mjs');
const CORPUS = fileURLToPath(new URL('../../examples/corpus', import.meta.url));

export const TYPES = [
  'officials',
  'institutions',
  'policies',
  'slogans',
  'indicators',
  'meetings',
  'statements',
] as const;
export type ScoredType = (typeof TYPES)[number];

export interface GoldScore {
  /** Gold files scored (file names without extension). */
  stems: string[];
  macroF1: number;
  summary: Record<ScoredType, { p: number; r: number; f1: number }>;
}

/**
 * Extract every document that has a gold file in `goldDirs` (one folder, or
 * several scored as one pooled set), score the reports with the shared
 * `score.mjs`, and return its figures. The text is taken from beside the gold
 * file (`<stem>.txt`, e.g. an excerpt) or else from the corpus. Pooled folders
 * must not share a file name.
 */
export async function scoreAgainstGold(goldDirs: string | readonly string[]): Promise<GoldScore> {
  const dirs = typeof goldDirs === 'string' ? [goldDirs] : goldDirs;
  const out = mkdtempSync(join(tmpdir(), 'kg-gold-'));
  const gold = dirs.length === 1 ? (dirs[0] as string) : mkdtempSync(join(tmpdir(), 'kg-gold-pool-'));
  const stems: string[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const stem = basename(file, '.json');
      if (stems.includes(stem)) throw new Error(`Gold file ${file} is in two pooled folders (${dir})`);
      stems.push(stem);
      if (gold !== dir) copyFileSync(join(dir, file), join(gold, file));
      const beside = join(dir, `${stem}.txt`);
      const docs = await ingestFile(existsSync(beside) ? beside : join(CORPUS, `${stem}.txt`));
      writeFileSync(join(out, file), JSON.stringify(buildExtractionReport(docs)));
    }
  }
  const jsonPath = join(out, '_score.json');
  const run = spawnSync(process.execPath, [SCORER, '--gold', gold, '--pred', out, '--json', jsonPath, '--quiet'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`score.mjs exited ${run.status}: ${run.stderr}`);
  const score = JSON.parse(readFileSync(jsonPath, 'utf8')) as Omit<GoldScore, 'stems'>;
  return { stems, macroF1: score.macroF1, summary: score.summary };
}

/** One line per type with P/R/F1, then the macro F1: printed by the score tests. */
export function formatScore(score: GoldScore): string {
  const lines = TYPES.map((t) => {
    const s = score.summary[t];
    return `${t} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  });
  return `${lines.join('\n')}\nmacro F1 ${score.macroF1.toFixed(3)}`;
}
