import { DataFactory } from 'n3';
import { Parser, type SparqlQuery } from 'sparqljs';
import { ParseError } from '../../errors.js';

interface JisonHash {
  text?: string;
  token?: string;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

/** Options for {@link parseSparql}. */
export interface ParseSparqlOptions {
  /** Base IRI for relative IRIs in the query. */
  baseIRI?: string;
}

/**
 * Parses SPARQL 1.1 query text with sparqljs, then checks blank-node label
 * scoping (a label may not be shared by two basic graph patterns, §4.1.4),
 * which sparqljs does not. Throws {@link ParseError} with line and column.
 *
 * @example
 * ```ts
 * parseSparql('SELECT * WHERE { ?s ?p ?o }');
 * ```
 */
export function parseSparql(text: string, options: ParseSparqlOptions = {}): SparqlQuery {
  const parser = new Parser(options.baseIRI === undefined ? {} : { baseIRI: options.baseIRI });
  let parsed: SparqlQuery;
  try {
    parsed = parser.parse(text);
  } catch (e) {
    throw toParseError(text, e);
  }
  if (parsed.type !== 'query') {
    throw new ParseError('SPARQL Update is not supported by the query engine: send a query (SELECT, ASK, …)', {
      line: 1,
      column: 1,
      offset: 0,
    });
  }
  checkBlankNodeScopes(text, parsed);
  unescapeLocalNames(parsed);
  return parsed;
}

/** PN_LOCAL_ESC (SPARQL 1.1 grammar [173]): `\` before one of these stands for the character itself. */
const LOCAL_ESCAPE = /\\([_~.\-!$&'()*+,;=/?#@%])/g;

/**
 * sparqljs keeps the backslash of escaped local names (`kgid:place\/620000`
 * parses as `…/place\/620000`). An IRIREF cannot hold a raw backslash (only
 * `\u` escapes, which sparqljs decodes), so any backslash left in a named
 * node came from such an escape: drop it, in place, everywhere in the tree.
 */
function unescapeLocalNames(node: unknown, seen = new Set<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key] as { termType?: string; value?: string } | undefined;
    if (value && typeof value === 'object' && value.termType === 'NamedNode' && value.value?.includes('\\')) {
      record[key] = DataFactory.namedNode(value.value.replace(LOCAL_ESCAPE, '$1'));
    } else unescapeLocalNames(value, seen);
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function toParseError(text: string, e: unknown): ParseError {
  const err = e instanceof Error ? e : new Error(String(e));
  const hash = (err as Error & { hash?: JisonHash }).hash;
  let line = 1;
  let column = 1;
  if (hash?.loc) {
    // Jison locates the last token it accepted; the offending one follows it.
    const after = offsetOf(text, hash.loc.last_line, hash.loc.last_column + 1);
    const found = hash.text ? text.indexOf(hash.text, after) : -1;
    const at = hash.token === 'EOF' ? text.length : found >= 0 ? found : after;
    const before = text.slice(0, at);
    line = before.split('\n').length;
    column = at - before.lastIndexOf('\n');
  } else if (hash?.line !== undefined) {
    line = hash.line + 1;
  } else {
    // Semantic errors from sparqljs carry no position: locate what they name.
    const prefix = /^Unknown prefix: (.*)$/.exec(err.message)?.[1];
    const at = prefix === undefined ? -1 : text.search(new RegExp(`(^|[\\s(,^/|{;.])${escapeRegExp(prefix)}:`));
    if (at >= 0) {
      const start =
        /[\s(,^/|{;.]/.test(text[at] ?? '') && at + 1 < text.length && !text.startsWith(`${prefix}:`, at) ? at + 1 : at;
      const before = text.slice(0, start);
      line = before.split('\n').length;
      column = start - before.lastIndexOf('\n');
    }
  }
  let detail = err.message.split('\n')[0] ?? err.message;
  if (hash?.expected && hash.token !== undefined) {
    const expected = hash.expected.slice(0, 8).join(', ');
    detail = `unexpected ${hash.token === 'EOF' ? 'end of query' : `"${hash.text ?? hash.token}"`}; expected ${expected}${hash.expected.length > 8 ? ', …' : ''}`;
  } else if (/^Lexical error/.test(detail)) {
    detail = `unrecognised text "${(hash?.text ?? '').slice(0, 20)}"`;
  }
  return new ParseError(`SPARQL syntax error at line ${line}, column ${column}: ${detail}`, {
    line,
    column,
    offset: offsetOf(text, line, column),
    cause: err,
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Node = Record<string, unknown>;

/** Throws when an explicit blank-node label (`_:x`) appears in two basic graph patterns. */
function checkBlankNodeScopes(text: string, query: SparqlQuery): void {
  const owner = new Map<string, number>();
  let nextBlock = 0;
  const visitTerm = (t: unknown, block: number): void => {
    if (t === null || typeof t !== 'object') return;
    const n = t as Node;
    if (n.termType === 'BlankNode' && typeof n.value === 'string' && n.value.startsWith('e_')) {
      const prev = owner.get(n.value);
      if (prev === undefined) owner.set(n.value, block);
      else if (prev !== block) {
        const label = `_:${n.value.slice(2)}`;
        const at = text.indexOf(label);
        const before = at < 0 ? '' : text.slice(0, text.indexOf(label, at + 1) < 0 ? at : text.indexOf(label, at + 1));
        const line = before.split('\n').length;
        const column = before.length - before.lastIndexOf('\n');
        throw new ParseError(
          `SPARQL syntax error at line ${line}, column ${column}: blank node label ${label} is used in two basic graph patterns; use a variable instead`,
          { line, column, offset: before.length },
        );
      }
    } else if (n.type === 'path' && Array.isArray(n.items)) {
      for (const i of n.items) visitTerm(i, block);
    }
  };
  const visitGroup = (patterns: unknown[]): void => {
    let block = nextBlock++;
    for (const p of patterns) {
      const n = p as Node;
      if (n.type === 'bgp') {
        for (const tr of n.triples as Node[]) {
          visitTerm(tr.subject, block);
          visitTerm(tr.predicate, block);
          visitTerm(tr.object, block);
        }
      } else if (n.type === 'filter') {
        visitExpr(n.expression);
      } else {
        block = nextBlock++;
        visitPattern(n);
        block = nextBlock++;
      }
    }
  };
  const visitExpr = (e: unknown): void => {
    if (e === null || typeof e !== 'object') return;
    const n = e as Node;
    if (Array.isArray(e)) {
      for (const x of e) visitExpr(x);
    } else if (n.type === 'operation' && (n.operator === 'exists' || n.operator === 'notexists')) {
      for (const a of n.args as Node[]) visitPattern(a);
    } else if (Array.isArray(n.args)) {
      for (const a of n.args) visitExpr(a);
    } else if (n.type === 'aggregate') {
      visitExpr(n.expression);
    }
  };
  const visitPattern = (n: Node): void => {
    switch (n.type) {
      case 'bgp':
      case 'filter':
        visitGroup([n]);
        break;
      case 'group':
      case 'optional':
      case 'minus':
      case 'graph':
      case 'service':
        visitGroup(n.patterns as unknown[]);
        break;
      case 'union':
        for (const g of n.patterns as Node[]) visitPattern(g);
        break;
      case 'bind':
        visitExpr(n.expression);
        break;
      case 'query':
        visitQuery(n);
        break;
      default:
        break;
    }
  };
  const visitQuery = (q: Node): void => {
    if (Array.isArray(q.where)) visitGroup(q.where);
    if (Array.isArray(q.variables)) for (const v of q.variables as Node[]) if (v.expression) visitExpr(v.expression);
    if (Array.isArray(q.having)) visitExpr(q.having);
  };
  visitQuery(query as unknown as Node);
}
