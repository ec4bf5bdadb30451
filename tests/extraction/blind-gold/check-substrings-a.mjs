#!/usr/bin/env node
// Checks annotator A's blind gold files (001-s02, 001-s06, 001-s18): every
// indicator `source_text` and statement `text_start` must be an exact
// substring of the excerpt beside it after removing all whitespace.
// Exit code 1 on any miss.
//
//   node tests/extraction/blind-gold/check-substrings-a.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = ['001-s02.json', '001-s06.json', '001-s18.json'];

let misses = 0;
for (const file of FILES) {
  const gold = JSON.parse(readFileSync(join(here, file), 'utf8'));
  const text = readFileSync(join(here, gold.doc), 'utf8').replace(/\s+/g, '');
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
