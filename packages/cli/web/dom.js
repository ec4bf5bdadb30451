// Tiny DOM helpers: every text goes through textContent, never innerHTML.

/** Create an element: h('a', { href: '#/' }, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Fetch JSON from the API; throws with the server's message on an error status. */
export async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

/** A link to an entity page. */
export function entityLink(iri, label) {
  return h(
    'a',
    { href: `#/entity/${encodeURIComponent(iri)}`, class: 'entity-link' },
    label ?? iri.replace(/^.*[#/]/, ''),
  );
}

/** A link to the source text with a span highlighted. */
export function sourceLink(doc, start, end, label = '查看原文') {
  const q = new URLSearchParams({ doc, start: String(start), end: String(end) });
  return h('a', { href: `#/source?${q}`, class: 'source-link' }, label);
}

/** Colours by entity type (the explorer and the legends share them). */
export const TYPE_COLOURS = {
  Official: '#d62728',
  Institution: '#1f77b4',
  Post: '#ff7f0e',
  Membership: '#e7a3a3',
  Statement: '#2ca02c',
  Slogan: '#9467bd',
  Policy: '#8c564b',
  Meeting: '#17becf',
  Document: '#7f7f7f',
  AdministrativeDivision: '#bcbd22',
  IndicatorObservation: '#e377c2',
};

export const TYPE_NAMES = {
  Official: '人物',
  Institution: '机构',
  Post: '职务',
  Membership: '任职',
  Statement: '讲话',
  Slogan: '口号',
  Policy: '政策',
  Meeting: '会议',
  Document: '文件',
  AdministrativeDivision: '地区',
  IndicatorObservation: '指标',
};
