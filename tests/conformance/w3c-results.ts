import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Quad, Term } from '@rdfjs/types';
import { Parser, Store } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { SparqlXmlParser } from 'sparqlxml-parse';
import { localPath } from './w3c-manifest.js';

/** A solution: variable name → term. */
export type Solution = Map<string, Term>;

/** Expected (or actual) results of a test. */
export type Results =
  | { kind: 'bindings'; vars: string[]; rows: Solution[]; ordered: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; quads: Quad[] };

const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Parses an RDF file of the suite (Turtle family or RDF/XML). */
export async function parseRdf(iri: string): Promise<Quad[]> {
  const text = readFileSync(localPath(iri), 'utf8');
  if (iri.endsWith('.rdf')) {
    const parser = new RdfXmlParser({ baseIRI: iri });
    const out: Quad[] = [];
    await new Promise<void>((resolve, reject) => {
      parser.on('data', (q: Quad) => out.push(q));
      parser.on('error', reject);
      parser.on('end', () => resolve());
      parser.write(text);
      parser.end();
    });
    return out;
  }
  return new Parser({ baseIRI: iri }).parse(text);
}

function fromResultGraph(quads: Quad[]): Results {
  const store = new Store(quads);
  const rs = store.getSubjects(`${RDF}type`, `${RS}ResultSet`, null)[0];
  if (!rs) return { kind: 'graph', quads };
  const bool = store.getObjects(rs, `${RS}boolean`, null)[0];
  if (bool) return { kind: 'boolean', value: bool.value === 'true' };
  const vars = store.getObjects(rs, `${RS}resultVariable`, null).map((v) => v.value);
  const sols = store.getObjects(rs, `${RS}solution`, null);
  let ordered = false;
  const rows = sols.map((s) => {
    const m: Solution = new Map();
    for (const b of store.getObjects(s, `${RS}binding`, null)) {
      const name = store.getObjects(b, `${RS}variable`, null)[0]?.value;
      const value = store.getObjects(b, `${RS}value`, null)[0];
      if (name !== undefined && value) m.set(name, value);
    }
    const idx = store.getObjects(s, `${RS}index`, null)[0];
    if (idx) ordered = true;
    return { m, idx: idx ? Number(idx.value) : 0 };
  });
  if (ordered) rows.sort((a, b) => a.idx - b.idx);
  return { kind: 'bindings', vars, rows: rows.map((r) => r.m), ordered };
}

async function parseSrx(text: string): Promise<Results> {
  const parser = new SparqlXmlParser();
  if (/<boolean>/.test(text)) {
    const value = await parser.parseXmlBooleanStream(Readable.from([text]));
    return { kind: 'boolean', value };
  }
  const vars: string[] = [];
  const rows: Solution[] = [];
  await new Promise<void>((resolve, reject) => {
    const stream = parser.parseXmlResultsStream(Readable.from([text]));
    stream.on('variables', (vs: Term[]) => {
      for (const v of vs) vars.push(v.value);
    });
    stream.on('data', (b: Record<string, Term>) => {
      const m: Solution = new Map();
      for (const [k, v] of Object.entries(b)) m.set(k.replace(/^\?/, ''), v);
      rows.push(m);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve());
  });
  return { kind: 'bindings', vars, rows, ordered: false };
}

interface JsonTerm {
  type: string;
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

function parseSrj(text: string, factory: import('@rdfjs/types').DataFactory): Results {
  const j = JSON.parse(text) as {
    boolean?: boolean;
    head: { vars?: string[] };
    results?: { bindings: Record<string, JsonTerm>[] };
  };
  if (typeof j.boolean === 'boolean') return { kind: 'boolean', value: j.boolean };
  const term = (t: JsonTerm): Term => {
    if (t.type === 'uri') return factory.namedNode(t.value);
    if (t.type === 'bnode') return factory.blankNode(t.value);
    if (t['xml:lang']) return factory.literal(t.value, t['xml:lang']);
    return factory.literal(t.value, t.datatype ? factory.namedNode(t.datatype) : undefined);
  };
  const rows = (j.results?.bindings ?? []).map((b) => new Map(Object.entries(b).map(([k, v]) => [k, term(v)])));
  return { kind: 'bindings', vars: j.head.vars ?? [], rows, ordered: false };
}

function parseTsvTerm(s: string): Term {
  const q = new Parser().parse(`<urn:s> <urn:p> ${s} .`)[0];
  if (!q) throw new Error(`bad TSV term ${s}`);
  return q.object;
}

function parseTsv(text: string): Results {
  const [head = '', ...lines] = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const vars = head.split('\t').map((v) => v.replace(/^\?/, ''));
  const rows = lines.map((line) => {
    const m: Solution = new Map();
    line.split('\t').forEach((cell, i) => {
      if (cell !== '') m.set(vars[i] as string, parseTsvTerm(cell));
    });
    return m;
  });
  return { kind: 'bindings', vars, rows, ordered: false };
}

/** A CSV table: header and rows of cells ('' = unbound). */
export interface CsvTable {
  vars: string[];
  rows: string[][];
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Parses a CSV results file (values only). */
export function parseCsv(iri: string): CsvTable {
  const text = readFileSync(localPath(iri), 'utf8');
  const [head = '', ...lines] = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return { vars: parseCsvLine(head), rows: lines.map(parseCsvLine) };
}

/** Loads expected results of any format. */
export async function loadResults(iri: string, factory: import('@rdfjs/types').DataFactory): Promise<Results> {
  const text = () => readFileSync(localPath(iri), 'utf8');
  if (iri.endsWith('.srx')) return parseSrx(text());
  if (iri.endsWith('.srj')) return parseSrj(text(), factory);
  if (iri.endsWith('.tsv')) return parseTsv(text());
  return fromResultGraph(await parseRdf(iri));
}
