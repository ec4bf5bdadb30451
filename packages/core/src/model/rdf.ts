import { createHash } from 'node:crypto';
import { XSD } from '@policy-kg/ontology';
import type { Literal, NamedNode, Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject } from '@rdfjs/types';
import { DataFactory } from 'n3';

const { namedNode, literal, quad } = DataFactory;

/** Language tag of normalized (Simplified) text (conventions.md). */
export const ZH_HANS = 'zh-Hans';

/**
 * A short reproducible key: the first 20 hex digits (80 bits) of the SHA-256 of
 * the parts joined with U+001F. Keys come from content, never from counters,
 * so the same input mints the same IRIs in every run.
 *
 * @example hashKey('郭玉芬', 'province:620000'); // '3f0c…' (20 hex digits)
 */
export function hashKey(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 20);
}

/** Named node from an IRI string. */
export const iri = (value: string): NamedNode => namedNode(value);

/** `"text"@zh-Hans`. */
export const zh = (text: string): Literal => literal(text, ZH_HANS);

/** Plain `xsd:string` literal. */
export const str = (text: string): Literal => literal(text);

/** `xsd:nonNegativeInteger` literal. */
export const nonNeg = (n: number): Literal =>
  literal(String(Math.max(0, Math.trunc(n))), namedNode(XSD.nonNegativeInteger));

/** `xsd:decimal` literal in canonical-ish form (no exponent). */
export function decimal(n: number): Literal {
  let text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
  if (/e/i.test(text)) text = n.toFixed(20).replace(/0+$/u, '').replace(/\.$/u, '');
  return literal(text, namedNode(XSD.decimal));
}

/** `xsd:boolean` literal. */
export const bool = (b: boolean): Literal => literal(b ? 'true' : 'false', namedNode(XSD.boolean));

/** `xsd:positiveInteger` literal. */
export const posInt = (n: number): Literal => literal(String(n), namedNode(XSD.positiveInteger));

const DATE_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/^\d{4}-\d{2}-\d{2}$/u, XSD.date],
  [/^\d{4}-\d{2}$/u, XSD.gYearMonth],
  [/^\d{4}$/u, XSD.gYear],
];

/**
 * A possibly partial ISO date as `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`;
 * `undefined` for anything else (a wording such as 近五年, an invalid month).
 *
 * @example dateLiteral('2022-03')?.datatype.value; // xsd:gYearMonth
 */
export function dateLiteral(value: string | undefined): Literal | undefined {
  if (!value) return undefined;
  for (const [re, type] of DATE_FORMS) {
    if (!re.test(value)) continue;
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    if (value.length >= 7 && (month < 1 || month > 12)) return undefined;
    if (value.length === 10 && (day < 1 || day > 31)) return undefined;
    return literal(value, namedNode(type));
  }
  return undefined;
}

/** Collects quads for one graph, skipping absent objects. */
export class QuadSink {
  readonly quads: Quad[] = [];
  constructor(readonly graph: Quad_Graph) {}

  /** Add `s p o` unless `o` is undefined. */
  add(s: Quad_Subject, p: string, o: Quad_Object | undefined): void {
    if (o === undefined) return;
    this.quads.push(quad(s, namedNode(p) as Quad_Predicate, o, this.graph));
  }
}
