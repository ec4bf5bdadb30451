import { api, entityLink, h, TYPE_COLOURS, TYPE_NAMES } from './dom.js';

const state = { graph: null, renderer: null };

/**
 * The graph explorer: graphology holds the nodes, sigma draws them,
 * ForceAtlas2 lays them out. Click a node to expand its neighbours; nodes are
 * coloured by type and sized by degree in the whole store.
 */
export async function renderExplorer(view, iri) {
  const info = h('div', { id: 'node-info', class: 'muted' }, '搜索一个实体，点击“在图谱中查看”，或点击节点展开邻居。');
  const container = h('div', { id: 'graph' });
  view.append(
    h('h1', {}, '图谱浏览'),
    h(
      'p',
      { class: 'legend' },
      Object.entries(TYPE_COLOURS).map(([t, c]) =>
        h('span', {}, h('i', { style: `background:${c}` }), TYPE_NAMES[t] ?? t),
      ),
    ),
    container,
    info,
  );
  let lib;
  try {
    lib = await import('/vendor/graph.js');
  } catch {
    info.replaceChildren(h('p', { class: 'error' }, '图形库未构建：请运行 pnpm build（scripts/bundle-web.mjs）。'));
    return;
  }
  const { Graph, Sigma, forceAtlas2 } = lib;
  if (state.renderer) state.renderer.kill();
  const graph = state.graph ?? new Graph({ multi: false, type: 'directed' });
  state.graph = graph;
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelFont: getComputedStyle(document.body).fontFamily,
  });
  state.renderer = renderer;

  const layout = () => {
    if (graph.order < 2) return;
    forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1 } });
  };
  const addNode = (n, near) => {
    if (graph.hasNode(n.id)) return;
    const angle = Math.random() * 2 * Math.PI;
    const base = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
    graph.addNode(n.id, {
      label: n.label,
      type: 'circle',
      kind: n.type,
      x: base.x + Math.cos(angle),
      y: base.y + Math.sin(angle),
      size: 4 + 3 * Math.log2(1 + n.degree),
      color: TYPE_COLOURS[n.type] ?? '#999',
    });
  };
  const expand = async (id) => {
    const data = await api('/api/neighbours', { iri: id, limit: 40 });
    addNode(data.center);
    for (const n of data.nodes) addNode(n, data.center.id);
    for (const e of data.edges) {
      if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
        graph.addEdge(e.source, e.target, { label: e.label, size: 1, color: '#ccc' });
      }
    }
    layout();
    info.replaceChildren(
      h('span', {}, `${graph.order} 个节点，${graph.size} 条边 · 当前：`),
      entityLink(data.center.id, data.center.label),
    );
  };
  renderer.on('clickNode', ({ node }) =>
    expand(node).catch((e) => info.replaceChildren(h('p', { class: 'error' }, e.message))),
  );
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault?.();
    location.hash = `#/entity/${encodeURIComponent(node)}`;
  });
  if (iri) await expand(iri);
  window.__kgGraph = graph;
}
