import { ParseError } from '../../errors.js';
import { parseCsv } from './import-csv.js';
import type { LinkCandidate } from './match.js';

const HEADER = ['decision', 'score', 'kind', 'ours', 'ours_label', 'theirs', 'theirs_label', 'evidence'];
const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Review CSV: one candidate per row, `decision` prefilled `accept` at or above `minScore`, else `reject`. */
export function writeReviewCsv(candidates: readonly LinkCandidate[], options: { minScore: number }): string {
  const rows = candidates.map((c) =>
    [
      c.score >= options.minScore ? 'accept' : 'reject',
      c.score.toFixed(3),
      c.kind,
      c.ours,
      c.oursLabel,
      c.theirs,
      c.theirsLabel,
      c.evidence.join('; '),
    ]
      .map(cell)
      .join(','),
  );
  return `${[HEADER.join(','), ...rows].join('\n')}\n`;
}

/** The accepted rows of an edited review CSV (`accept`, `yes`, `y`, `1`, `✓`); other decisions reject. */
export function readReviewCsv(text: string, source = 'review.csv'): Array<{ ours: string; theirs: string }> {
  const rows = parseCsv(text);
  const header = rows.shift()?.cells.map((c) => c.trim());
  const [d, o, t] = ['decision', 'ours', 'theirs'].map((n) => header?.indexOf(n) ?? -1);
  if (d === undefined || o === undefined || t === undefined || d < 0 || o < 0 || t < 0) {
    throw new ParseError(`${source}: header must have decision, ours and theirs columns`, {
      line: 1,
      column: 1,
      offset: 0,
      code: 'KG_REVIEW_HEADER',
    });
  }
  return rows
    .filter((r) => /^(accept|yes|y|1|✓)$/i.test(r.cells[d]?.trim() ?? ''))
    .map((r) => ({ ours: r.cells[o] ?? '', theirs: r.cells[t] ?? '' }))
    .filter((r) => r.ours && r.theirs);
}
