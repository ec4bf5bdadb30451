import type { Term } from '@rdfjs/types';
import { DEC, ExprError, INT, numeric, numericLiteral, orderCompare } from '../functions/values.js';
import type { Aggregate } from '../parse/algebra.js';
import { literal, type Row, termKey } from '../terms.js';
import type { GraphRef } from './context.js';
import type { Compiled } from './expr.js';

/** Running state of one aggregate in one group. */
export interface Accumulator {
  add(row: Row, g: GraphRef): void;
  result(): Term | undefined;
}

function value(c: Compiled, row: Row, g: GraphRef): Term | ExprError {
  try {
    return c(row, g);
  } catch (e) {
    if (e instanceof ExprError) return e;
    throw e;
  }
}

/** Creates an accumulator factory for an aggregate (§18.5.1). */
export function accumulator(agg: Aggregate, expr: Compiled | undefined): () => Accumulator {
  const distinctGuard = (): ((t: Term) => boolean) => {
    if (!agg.distinct) return () => true;
    const seen = new Set<string>();
    return (t) => {
      const k = termKey(t);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    };
  };
  switch (agg.name) {
    case 'count':
      return () => {
        let n = 0;
        const seenRows = new Set<string>();
        const fresh = distinctGuard();
        return {
          add(row, g) {
            if (!expr) {
              if (agg.distinct) {
                const k = row.map(termKey).join(' ');
                if (seenRows.has(k)) return;
                seenRows.add(k);
              }
              n++;
              return;
            }
            const v = value(expr, row, g);
            if (!(v instanceof ExprError) && fresh(v)) n++;
          },
          result: () => numericLiteral(n, INT),
        };
      };
    case 'sum':
    case 'avg':
      return () => {
        let sum = 0;
        let rank = INT;
        let n = 0;
        let failed = false;
        const fresh = distinctGuard();
        return {
          add(row, g) {
            if (failed || !expr) return;
            const v = value(expr, row, g);
            if (v instanceof ExprError) {
              failed = true;
              return;
            }
            if (!fresh(v)) return;
            try {
              const x = numeric(v);
              sum += x.v;
              rank = Math.max(rank, x.r);
              n++;
            } catch {
              failed = true;
            }
          },
          result() {
            if (failed) return undefined;
            if (agg.name === 'sum') return numericLiteral(sum, rank);
            if (n === 0) return numericLiteral(0, INT);
            return numericLiteral(sum / n, Math.max(rank, DEC));
          },
        };
      };
    case 'min':
    case 'max':
      return () => {
        let best: Term | undefined;
        const sign = agg.name === 'min' ? 1 : -1;
        return {
          add(row, g) {
            if (!expr) return;
            const v = value(expr, row, g);
            if (v instanceof ExprError) return;
            if (best === undefined || sign * orderCompare(v, best) < 0) best = v;
          },
          result: () => best,
        };
      };
    case 'sample':
      return () => {
        let s: Term | undefined;
        return {
          add(row, g) {
            if (s !== undefined || !expr) return;
            const v = value(expr, row, g);
            if (!(v instanceof ExprError)) s = v;
          },
          result: () => s,
        };
      };
    case 'group_concat':
      return () => {
        const parts: string[] = [];
        let failed = false;
        const fresh = distinctGuard();
        return {
          add(row, g) {
            if (failed || !expr) return;
            const v = value(expr, row, g);
            if (v instanceof ExprError || v.termType !== 'Literal') {
              failed = true;
              return;
            }
            if (!fresh(v)) return;
            parts.push(v.value);
          },
          result() {
            if (failed) return undefined;
            // A simple literal even when every value shares a language tag (agg-groupconcat-04/06).
            return literal(parts.join(agg.separator));
          },
        };
      };
  }
}
