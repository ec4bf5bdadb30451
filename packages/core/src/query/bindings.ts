import type * as RDF from '@rdfjs/types';
import { factory, termEquals } from './terms.js';

/**
 * An immutable RDF/JS `Bindings` (rdf.js.org/query-spec) over a name → term map.
 *
 * @example
 * ```ts
 * for await (const b of await engine.queryBindings('SELECT ?s { ?s ?p ?o }', ctx)) console.log(b.get('s')?.value);
 * ```
 */
export class QueryBindings implements RDF.Bindings {
  readonly type = 'bindings' as const;
  constructor(private readonly entries: ReadonlyMap<string, RDF.Term>) {}

  private static key(k: RDF.Variable | string): string {
    return typeof k === 'string' ? (k.startsWith('?') ? k.slice(1) : k) : k.value;
  }
  has(key: RDF.Variable | string): boolean {
    return this.entries.has(QueryBindings.key(key));
  }
  get(key: RDF.Variable | string): RDF.Term | undefined {
    return this.entries.get(QueryBindings.key(key));
  }
  set(key: RDF.Variable | string, value: RDF.Term): QueryBindings {
    const m = new Map(this.entries);
    m.set(QueryBindings.key(key), value);
    return new QueryBindings(m);
  }
  delete(key: RDF.Variable | string): QueryBindings {
    const m = new Map(this.entries);
    m.delete(QueryBindings.key(key));
    return new QueryBindings(m);
  }
  *keys(): Iterable<RDF.Variable> {
    for (const k of this.entries.keys()) yield factory.variable(k);
  }
  values(): Iterable<RDF.Term> {
    return this.entries.values();
  }
  forEach(fn: (value: RDF.Term, key: RDF.Variable) => unknown): void {
    for (const [k, v] of this.entries) fn(v, factory.variable(k));
  }
  get size(): number {
    return this.entries.size;
  }
  *[Symbol.iterator](): Iterator<[RDF.Variable, RDF.Term]> {
    for (const [k, v] of this.entries) yield [factory.variable(k), v];
  }
  equals(other: RDF.Bindings | null | undefined): boolean {
    if (!other || other.size !== this.size) return false;
    for (const [k, v] of this.entries) {
      const o = other.get(k);
      if (!o || !termEquals(o, v)) return false;
    }
    return true;
  }
  filter(fn: (value: RDF.Term, key: RDF.Variable) => boolean): QueryBindings {
    return new QueryBindings(new Map([...this.entries].filter(([k, v]) => fn(v, factory.variable(k)))));
  }
  map(fn: (value: RDF.Term, key: RDF.Variable) => RDF.Term): QueryBindings {
    return new QueryBindings(new Map([...this.entries].map(([k, v]) => [k, fn(v, factory.variable(k))])));
  }
  merge(other: RDF.Bindings): QueryBindings | undefined {
    const m = new Map(this.entries);
    for (const [k, v] of other) {
      const cur = m.get(k.value);
      if (cur && !termEquals(cur, v)) return undefined;
      m.set(k.value, v);
    }
    return new QueryBindings(m);
  }
  mergeWith(
    merger: (self: RDF.Term, other: RDF.Term, key: RDF.Variable) => RDF.Term,
    other: RDF.Bindings,
  ): QueryBindings {
    const m = new Map(this.entries);
    for (const [k, v] of other) {
      const cur = m.get(k.value);
      m.set(k.value, cur ? merger(cur, v, k) : v);
    }
    return new QueryBindings(m);
  }
  toString(): string {
    return JSON.stringify(Object.fromEntries([...this.entries].map(([k, v]) => [k, v.value])));
  }
}
