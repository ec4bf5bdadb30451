import { RDF, RDFS, XSD } from '@policy-kg/ontology';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { ParseError, UsageError } from '../../errors.js';

const { namedNode, literal, quad } = DataFactory;

/** How one CSV column becomes a property. */
export interface CsvColumnMapping {
  /** Property IRI. */
  property: string;
  /** `literal` (default) or `iri` (the cell, or `prefix` + cell, is an IRI). */
  kind?: 'literal' | 'iri';
  /** Datatype IRI of literals (`xsd:decimal`, `xsd:integer` and `xsd:date` cells are checked). */
  datatype?: string;
  /** Language tag of literals (ignored with a datatype). */
  lang?: string;
  /** Prefix for `iri` cells. */
  prefix?: string;
}

/** The mapping file of `kg import --mapping` (JSON). */
export interface CsvMapping {
  /** Column with the row's key; the subject is `subjectPrefix` + encoded key. */
  subject: string;
  subjectPrefix: string;
  /** Column giving `rdfs:label` (and `labelProperty` if set). */
  label?: string;
  labelLang?: string;
  labelProperty?: string;
  /** rdf:type of every row. */
  type?: string;
  /** Other columns → properties. Empty cells are skipped. */
  columns?: Record<string, CsvColumnMapping>;
}

/** A row that could not be loaded. */
export interface CsvRowError {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** Split CSV text (RFC 4180: quotes, doubled quotes, CRLF) into records with their starting line. */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.length > 1 || cells[0] !== '') rows.push({ line: start, cells });
  return rows;
}

const CHECKS: Record<string, RegExp> = {
  [XSD.decimal]: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  [XSD.integer]: /^[+-]?\d+$/,
  [XSD.date]: /^\d{4}-\d{2}-\d{2}$/,
};

/**
 * Load CSV rows into one named graph with a column mapping. Rows with a
 * missing key, a wrong number of cells or an ill-typed cell are reported
 * with their line number and skipped; the rest load.
 *
 * @example importCsv(text, mapping, { graph }).errors // [{ line: 4, message: 'column "beds": "many" is not a xsd:integer' }]
 */
export function importCsv(
  text: string,
  mapping: CsvMapping,
  options: { graph: string; source?: string },
): { quads: Quad[]; rows: number; errors: CsvRowError[] } {
  const records = parseCsv(text);
  const header = records.shift();
  if (!header)
    throw new ParseError(`CSV ${options.source ?? 'input'} is empty: expected a header row`, {
      line: 1,
      column: 1,
      offset: 0,
      code: 'KG_CSV_EMPTY',
    });
  const names = header.cells.map((c) => c.trim());
  const index = (column: string, what: string) => {
    const i = names.indexOf(column);
    if (i < 0)
      throw new UsageError(`mapping ${what} column "${column}" is not in the CSV header (${names.join(', ')})`, {
        code: 'KG_CSV_MAPPING',
      });
    return i;
  };
  const subjectAt = index(mapping.subject, 'subject');
  const labelAt = mapping.label ? index(mapping.label, 'label') : -1;
  const columns = Object.entries(mapping.columns ?? {}).map(([name, m]) => ({ name, at: index(name, 'property'), m }));
  const g = namedNode(options.graph);
  const quads: Quad[] = [];
  const errors: CsvRowError[] = [];
  let rows = 0;
  for (const { line, cells } of records) {
    if (cells.length !== names.length) {
      errors.push({ line, message: `expected ${names.length} cells, found ${cells.length}` });
      continue;
    }
    const keyCell = cells[subjectAt]?.trim() ?? '';
    if (!keyCell) {
      errors.push({ line, message: `empty key column "${mapping.subject}"` });
      continue;
    }
    const subject = namedNode(`${mapping.subjectPrefix}${encodeURIComponent(keyCell)}`);
    const row: Quad[] = [];
    let bad: string | undefined;
    if (mapping.type) row.push(quad(subject, namedNode(RDF.type), namedNode(mapping.type), g));
    const label = labelAt >= 0 ? cells[labelAt]?.trim() : undefined;
    if (label) {
      const lit = literal(label, mapping.labelLang ?? 'zh-hans');
      row.push(quad(subject, namedNode(RDFS.label), lit, g));
      if (mapping.labelProperty) row.push(quad(subject, namedNode(mapping.labelProperty), lit, g));
    }
    for (const { name, at, m } of columns) {
      const cell = cells[at]?.trim() ?? '';
      if (!cell) continue;
      if (m.kind === 'iri') {
        row.push(quad(subject, namedNode(m.property), namedNode(`${m.prefix ?? ''}${cell}`), g));
        continue;
      }
      const check = m.datatype ? CHECKS[m.datatype] : undefined;
      if (check && !check.test(cell)) {
        bad = `column "${name}": "${cell}" is not a ${m.datatype?.replace(XSD.decimal.replace('decimal', ''), 'xsd:')}`;
        break;
      }
      const object = m.datatype ? literal(cell, namedNode(m.datatype)) : m.lang ? literal(cell, m.lang) : literal(cell);
      row.push(quad(subject, namedNode(m.property), object, g));
    }
    if (bad) {
      errors.push({ line, message: bad });
      continue;
    }
    rows++;
    quads.push(...row);
  }
  return { quads, rows, errors };
}
