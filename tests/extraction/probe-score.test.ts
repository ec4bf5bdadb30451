import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreAgainstGold, TYPES } from './score-gold.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The invented probe sets, each annotated blind to the extractor; their READMEs
 * record the blind runs before any rule saw them (probe 0.793, probe2 0.820,
 * probe3 0.848, probe4 0.876; in session 4, measured after earlier rounds:
 * probe5 0.834, probe6 0.855, probe7 0.882, probe8 0.869, probe9 0.749, and
 * probe10 0.896; probe10's misses are kept unread, so it is not scored here).
 * Rules were later fixed while looking at probe–probe9's misses, so they now guard
 * against regressions: floors sit under what is reached, and only the README
 * figures estimate unseen documents. Reached at the end of session 4: probe 0.996,
 * probe2 1.000, probe3 0.997, probe4 0.998, probe5 1.000, probe6 0.998 (lowest
 * policies 0.985), probe7 1.000, probe8 0.987 (lowest officials 0.961), probe9
 * 0.979 (lowest institutions 0.930).
 */
const SETS = [
  { name: 'probe', dir: here('./probe-gold'), docs: 4, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe2', dir: here('./probe2-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe3', dir: here('./probe3-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe4', dir: here('./probe4-gold'), docs: 6, macroBar: 0.96, typeBar: 0.93 },
  { name: 'probe5', dir: here('./probe5-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe6', dir: here('./probe6-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe7', dir: here('./probe7-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe8', dir: here('./probe8-gold'), docs: 6, macroBar: 0.96, typeBar: 0.93 },
  { name: 'probe9', dir: here('./probe9-gold'), docs: 6, macroBar: 0.95, typeBar: 0.9 },
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
