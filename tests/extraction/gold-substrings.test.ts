import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR } from './score-gold.js';

// Every gold set we score against: each indicator `source_text` and statement
// `text_start` must be an exact substring of its document as CONVENTIONS
// defines it (Simplified, all whitespace removed, pinyin ruby dropped), or the
// scorer's overlap matching silently degrades. The text sits beside the gold
// file (excerpts, invented documents) or is a corpus document.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const GOLD_DIRS = {
  dev: join(EVAL_DIR, 'dev-gold'),
  heldout: here('./heldout-gold'),
  blind: here('./blind-gold'),
  probe: here('./probe-gold'),
  probe2: here('./probe2-gold'),
  probe3: here('./probe3-gold'),
  probe4: here('./probe4-gold'),
  probe5: here('./probe5-gold'),
  probe6: here('./probe6-gold'),
  probe7: here('./probe7-gold'),
  probe8: here('./probe8-gold'),
  probe9: here('./probe9-gold'),
  probe10: here('./probe10-gold'),
  probe11: here('./probe11-gold'),
  probe12: here('./probe12-gold'),
  probe13: here('./probe13-gold'),
  probe14: here('./probe14-gold'),
  probe15: here('./probe15-gold'),
  probe16: here('./probe16-gold'),
  probe17: here('./probe17-gold'),
  probe18: here('./probe18-gold'),
  probe19: here('./probe19-gold'),
  probe20: here('./probe20-gold'),
};
const CORPUS = here('../../examples/corpus');

type Convert = (text: string) => string;
const OpenCC = createRequire(here('../../packages/core/package.json'))('opencc-js') as {
  Converter(options: { from: string; to: string }): Convert;
};
// Traditional sources differ in standard (Hong Kong, Taiwan); the gold follows whichever fits.
const SIMPLIFIERS: Convert[] = [
  (t) => t,
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
  OpenCC.Converter({ from: 'tw', to: 'cn' }),
];
const RUBY = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu;

interface Gold {
  doc: string;
  /** The document's encoding when it is not UTF-8 (a GB18030 probe file). */
  encoding?: string;
  indicators?: Array<{ source_text?: string | null }>;
  statements?: Array<{ text_start?: string | null }>;
}

function readGold(dir: string): Array<{ file: string; gold: Gold; forms: string[] }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      const beside = join(dir, gold.doc);
      const bytes = readFileSync(existsSync(beside) ? beside : join(CORPUS, gold.doc));
      const raw = new TextDecoder(gold.encoding ?? 'utf-8').decode(bytes).replace(RUBY, '');
      return { file, gold, forms: SIMPLIFIERS.map((s) => s(raw).replace(/\s+/gu, '')) };
    });
}

describe('gold annotations quote their documents exactly', () => {
  for (const [set, dir] of Object.entries(GOLD_DIRS)) {
    it(`${set}: every source_text and text_start is a substring of its document`, () => {
      const docs = readGold(dir);
      expect(docs.length).toBeGreaterThan(0);
      const missing: string[] = [];
      let checked = 0;
      for (const { file, gold, forms } of docs) {
        const quotes = [
          ...(gold.indicators ?? []).map((i) => i.source_text),
          ...(gold.statements ?? []).map((s) => s.text_start),
        ];
        for (const quote of quotes) {
          if (quote == null) continue;
          checked++;
          if (!forms.some((form) => form.includes(quote))) missing.push(`${file}: ${quote}`);
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });
  }
});
