#!/usr/bin/env node
// Checks that every indicator `source_text` and statement `text_start` in the
// probe gold files is an exact substring of its document after removing all
// whitespace. Documents written in Traditional characters (p4) are first
// converted with opencc-js tw→cn. Also checks that every gold file parses and
// names an existing document. Exit code 1 on any miss.
//
//   node tests/extraction/probe-gold/check-substrings.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const OpenCC = createRequire(join(root, 'packages', 'core', 'package.json'))('opencc-js');
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const TRADITIONAL = /[這們國會議衛處關於與說為義]/;

let misses = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(here, file), 'utf8'));
  const docPath = join(here, gold.doc);
  if (!existsSync(docPath)) {
    misses++;
    console.log(`${file}: document ${gold.doc} not found`);
    continue;
  }
  let text = readFileSync(docPath, 'utf8');
  if (TRADITIONAL.test(text)) text = toSimplified(text);
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
