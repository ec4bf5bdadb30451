import type { Attributes } from 'graphology-types';
import type { GraphProjection } from '../model/index.js';

const esc = (s: string): string =>
  s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

type AttrType = 'string' | 'double';

function attrTypes(items: Iterable<Attributes>): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const attrs of items) {
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'x' || k === 'y') continue;
      const t: AttrType = typeof v === 'number' ? 'double' : 'string';
      if (types.get(k) !== 'string') types.set(k, t);
    }
  }
  return new Map([...types].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

const sortedNodes = (g: GraphProjection) => g.nodes().sort();
const sortedEdges = (g: GraphProjection) => g.edges().sort();

/**
 * GraphML of the projection (nodes and edges sorted, every attribute declared
 * as a `<key>`), readable by Gephi, Cytoscape, yEd and networkx.
 */
export function toGraphMl(g: GraphProjection): string {
  const nodeTypes = attrTypes(g.nodes().map((n) => g.getNodeAttributes(n)));
  const edgeTypes = attrTypes(g.edges().map((e) => g.getEdgeAttributes(e)));
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [k, t] of nodeTypes)
    out.push(`  <key id="n_${esc(k)}" for="node" attr.name="${esc(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeTypes)
    out.push(`  <key id="e_${esc(k)}" for="edge" attr.name="${esc(k)}" attr.type="${t}"/>`);
  out.push('  <graph id="policy-kg" edgedefault="directed">');
  for (const node of sortedNodes(g)) {
    out.push(`    <node id="${esc(node)}">`);
    const attrs = g.getNodeAttributes(node);
    for (const k of nodeTypes.keys())
      if (attrs[k] !== undefined) out.push(`      <data key="n_${esc(k)}">${esc(String(attrs[k]))}</data>`);
    out.push('    </node>');
  }
  for (const edge of sortedEdges(g)) {
    out.push(`    <edge id="${esc(edge)}" source="${esc(g.source(edge))}" target="${esc(g.target(edge))}">`);
    const attrs = g.getEdgeAttributes(edge);
    for (const k of edgeTypes.keys())
      if (attrs[k] !== undefined) out.push(`      <data key="e_${esc(k)}">${esc(String(attrs[k]))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

/** GEXF 1.3 of the projection (Gephi's native format), with attributes and edge weights. */
export function toGexf(g: GraphProjection): string {
  const nodeTypes = attrTypes(g.nodes().map((n) => g.getNodeAttributes(n)));
  nodeTypes.delete('label');
  const edgeTypes = attrTypes(g.edges().map((e) => g.getEdgeAttributes(e)));
  edgeTypes.delete('weight');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
  ];
  const nodeIds = new Map([...nodeTypes.keys()].map((k, i) => [k, i]));
  const edgeIds = new Map([...edgeTypes.keys()].map((k, i) => [k, i]));
  for (const [k, t] of nodeTypes) out.push(`      <attribute id="${nodeIds.get(k)}" title="${esc(k)}" type="${t}"/>`);
  out.push('    </attributes>', '    <attributes class="edge">');
  for (const [k, t] of edgeTypes) out.push(`      <attribute id="${edgeIds.get(k)}" title="${esc(k)}" type="${t}"/>`);
  out.push('    </attributes>', '    <nodes>');
  for (const node of sortedNodes(g)) {
    const attrs = g.getNodeAttributes(node);
    out.push(`      <node id="${esc(node)}" label="${esc(String(attrs.label ?? node))}">`, '        <attvalues>');
    for (const [k, id] of nodeIds)
      if (attrs[k] !== undefined) out.push(`          <attvalue for="${id}" value="${esc(String(attrs[k]))}"/>`);
    out.push('        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of sortedEdges(g)) {
    const attrs = g.getEdgeAttributes(edge);
    out.push(
      `      <edge id="${esc(edge)}" source="${esc(g.source(edge))}" target="${esc(g.target(edge))}" weight="${Number(attrs.weight ?? 1)}">`,
      '        <attvalues>',
    );
    for (const [k, id] of edgeIds)
      if (attrs[k] !== undefined) out.push(`          <attvalue for="${id}" value="${esc(String(attrs[k]))}"/>`);
    out.push('        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}
