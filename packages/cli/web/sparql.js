import { h } from './dom.js';

const PREFIXES = `PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
`;

const EXAMPLES = {
  人物及职务: `${PREFIXES}
SELECT ?name ?title WHERE {
  ?m org:member ?p ; kg:title ?title .
  ?p schema:name ?name .
} ORDER BY ?name LIMIT 50`,
  谁在什么会议上说了什么: `${PREFIXES}
SELECT ?name ?verb ?meeting ?text WHERE {
  ?s a kg:Statement ; kg:speaker/schema:name ?name ; kg:verb ?verb ; schema:text ?text .
  OPTIONAL { ?s kg:atMeeting/schema:name ?meeting }
} LIMIT 20`,
  口号首次与最后出现: `${PREFIXES}
SELECT ?slogan ?first ?last WHERE {
  ?s a kg:Slogan ; skos:prefLabel ?slogan ; kg:firstSeen ?first ; kg:lastSeen ?last .
} ORDER BY ?first LIMIT 50`,
  各类实体数量: `SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)`,
};

function cell(term) {
  if (!term) return '';
  if (term.type === 'uri') {
    return h('a', { href: `#/entity/${encodeURIComponent(term.value)}` }, term.value.replace(/^.*[#/]/, ''));
  }
  return term.value;
}

/** The SPARQL editor: example queries, a text area, results as a table (SPARQL JSON results). */
export function renderSparql(view, params) {
  const first = Object.values(EXAMPLES)[0];
  const editor = h('textarea', { id: 'query', spellcheck: 'false' });
  editor.value = params.get('query') ?? first;
  const out = h('div', { id: 'sparql-results' });
  const select = h(
    'select',
    {
      id: 'examples',
      onchange: (e) => {
        editor.value = EXAMPLES[e.target.value] ?? editor.value;
      },
    },
    Object.keys(EXAMPLES).map((k) => h('option', { value: k }, k)),
  );
  const run = async () => {
    out.replaceChildren(h('p', { class: 'muted' }, '查询中…'));
    const started = performance.now();
    const res = await fetch('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: editor.value }),
    });
    if (!res.ok) return out.replaceChildren(h('p', { class: 'error' }, `${res.status}: ${await res.text()}`));
    const json = await res.json();
    const ms = Math.round(performance.now() - started);
    if ('boolean' in json) return out.replaceChildren(h('p', { id: 'ask-result' }, `ASK → ${json.boolean}`));
    const vars = json.head.vars;
    const rows = json.results.bindings;
    out.replaceChildren(
      h('p', { class: 'muted', id: 'row-count' }, `${rows.length} 行 · ${ms} ms`),
      h(
        'table',
        { id: 'results-table' },
        h(
          'tr',
          {},
          vars.map((v) => h('th', {}, v)),
        ),
        rows.map((b) =>
          h(
            'tr',
            { class: 'row' },
            vars.map((v) => h('td', {}, cell(b[v]))),
          ),
        ),
      ),
    );
  };
  view.append(
    h('h1', {}, 'SPARQL 查询'),
    h('p', {}, '示例：', select, ' ', h('button', { id: 'run', onclick: run }, '运行')),
    editor,
    out,
  );
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
  });
}
