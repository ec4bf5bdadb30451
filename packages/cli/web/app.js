import { api, entityLink, h } from './dom.js';
import { renderEntity } from './entity.js';
import { renderExplorer } from './explorer.js';
import { renderSource } from './source.js';
import { renderSparql } from './sparql.js';

const view = document.getElementById('view');
const results = document.getElementById('results');

const KIND_NAMES = { official: '人物', institution: '机构', slogan: '口号', policy: '政策', statement: '讲话' };

async function search(q) {
  results.replaceChildren(h('p', { class: 'muted' }, '搜索中…'));
  try {
    const { hits } = await api('/api/search', { q, k: 20, kind: 'official,institution,slogan,policy,statement' });
    if (hits.length === 0) return results.replaceChildren(h('p', { class: 'muted' }, '没有结果'));
    results.replaceChildren(
      h(
        'ol',
        { id: 'hits' },
        hits.map((hit) =>
          h(
            'li',
            { class: 'hit', 'data-kind': hit.kind },
            h('span', { class: 'kind' }, KIND_NAMES[hit.kind] ?? hit.kind),
            entityLink(hit.id, hit.label),
            hit.kind === 'statement' ? h('div', { class: 'muted' }, hit.speaker ?? '', ' ', hit.date ?? '') : null,
          ),
        ),
      ),
    );
  } catch (e) {
    results.replaceChildren(h('p', { class: 'error' }, e.message));
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) search(q);
});

async function route() {
  const hash = location.hash.slice(1) || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  view.replaceChildren();
  try {
    if (path.startsWith('/entity/')) await renderEntity(view, decodeURIComponent(path.slice('/entity/'.length)));
    else if (path === '/source') await renderSource(view, params);
    else if (path === '/sparql') renderSparql(view, params);
    else await renderExplorer(view, params.get('iri'));
  } catch (e) {
    view.replaceChildren(h('p', { class: 'error' }, e.message));
  }
}

window.addEventListener('hashchange', route);
route();
