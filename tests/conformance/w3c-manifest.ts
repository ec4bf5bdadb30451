import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import { Parser, Store } from 'n3';

/** Where the suite lives (shared/ beside the repo) and the IRI every file is based on. */
export const SUITE_DIR = new URL('../../../shared/w3c-sparql/', import.meta.url);
export const SUITE_BASE = 'https://w3c.github.io/rdf-tests/sparql/';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DAWGT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#';

/** One query-evaluation test of the suite. */
export interface EvalTest {
  iri: string;
  name: string;
  type: 'QueryEvaluationTest' | 'CSVResultFormatTest';
  query: string;
  data: string[];
  graphData: string[];
  result: string | undefined;
  requires: string[];
  approval: string | undefined;
}

/** Local file path of a suite IRI. */
export function localPath(iri: string): string {
  if (!iri.startsWith(SUITE_BASE)) throw new Error(`not a suite IRI: ${iri}`);
  return fileURLToPath(new URL(iri.slice(SUITE_BASE.length), SUITE_DIR));
}

function parseTurtleFile(iri: string): Quad[] {
  return new Parser({ baseIRI: iri }).parse(readFileSync(localPath(iri), 'utf8'));
}

function list(store: Store, head: Term): Term[] {
  const out: Term[] = [];
  let cur: Term = head;
  while (!(cur.termType === 'NamedNode' && cur.value === `${RDF}nil`)) {
    const first = store.getObjects(cur, `${RDF}first`, null)[0];
    const rest = store.getObjects(cur, `${RDF}rest`, null)[0];
    if (!first || !rest) break;
    out.push(first);
    cur = rest;
  }
  return out;
}

/**
 * Collects every evaluation test reachable from the entry manifests. Manifests
 * are found as `?m a mf:Manifest` (six tests sit in blank-node manifests).
 */
export function loadTests(entries: string[]): EvalTest[] {
  const tests: EvalTest[] = [];
  const seen = new Set<string>();
  const queue = entries.map((e) => SUITE_BASE + e);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const store = new Store(parseTurtleFile(file));
    for (const m of store.getSubjects(`${RDF}type`, `${MF}Manifest`, null)) {
      for (const inc of store.getObjects(m, `${MF}include`, null)) {
        for (const f of list(store, inc)) queue.push(f.value);
      }
      for (const e of store.getObjects(m, `${MF}entries`, null)) {
        for (const t of list(store, e)) {
          const type = store.getObjects(t, `${RDF}type`, null)[0]?.value;
          if (type !== `${MF}QueryEvaluationTest` && type !== `${MF}CSVResultFormatTest`) continue;
          const action = store.getObjects(t, `${MF}action`, null)[0];
          if (!action) continue;
          const one = (s: Term, p: string): string | undefined => store.getObjects(s, p, null)[0]?.value;
          tests.push({
            iri: t.value,
            name: one(t, `${MF}name`) ?? t.value,
            type: type === `${MF}QueryEvaluationTest` ? 'QueryEvaluationTest' : 'CSVResultFormatTest',
            query: one(action, `${QT}query`) as string,
            data: store.getObjects(action, `${QT}data`, null).map((x) => x.value),
            graphData: store.getObjects(action, `${QT}graphData`, null).map((x) => x.value),
            result: one(t, `${MF}result`),
            requires: store.getObjects(t, `${MF}requires`, null).map((x) => x.value.replace(MF, '')),
            approval: one(t, `${DAWGT}approval`)?.replace(DAWGT, ''),
          });
        }
      }
    }
  }
  return tests;
}

/** A stable id: the test's folder (relative to the suite) and its local name, e.g. `sparql11/bind/bind01`. */
export function testId(t: EvalTest): string {
  const dir = t.query.slice(SUITE_BASE.length, t.query.lastIndexOf('/'));
  const local = t.iri.slice(Math.max(t.iri.lastIndexOf('#'), t.iri.lastIndexOf('/')) + 1);
  return `${dir}/${local}`;
}
