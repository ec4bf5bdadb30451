#!/usr/bin/env node
// Checks that every indicator `source_text` and statement `text_start` in the
// held-out gold files is an exact substring of its document after removing all
// whitespace (and, for Traditional documents with pinyin ruby, after removing
// the ruby and converting with opencc-js hk→cn).  Exit code 1 on any miss.
//
//   node tests/extraction/heldout-gold/check-substrings.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const corpus = process.env.KG_CORPUS ?? '/work/shared/corpus';
const OpenCC = createRequire(join(root, 'packages', 'core', 'package.json'))('opencc-js');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const RUBY = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

let misses = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(here, file), 'utf8'));
  let text = readFileSync(join(corpus, gold.doc), 'utf8');
  if (new RegExp(RUBY.source).test(text)) text = toSimplified(text.replace(RUBY, ''));
  text = text.replace(/\s+/g, '');
  const strings = [
    ...(gold.indicators ?? []).map((i) => ['indicator', i.source_text]),
    ...(gold.statements ?? []).map((s) => ['statement', s.text_start]),
  ];
  for (const [kind, s] of strings) {
    if (s == null || text.includes(s)) continue;
    misses++;
    console.log(`${file}: ${kind} not found: ${s}`);
  }
  console.log(`${file}: ${strings.length} strings checked`);
}
process.exit(misses ? 1 : 0);
