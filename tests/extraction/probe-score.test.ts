import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreAgainstGold, TYPES } from './score-gold.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The invented probe sets, each annotated blind to the extractor; their READMEs
 * record the blind first runs (probe 0.793, probe2 0.820; probe3 0.806 at the
 * session start and 0.848 after the probe2 round; probe4 0.781 at the session
 * start and 0.876 after the probe2 and probe3 rounds). Rules were later fixed while
 * looking at their misses, so they now guard against regressions: floors sit
 * under what is reached, and only the README figures estimate unseen documents.
 * Reached at the end of session 3: probe 0.995 (lowest policies 0.982), probe2
 * 1.000, probe3 0.995 (lowest institutions 0.975), probe4 0.986 (lowest
 * institutions 0.953).
 */
const SETS = [
  { name: 'probe', dir: here('./probe-gold'), docs: 4, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe2', dir: here('./probe2-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe3', dir: here('./probe3-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe4', dir: here('./probe4-gold'), docs: 6, macroBar: 0.96, typeBar: 0.93 },
] as const;

describe('extraction against the invented probe sets', () => {
  for (const set of SETS) {
    it(`${set.name}: macro F1 ≥ ${set.macroBar} with no type below ${set.typeBar}`, async () => {
      const score = await scoreAgainstGold(set.dir);
      expect(score.stems.length).toBe(set.docs);
      console.log(`${set.name}\n${formatScore(score)}`);
      expect(score.macroF1).toBeGreaterThanOrEqual(set.macroBar);
      for (const t of TYPES) expect(score.summary[t].f1, t).toBeGreaterThanOrEqual(set.typeBar);
    });
  }
});
