const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A slogan's mentions as a dot chart: one row per place, one column per year,
 * dot area proportional to the count, plain SVG.
 */
export function timelineChart(points) {
  const places = [...new Set(points.map((p) => p.placeName ?? '（未知地区）'))].sort();
  const years = [...new Set(points.map((p) => String(p.year ?? '?')))].sort();
  const max = Math.max(1, ...points.map((p) => p.mentions));
  const left = 110;
  const top = 24;
  const cell = 56;
  const width = left + years.length * cell + 20;
  const height = top + places.length * 32 + 10;
  const svg = s('svg', { id: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  for (const [i, y] of years.entries()) {
    svg.append(s('text', { x: left + i * cell + cell / 2, y: 14, 'text-anchor': 'middle' }, y));
  }
  for (const [j, place] of places.entries()) {
    const y = top + j * 32 + 16;
    svg.append(s('text', { x: left - 8, y: y + 4, 'text-anchor': 'end' }, place));
    svg.append(s('line', { x1: left, x2: width - 10, y1: y, y2: y, stroke: '#eee' }));
  }
  for (const p of points) {
    const i = years.indexOf(String(p.year ?? '?'));
    const j = places.indexOf(p.placeName ?? '（未知地区）');
    const cx = left + i * cell + cell / 2;
    const cy = top + j * 32 + 16;
    const r = 4 + 10 * Math.sqrt(p.mentions / max);
    const dot = s('circle', { cx, cy, r, fill: '#9467bd', 'fill-opacity': 0.75, class: 'point' });
    dot.append(s('title', {}, `${p.placeName ?? ''} ${p.year}: ${p.mentions} 次，${p.documents} 篇`));
    svg.append(dot, s('text', { x: cx, y: cy + 4, 'text-anchor': 'middle', fill: '#fff' }, String(p.mentions)));
  }
  return svg;
}
