/**
 * GraphML writer for Gephi and Cytoscape desktop: typed `<key>`s for every node and edge
 * property (node types, CAMEO codes, dates, provenance), plus `label` and `labels` so the
 * tools show names and Neo4j labels without configuration.
 */
import type { GraphPayload } from '@kg/model';
import { edgeDisplayName, nodeDisplayName } from './graph-label';
import { flatten, inferColumns, type ScalarType } from './property-values';

const RESERVED_NODE = ['label', 'labels'];
const RESERVED_EDGE = ['label', 'type'];

export function escapeXml(text: string): string {
  // XML 1.0 forbids most control characters even escaped; news text sometimes carries them.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function keyId(domain: 'n' | 'e', name: string): string {
  return `${domain}_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function renderValue(value: unknown, type: ScalarType): string {
  if (type === 'string') return escapeXml(flatten(value));
  return escapeXml(String(value));
}

export function toGraphML(graph: GraphPayload, description = 'Knowledge-graph export'): string {
  const nodeCols = inferColumns(graph.nodes.map((n) => n.properties));
  const edgeCols = inferColumns(graph.edges.map((e) => e.properties));
  for (const r of RESERVED_NODE) nodeCols.delete(r);
  for (const r of RESERVED_EDGE) edgeCols.delete(r);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(description)}</desc>`,
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n_labels" for="node" attr.name="labels" attr.type="string"/>',
  ];
  for (const [name, type] of nodeCols) lines.push(`  <key id="${keyId('n', name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  lines.push('  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>');
  lines.push('  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>');
  for (const [name, type] of edgeCols) lines.push(`  <key id="${keyId('e', name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  lines.push('  <graph id="G" edgedefault="directed">');
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="n_label">${escapeXml(nodeDisplayName(node))}</data>`);
    lines.push(`      <data key="n_labels">${escapeXml(node.labels.join(':'))}</data>`);
    for (const [name, type] of nodeCols) {
      const value = node.properties[name];
      if (value === null || value === undefined) continue;
      lines.push(`      <data key="${keyId('n', name)}">${renderValue(value, type)}</data>`);
    }
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    lines.push(`      <data key="e_label">${escapeXml(edgeDisplayName(edge))}</data>`);
    lines.push(`      <data key="e_type">${escapeXml(edge.type)}</data>`);
    for (const [name, type] of edgeCols) {
      const value = edge.properties[name];
      if (value === null || value === undefined) continue;
      lines.push(`      <data key="${keyId('e', name)}">${renderValue(value, type)}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
