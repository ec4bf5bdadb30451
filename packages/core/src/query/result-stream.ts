import { EventEmitter } from 'node:events';
import type * as RDF from '@rdfjs/types';

/** Rows between two yields to the event loop (so AbortSignals and timers can fire). */
const CHUNK = 2048;

/**
 * An RDF/JS `ResultStream` over a synchronous iterator: `read()`, `data`/`end`/
 * `error` events, async iteration and `toArray()`. Work happens only when a
 * consumer pulls, so an early `return` stops the query.
 *
 * @example
 * ```ts
 * const rows = await (await engine.queryBindings(q, ctx)).toArray();
 * ```
 */
export class SyncResultStream<T> extends EventEmitter implements RDF.ResultStream<T>, AsyncIterable<T> {
  private ended = false;
  private flowing = false;

  constructor(private readonly iterator: Iterator<T>) {
    super();
    this.on('newListener', (event: string) => {
      if (event === 'data' && !this.flowing) {
        this.flowing = true;
        setImmediate(() => this.flow());
      }
    });
  }

  /** The next item, or null at the end. Throws evaluation errors. */
  read(): T | null {
    if (this.ended) return null;
    const r = this.iterator.next();
    if (r.done) {
      this.finish();
      return null;
    }
    return r.value;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    setImmediate(() => this.emit('end'));
  }

  private flow(): void {
    try {
      for (let i = 0; i < CHUNK; i++) {
        if (this.ended) return;
        const r = this.iterator.next();
        if (r.done) {
          this.ended = true;
          this.emit('end');
          return;
        }
        this.emit('data', r.value);
      }
      setImmediate(() => this.flow());
    } catch (e) {
      this.ended = true;
      this.emit('error', e);
    }
  }

  /** Stops the query and releases its iterators. */
  destroy(): void {
    this.ended = true;
    this.iterator.return?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    try {
      let n = 0;
      while (!this.ended) {
        const r = this.iterator.next();
        if (r.done) {
          this.ended = true;
          return;
        }
        yield r.value;
        if (++n % CHUNK === 0) await new Promise((res) => setImmediate(res));
      }
    } finally {
      if (!this.ended) this.destroy();
    }
  }

  /** Drains the stream into an array (optionally at most `limit` items). */
  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const out: T[] = [];
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    while (out.length < limit) {
      const r = this.iterator.next();
      if (r.done) {
        this.ended = true;
        return out;
      }
      out.push(r.value);
      if (out.length % CHUNK === 0) await new Promise((res) => setImmediate(res));
    }
    this.destroy();
    return out;
  }
}
