import { api, h } from './dom.js';

/** The original text of a document with the span highlighted and scrolled into view. */
export async function renderSource(view, params) {
  const src = await api('/api/source', Object.fromEntries(params));
  const mark = h('mark', { class: 'span', id: 'highlight' }, src.text.slice(src.start, src.end));
  view.append(
    h('h1', {}, src.title ?? src.fileName ?? '原文'),
    h('p', { class: 'muted' }, `${src.fileName ?? ''} · ${src.encoding}`),
    h('div', { id: 'source-text' }, src.text.slice(0, src.start), mark, src.text.slice(src.end)),
  );
  mark.scrollIntoView({ block: 'center' });
}
