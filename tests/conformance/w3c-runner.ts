import { readFileSync } from 'node:fs';
import { parseSparql, QueryEngine } from '@policy-kg/core';
import type { Literal, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { type Comparison, compareBags, compareOrder, dedupe, type Row } from './w3c-compare.js';
import { type EvalTest, localPath, SUITE_BASE } from './w3c-manifest.js';
import { loadResults, parseCsv, parseRdf, type Results } from './w3c-results.js';

const engine = new QueryEngine();

async function buildStore(test: EvalTest, from: string[]): Promise<Store> {
  const store = new Store();
  for (const d of test.data) store.addQuads(await parseRdf(d));
  const graphs = new Set(test.graphData);
  for (const g of from) if (g.startsWith(SUITE_BASE)) graphs.add(g);
  for (const g of graphs) {
    const name = DataFactory.namedNode(g);
    for (const q of await parseRdf(g)) store.addQuad(q.subject, q.predicate, q.object, name);
  }
  return store;
}

function graphRows(quads: Quad[]): Row[] {
  return dedupe(
    quads.map(
      (q) =>
        new Map<string, Term>([
          ['s', q.subject],
          ['p', q.predicate],
          ['o', q.object],
        ]),
    ),
  );
}

/** The CSV projection of a term (§6 of the note): values only, blank nodes stay blank. */
function csvTerm(t: Term): Term {
  if (t.termType === 'BlankNode') return t;
  return DataFactory.literal(t.value);
}

function csvCell(cell: string): Term {
  return cell.startsWith('_:') ? DataFactory.blankNode(cell.slice(2)) : DataFactory.literal(cell);
}

/** Runs one evaluation test against the engine. */
export async function runTest(test: EvalTest): Promise<Comparison> {
  const queryText = readFileSync(localPath(test.query), 'utf8');
  const parsed = parseSparql(queryText, { baseIRI: test.query }) as unknown as {
    from?: { default: Term[]; named: Term[] };
    order?: { expression: Term & { type?: string } }[];
    variables?: (Term & { variable?: Term })[];
    reduced?: boolean;
  };
  const from = parsed.from ? [...parsed.from.default, ...parsed.from.named].map((t) => t.value) : [];
  const store = await buildStore(test, from);
  const q = await engine.query(queryText, { sources: [store], baseIRI: test.query, timeout: 20_000 });
  const lax = test.requires.includes('LaxCardinality') || parsed.reduced === true;
  if (test.type === 'CSVResultFormatTest' || test.result?.endsWith('.csv')) {
    if (q.resultType !== 'bindings') return { ok: false, byValue: false, reason: 'CSV test on a non-SELECT query' };
    const expected = parseCsv(test.result as string);
    const actual = (await (await q.execute()).toArray()).map((b) => {
      const m: Row = new Map();
      for (const [k, v] of b) m.set(k.value, csvTerm(v));
      return m;
    });
    const expRows = expected.rows.map((cells) => {
      const m: Row = new Map();
      cells.forEach((c, i) => {
        if (c !== '') m.set(expected.vars[i] as string, csvCell(c));
      });
      return m;
    });
    return compareBags(expRows, actual);
  }
  const expected: Results = await loadResults(
    test.result as string,
    DataFactory as unknown as import('@rdfjs/types').DataFactory,
  );
  if (q.resultType === 'boolean') {
    const v = await q.execute();
    if (expected.kind !== 'boolean')
      return { ok: false, byValue: false, reason: `expected ${expected.kind}, got boolean` };
    return v === expected.value
      ? { ok: true, byValue: false }
      : { ok: false, byValue: false, reason: `expected ${expected.value}, got ${v}` };
  }
  if (q.resultType === 'quads') {
    const quads = await (await q.execute()).toArray();
    if (expected.kind !== 'graph')
      return { ok: false, byValue: false, reason: `expected ${expected.kind}, got a graph` };
    return compareBags(graphRows(expected.quads), graphRows(quads));
  }
  if (expected.kind !== 'bindings')
    return { ok: false, byValue: false, reason: `expected ${expected.kind}, got bindings` };
  let actual = (await (await q.execute()).toArray()).map((b) => {
    const m: Row = new Map();
    for (const [k, v] of b) m.set(k.value, v as Literal);
    return m;
  });
  let exp = expected.rows;
  if (lax) {
    actual = dedupe(actual);
    exp = dedupe(exp);
  }
  const bag = compareBags(exp, actual);
  if (!bag.ok || !parsed.order || parsed.order.length === 0) return bag;
  const projected = new Set(
    (parsed.variables ?? []).map((v) => (v.termType === 'Variable' ? v.value : (v.variable?.value ?? ''))),
  );
  const keys = parsed.order.every((o) => o.expression.termType === 'Variable' && projected.has(o.expression.value))
    ? parsed.order.map((o) => o.expression.value)
    : null;
  const order = compareOrder(exp, actual, keys);
  return order.ok ? bag : order;
}
