import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreAgainstGold, TYPES } from './score-gold.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The invented probe sets, each annotated blind to the extractor; their READMEs
 * record the blind runs before any rule saw them (probe 0.793, probe2 0.820,
 * probe3 0.848, probe4 0.876; in session 4, measured after earlier rounds:
 * probe5 0.834, probe6 0.855, probe7 0.882, probe8 0.869, probe9 0.749; in
 * session 5: probe10 0.896, probe11 0.894, probe12 0.954, probe13 0.896,
 * probe14 0.944, probe15 0.930, probe16 0.938). Rules were later fixed while
 * looking at these sets' misses, so they now guard against regressions: floors
 * sit under what is reached, and only the README figures and
 * unseen-score.test.ts estimate unseen documents. Reached at the end of
 * session 5: 0.987–1.000 on every set except probe9 0.993 and probe12 0.987
 * (lowest type: probe12 policies 0.906, probe14 policies 0.933).
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
  { name: 'probe10', dir: here('./probe10-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe11', dir: here('./probe11-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe12', dir: here('./probe12-gold'), docs: 6, macroBar: 0.96, typeBar: 0.88 },
  { name: 'probe13', dir: here('./probe13-gold'), docs: 6, macroBar: 0.96, typeBar: 0.93 },
  { name: 'probe14', dir: here('./probe14-gold'), docs: 6, macroBar: 0.96, typeBar: 0.9 },
  { name: 'probe15', dir: here('./probe15-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
  { name: 'probe16', dir: here('./probe16-gold'), docs: 6, macroBar: 0.97, typeBar: 0.95 },
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
