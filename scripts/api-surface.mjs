#!/usr/bin/env node
// The exported identifiers of each package, read from its src/index.ts, as the
// Markdown block its README carries between `<!-- api:start -->` and
// `<!-- api:end -->` (STYLE.md: "the README lists what is exported").
//
//   node scripts/api-surface.mjs           print each package's block
//   node scripts/api-surface.mjs --write   rewrite the blocks in the READMEs
//   node scripts/api-surface.mjs --check   exit 1 naming each README whose block is out of date
//
// tests/docs/api-readme.test.ts runs --check.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const PACKAGES = ['ontology', 'core', 'cli'];
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const root = fileURLToPath(new URL('..', import.meta.url));

/** `{ area, values, types }` per source module of a package's index.ts, in file order. */
function exportsOf(pkg) {
  const file = `${root}packages/${pkg}/src/index.ts`;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const areas = new Map();
  for (const node of source.statements) {
    if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) continue;
    // './extract/index.js' → extract, './errors.js' → errors
    const from = node.moduleSpecifier?.text ?? '';
    const area = from.replace(/^\.\//, '').replace(/\/index\.js$|\.js$/, '');
    const entry = areas.get(area) ?? { area, values: [], types: [] };
    for (const el of node.exportClause.elements) {
      (node.isTypeOnly || el.isTypeOnly ? entry.types : entry.values).push(el.name.text);
    }
    areas.set(area, entry);
  }
  return [...areas.values()];
}

/** The README block for a package. */
function apiBlock(pkg) {
  const areas = exportsOf(pkg);
  const count = areas.reduce((n, a) => n + a.values.length + a.types.length, 0);
  const code = (names) => names.map((n) => `\`${n}\``).join(', ');
  const lines = [
    START,
    `Generated from \`src/index.ts\` by \`node scripts/api-surface.mjs --write\` (${count} names).`,
    '',
    '| from | values | types |',
    '| --- | --- | --- |',
    ...areas.map((a) => `| \`${a.area}\` | ${code(a.values)} | ${code(a.types)} |`),
    END,
  ];
  return lines.join('\n');
}

/** The block currently in a package's README, or undefined. */
function readmeBlock(pkg) {
  const text = readFileSync(`${root}packages/${pkg}/README.md`, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start < 0 || end < start ? undefined : text.slice(start, end + END.length);
}

function write(pkg) {
  const path = `${root}packages/${pkg}/README.md`;
  const text = readFileSync(path, 'utf8');
  const current = readmeBlock(pkg);
  const next = current
    ? text.replace(current, apiBlock(pkg))
    : `${text.trimEnd()}\n\n## Exported identifiers\n\n${apiBlock(pkg)}\n`;
  writeFileSync(path, next);
}

const mode = process.argv[2];
const stale = [];
for (const pkg of PACKAGES) {
  if (mode === '--write') write(pkg);
  else if (mode === '--check') {
    if (readmeBlock(pkg) !== apiBlock(pkg)) stale.push(`packages/${pkg}/README.md`);
  } else console.log(`## ${pkg}\n\n${apiBlock(pkg)}\n`);
}
if (stale.length > 0) {
  console.error(`exported identifiers out of date in ${stale.join(', ')}: run node scripts/api-surface.mjs --write`);
  process.exitCode = 1;
}
