import type { BenchReport } from './harness.js';

const ms = (x: number | undefined): string =>
  x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? x.toFixed(0) : x.toFixed(2);
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;
const fmtRatio = (r: number | undefined): string => (r === undefined ? '—' : r >= 10 ? r.toFixed(0) : r.toFixed(2));

/** Geometric mean of the defined values. */
export function geomean(xs: readonly (number | undefined)[]): number | undefined {
  const ok = xs.filter((x): x is number => x !== undefined && x > 0);
  return ok.length === 0 ? undefined : Math.exp(ok.reduce((s, x) => s + Math.log(x), 0) / ok.length);
}

/** The report as a Markdown table (times are medians in ms unless marked). */
export function formatReport(report: BenchReport): string {
  const lines = [
    `### ${(report.triples / 1e6).toFixed(2)}M triples (load: n3 ${ms(report.load.n3)}, oxigraph ${ms(report.load.oxigraph)})`,
    '',
    '| query | rows | ours | oxigraph | comunica | ours/oxigraph | ours/comunica | agree |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  const toOx: (number | undefined)[] = [];
  const toCo: (number | undefined)[] = [];
  const coOverOx: (number | undefined)[] = [];
  for (const q of report.queries) {
    const o = q.engines.ours?.medianMs;
    const x = q.engines.oxigraph?.medianMs;
    const c = q.engines.comunica?.medianMs;
    toOx.push(ratio(o, x));
    toCo.push(ratio(o, c));
    coOverOx.push(ratio(c, x));
    const rows = q.engines.oxigraph?.rows ?? q.engines.ours?.rows ?? q.engines.comunica?.rows;
    const cell = (name: 'ours' | 'oxigraph' | 'comunica', v: number | undefined): string =>
      q.engines[name]?.timedOut ? `>${ms(v)}` : ms(v);
    lines.push(
      `| ${q.shape.id} ${q.shape.title} | ${rows ?? '—'} | ${cell('ours', o)} | ${cell('oxigraph', x)} | ${cell('comunica', c)} | ${fmtRatio(ratio(o, x))} | ${fmtRatio(ratio(o, c))} | ${q.agree ? 'yes' : 'NO'} |`,
    );
  }
  lines.push(
    `| **geometric mean** | | | | | **${fmtRatio(geomean(toOx))}** | **${fmtRatio(geomean(toCo))}** | |`,
    '',
    `comunica/oxigraph geometric mean: ${fmtRatio(geomean(coOverOx))}. A ">" time is a timeout: the ratio then uses the timeout as a lower bound.`,
  );
  for (const q of report.queries) {
    if (!q.agree) lines.push(`- ${q.shape.id} disagreement: ${q.disagreement}`);
    for (const [name, r] of Object.entries(q.engines))
      if (r?.error && !r.timedOut) lines.push(`- ${q.shape.id} ${name}: ${r.error}`);
  }
  return lines.join('\n');
}
