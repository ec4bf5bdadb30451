#!/usr/bin/env node
// Annotator B: checks that every indicator `source_text` and statement
// `text_start` in 001-s10.json / 001-s14.json is an exact substring of its
// excerpt (the .txt beside it) after removing all whitespace; also that every
// policy/slogan name and institution alias occurs in the excerpt (reported,
// not fatal, because canonical names and dropped quote marks may differ).
// Exit code 1 on a source_text/text_start miss.
//
//   node tests/extraction/blind-gold/check-substrings-b.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let misses = 0;
for (const file of ['001-s10.json', '001-s14.json']) {
  const gold = JSON.parse(readFileSync(join(here, file), 'utf8'));
  const text = readFileSync(join(here, gold.doc), 'utf8').replace(/\s+/g, '');
  const bare = text.replace(/[“”《》]/g, '');
  const strings = [
    ...(gold.indicators ?? []).map((i) => ['indicator', i.source_text]),
    ...(gold.statements ?? []).map((s) => ['statement', s.text_start]),
  ];
  for (const [kind, s] of strings) {
    if (s == null || text.includes(s)) continue;
    misses++;
    console.log(`${file}: ${kind} not found: ${s}`);
  }
  const names = [
    ...(gold.policies ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]),
    ...(gold.slogans ?? []).flatMap((s) => [s.text, ...(s.aliases ?? [])]),
    ...(gold.institutions ?? []).flatMap((i) => i.aliases ?? []),
  ];
  for (const n of names) if (!bare.includes(n)) console.log(`${file}: note: name not verbatim: ${n}`);
  console.log(`${file}: ${strings.length} strings checked`);
}
process.exit(misses ? 1 : 0);
