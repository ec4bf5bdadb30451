import type { QueryEngine } from '@policy-kg/core';
import { PREFIXES } from '@policy-kg/ontology';

/** `PREFIX` lines for every namespace of the ontology, prepended to the server's own queries. */
export const PROLOGUE = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join('\n');

/** One SELECT row as plain strings (term values; unbound variables are absent). */
export type Row = Record<string, string>;

/** Options of {@link selectRows}. */
export interface SelectRowsOptions {
  timeoutMs?: number;
  resultLimit?: number;
}

/**
 * Run one of the server's own SELECT queries (the ontology prefixes are
 * declared) and return its rows as term values.
 */
export async function selectRows(engine: QueryEngine, query: string, options: SelectRowsOptions = {}): Promise<Row[]> {
  const stream = await engine.queryBindings(`${PROLOGUE}\n${query}`, {
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    ...(options.resultLimit === undefined ? {} : { resultLimit: options.resultLimit }),
  });
  const rows: Row[] = [];
  for await (const b of stream) {
    const row: Row = {};
    b.forEach((t, v) => {
      row[v.value] = t.value;
    });
    rows.push(row);
  }
  return rows;
}

/** An IRI for a SPARQL query text, refusing characters IRIREF forbids. */
export function iriRef(iri: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(iri) ? `<${iri}>` : undefined;
}

/** A string literal for a SPARQL query text. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value);
}
