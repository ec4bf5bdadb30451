// Deterministic benchmark corpus for ingestion: the five bundled documents,
// repeated `scale` times, each copy varied (years shifted, a copy number in
// the title line) so no two files are byte-identical. Plain JS so a bare
// `node` child process can use it without a TypeScript loader.
import { readdirSync, readFileSync } from 'node:fs';

const CORPUS = new URL('../../examples/corpus/', import.meta.url);

/** The bundled documents as strings, in name order. */
export function baseDocuments() {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, CORPUS), 'utf8') }));
}

/**
 * Copy `k` of a document: years moved back by k mod 7, and the copy number
 * appended to the first non-empty line.
 */
export function vary(text, k) {
  if (k === 0) return text;
  const shifted = text.replace(
    /(?<!\d)(19|20)(\d\d)(?=年|-)/g,
    (_, c, y) => `${c}${String((Number(y) + 100 - (k % 7)) % 100).padStart(2, '0')}`,
  );
  return shifted.replace(/^(\s*\S[^\n]*)/, `$1(${k})`);
}

/** `scale` copies of every document, as raw UTF-8 files: `{ name, bytes }`. */
export function* benchFiles(scale) {
  const docs = baseDocuments();
  const encoder = new TextEncoder();
  for (let k = 0; k < scale; k++) {
    for (const doc of docs) yield { name: `${k}_${doc.name}`, bytes: encoder.encode(vary(doc.text, k)) };
  }
}
